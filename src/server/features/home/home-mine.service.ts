/**
 * Each role's home page (我的工作台): the user's own work first — the advisor's arrivals and promised times, the
 * technician's jobs, the keeper's picking, the cashier's queue, the CRM's calls and SLA breaches. A section is
 * present when the user's permissions give that work; read through the owning features' public reads.
 */
import type { Db } from '../../db/client.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { dayRange, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import { appointmentsOfDay } from '../appointments/index.js';
import { ordersInStatus, promisedDueBy } from '../work-orders/index.js';
import { jobsOfTechnician } from '../workshop/index.js';
import { ordersToPick } from '../parts/index.js';
import { settlementsOfOrders } from '../settlement/index.js';
import { callsDueBy } from '../follow-ups/index.js';
import { ticketsPastDeadline } from '../tickets/index.js';
import type { ApprovalRegistry } from '../approvals/index.js';
import type { HomeMine } from '../../../contracts/home.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function createHomeMineService(deps: { db: Db; now: () => Date; approvals: Pick<ApprovalRegistry, 'pending'> }) {
  const { db, now, approvals } = deps;
  const any = (actor: Actor, ...perms: Parameters<typeof can>[1][]) => perms.some((p) => can(actor, p));

  async function advisor(actor: Actor, pointId: string, today: string, end: Date, at: Date) {
    const day = await appointmentsOfDay(db, pointId, today);
    const due = await promisedDueBy(db, pointId, end);
    return {
      arrivals: day.map((a) => ({
        id: a.id,
        startAt: a.startAt.toISOString(),
        plate: a.plate,
        customerName: a.customerName,
        status: a.status,
        concern: a.concern,
        isMine: a.advisorEmployeeId !== null && a.advisorEmployeeId === actor.employeeId,
      })),
      promised: due.map((w) => ({
        workOrderId: w.id,
        number: w.number,
        plate: w.plate,
        status: w.status,
        promisedAt: w.promisedAt!.toISOString(),
        isLate: w.promisedAt! < at,
        isMine: w.advisorEmployeeId !== null && w.advisorEmployeeId === actor.employeeId,
      })),
    };
  }

  async function cashier(pointId: string) {
    const awaiting = await ordersInStatus(db, pointId, ['ready']);
    const s = await settlementsOfOrders(
      db,
      awaiting.map((w) => w.id),
    );
    return awaiting.map((w) => {
      const mine = s.find((x) => x.workOrderId === w.id);
      return {
        workOrderId: w.id,
        number: w.number,
        plate: w.plate,
        status: w.status,
        settlementStatus: mine?.status ?? null,
        payableFen: mine?.payableFen ?? null,
      };
    });
  }

  return {
    async mine(actor: Actor, servicePointId?: string): Promise<HomeMine> {
      const point = await visiblePoint(db, actor, servicePointId);
      const tz = usableTimeZone(point.timeZone);
      const at = now();
      const today = localDate(tz, at);
      const { end } = dayRange(tz, today);
      const pointIds = (await listPointsUnder(db, point.path)).map((p) => p.id);
      const isAdvisor = any(actor, 'work-orders.manage', 'appointments.manage');
      const crmCalls = any(actor, 'followups.call');
      const crmTickets = any(actor, 'tickets.supervise', 'tickets.handle');
      const jobs = can(actor, 'workshop.work') && actor.employeeId ? await jobsOfTechnician(db, actor.employeeId) : null;
      const picking = can(actor, 'parts.manage') ? await ordersToPick(db, point.id) : null;
      const calls = crmCalls ? await callsDueBy(db, pointIds, end) : null;
      const supervises = can(actor, 'tickets.supervise');
      // A supervisor sees every breach of the point; a handler only their own tickets'.
      const breaches = crmTickets
        ? supervises || actor.employeeId
          ? await ticketsPastDeadline(db, pointIds, at, supervises ? null : actor.employeeId)
          : []
        : null;
      const front = isAdvisor ? await advisor(actor, point.id, today, end, at) : { arrivals: null, promised: null };
      return {
        date: today,
        approvalsPending: (await approvals.pending(actor)).length,
        ...front,
        myJobs:
          jobs?.map((j) => ({
            jobId: j.id,
            workOrderId: j.workOrderId,
            number: j.number,
            plate: j.plate,
            status: j.status,
            trade: j.trade,
            standardMinutes: j.standardMinutes,
            plannedStartAt: iso(j.plannedStartAt),
          })) ?? null,
        picking: picking?.map((p) => ({ ...p })) ?? null,
        cashierQueue: can(actor, 'cashier.settle') ? await cashier(point.id) : null,
        callsDue:
          calls?.map((c) => ({
            workOrderId: c.workOrderId,
            number: c.number,
            plate: c.plate,
            status: 'pending',
            followUpId: c.id,
            dueAt: c.dueAt.toISOString(),
            attempts: c.attempts,
          })) ?? null,
        breaches:
          breaches?.map((t) => ({
            ticketId: t.id,
            number: t.number,
            title: t.title,
            dueAt: new Date(t.dueAt).toISOString(),
            escalationLevel: t.escalationLevel,
          })) ?? null,
        kpis: can(actor, 'reports.read'),
        hr: any(actor, 'employees.manage', 'org.manage'),
      };
    },
  };
}
export type HomeMineService = ReturnType<typeof createHomeMineService>;
