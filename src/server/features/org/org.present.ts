import { headcountStatus } from '../../../domain/org/rules.js';
import type { Position, Team, Department } from '../../../contracts/org.js';
import type { DepartmentRow, PositionRow, TeamRow } from './org.repo.js';

export interface HolderRow {
  positionId: string;
  employeeId: string;
  name: string;
  employeeNo: string;
  teamName: string | null;
}

export const presentDepartment = (d: DepartmentRow): Department => ({
  id: d.id,
  servicePointId: d.servicePointId,
  parentId: d.parentId,
  nameZh: d.nameZh,
  nameEn: d.nameEn,
  sortOrder: d.sortOrder,
  version: d.version,
});

export const presentTeam = (t: TeamRow, memberCount: number): Team => ({
  id: t.id,
  servicePointId: t.servicePointId,
  departmentId: t.departmentId,
  nameZh: t.nameZh,
  nameEn: t.nameEn,
  trade: t.trade as Team['trade'],
  memberCount,
  version: t.version,
});

/** A position with its holders, dashed-line partners and planned-vs-actual headcount. */
export function presentPosition(
  p: PositionRow,
  ctx: { holders: HolderRow[]; links: { a: string; b: string }[]; departments: Map<string, DepartmentRow> },
): Position {
  const holders = ctx.holders.filter((h) => h.positionId === p.id);
  // One person holding a position twice (two teams) still counts once.
  const actual = new Set(holders.map((h) => h.employeeId)).size;
  return {
    id: p.id,
    servicePointId: p.servicePointId,
    departmentId: p.departmentId,
    departmentName: p.departmentId ? (ctx.departments.get(p.departmentId)?.nameZh ?? null) : null,
    titleZh: p.titleZh,
    titleEn: p.titleEn,
    superiorId: p.superiorId,
    grade: p.grade,
    plannedHeadcount: p.plannedHeadcount,
    actualHeadcount: actual,
    headcountStatus: headcountStatus(p.plannedHeadcount, actual),
    duties: p.duties,
    authorities: p.authorities,
    reportsUpward: p.reportsUpward,
    permissions: p.permissions,
    limits: p.limits,
    headOf: (p.headOf as Position['headOf']) ?? null,
    collaboratorIds: ctx.links.flatMap((l) => (l.a === p.id ? [l.b] : l.b === p.id ? [l.a] : [])),
    holders: holders.map(({ employeeId, name, employeeNo, teamName }) => ({ employeeId, name, employeeNo, teamName })),
    version: p.version,
  };
}
