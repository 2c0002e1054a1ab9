/** The API shapes of rotation plans and moves, with what the caller may do. */
import { can, type Actor } from '../../../domain/auth/actor.js';
import { handoverStatus, type RotationStatus } from '../../../domain/rotation/index.js';
import type { RotationMove, RotationPlan } from '../../../contracts/rotation.js';
import type { movesOf, PlanRow } from './rotation.repo.js';

export type PlanFound = { p: PlanRow; pointName: string; pointPath: string; timeZone: string };
type MoveFound = Awaited<ReturnType<typeof movesOf>>[number];

const iso = (d: Date | null) => d?.toISOString() ?? null;
export const canManagePlan = (actor: Actor, f: Pick<PlanFound, 'pointPath'>) => can(actor, 'network.manage') && f.pointPath.startsWith(actor.pointPath);

export function presentMove(x: MoveFound, plan: PlanFound, actor: Actor): RotationMove {
  const m = x.m;
  const open = plan.p.status !== 'cancelled';
  const unsigned = !m.outgoingSignedAt && !m.incomingSignedAt;
  return {
    id: m.id,
    employeeId: m.employeeId,
    employeeName: x.employeeName,
    fromPointId: m.fromPointId,
    fromPointName: x.fromPointName,
    toPointId: m.toPointId,
    toPointName: x.toPointName,
    toPositionId: m.toPositionId,
    toPositionTitle: x.toPositionTitle,
    successorEmployeeId: m.successorEmployeeId,
    successorName: x.successorName,
    items: m.items,
    outgoingSignedAt: iso(m.outgoingSignedAt),
    outgoingSignedBy: m.outgoingSignedBy,
    incomingSignedAt: iso(m.incomingSignedAt),
    incomingSignedBy: m.incomingSignedBy,
    handoverStatus: handoverStatus({ items: m.items.length, outgoingSignedAt: m.outgoingSignedAt, incomingSignedAt: m.incomingSignedAt }),
    appliedAt: iso(m.appliedAt),
    canEditHandover: open && unsigned && (canManagePlan(actor, plan) || actor.employeeId === m.employeeId),
    canSignOutgoing: open && !!m.successorEmployeeId && !m.outgoingSignedAt && actor.employeeId === m.employeeId,
    canSignIncoming: open && !!m.successorEmployeeId && !m.incomingSignedAt && actor.employeeId === m.successorEmployeeId,
    version: m.version,
  };
}

export function presentPlan(f: PlanFound, moves: MoveFound[], actor: Actor): RotationPlan {
  const p = f.p;
  return {
    id: p.id,
    servicePointId: p.servicePointId,
    pointName: f.pointName,
    quarter: p.quarter,
    effectiveDate: p.effectiveDate,
    status: p.status as RotationStatus,
    note: p.note,
    createdByName: p.createdByName,
    approvedAt: iso(p.approvedAt),
    approvedByName: p.approvedByName,
    appliedAt: iso(p.appliedAt),
    moves: moves.filter((m) => m.m.planId === p.id).map((m) => presentMove(m, f, actor)),
    canManage: canManagePlan(actor, f),
    version: p.version,
  };
}
