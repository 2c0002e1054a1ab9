/** Pure rules of the organization structure (组织结构). No I/O. */

export interface PositionNode {
  id: string;
  superiorId: string | null;
  titleZh?: string;
  headOf?: string | null;
}
export interface Holding {
  employeeId: string;
  positionId: string;
}

export type OrgViolation =
  | { code: 'NO_TOP'; message: string }
  | { code: 'MULTIPLE_TOPS'; message: string; positionIds: string[] }
  | { code: 'CYCLE'; message: string; positionIds: string[] }
  | { code: 'UNKNOWN_SUPERIOR'; message: string; positionIds: string[] }
  | { code: 'SALES_CS_SAME_PERSON'; message: string; employeeIds: string[] }
  | { code: 'SALES_CS_REPORTING_LINE'; message: string; positionIds: string[] };

const title = (p: PositionNode | undefined) => p?.titleZh ?? p?.id ?? '?';

/** Follow superiors from `startId`; returns the ids of a cycle if one is reached, else null. */
export function findCycleFrom(byId: Map<string, PositionNode>, startId: string): string[] | null {
  const seen: string[] = [];
  let cur: string | null = startId;
  while (cur) {
    const idx = seen.indexOf(cur);
    if (idx >= 0) return seen.slice(idx);
    seen.push(cur);
    cur = byId.get(cur)?.superiorId ?? null;
  }
  return null;
}

/** True when `ancestorId` is on the reporting line above `id` (not counting `id` itself). */
export function isAbove(byId: Map<string, PositionNode>, ancestorId: string, id: string): boolean {
  let cur = byId.get(id)?.superiorId ?? null;
  const guard = new Set<string>();
  while (cur && !guard.has(cur)) {
    if (cur === ancestorId) return true;
    guard.add(cur);
    cur = byId.get(cur)?.superiorId ?? null;
  }
  return false;
}

/**
 * Check a whole position tree and who holds what:
 * exactly one top; every superior exists; no reporting cycles;
 * the customer-service head and the sales head are different people with no reporting line between them (seed 000 ⑥).
 */
export function validateOrg(positions: PositionNode[], holdings: Holding[]): OrgViolation[] {
  const out: OrgViolation[] = [];
  if (positions.length === 0) return out;
  const byId = new Map(positions.map((p) => [p.id, p]));
  const tops = positions.filter((p) => p.superiorId === null);
  if (tops.length === 0) out.push({ code: 'NO_TOP', message: '组织结构必须有一个最高岗位(没有直接上级的岗位)' });
  if (tops.length > 1) {
    out.push({
      code: 'MULTIPLE_TOPS',
      message: `组织结构只能有一个最高岗位,现有 ${tops.length} 个:${tops.map(title).join('、')}`,
      positionIds: tops.map((p) => p.id),
    });
  }
  const unknown = positions.filter((p) => p.superiorId !== null && !byId.has(p.superiorId));
  if (unknown.length) {
    out.push({ code: 'UNKNOWN_SUPERIOR', message: `直接上级不存在:${unknown.map(title).join('、')}`, positionIds: unknown.map((p) => p.id) });
  }
  const reported = new Set<string>();
  for (const p of positions) {
    const cycle = findCycleFrom(byId, p.id);
    if (cycle && !cycle.some((id) => reported.has(id))) {
      cycle.forEach((id) => reported.add(id));
      out.push({
        code: 'CYCLE',
        message: `汇报关系形成了循环:${cycle.map((id) => title(byId.get(id))).join(' → ')} → ${title(byId.get(cycle[0]))}`,
        positionIds: cycle,
      });
    }
  }
  const cs = positions.filter((p) => p.headOf === 'customer-service');
  const sales = positions.filter((p) => p.headOf === 'sales');
  for (const c of cs) {
    for (const s of sales) {
      if (isAbove(byId, c.id, s.id) || isAbove(byId, s.id, c.id)) {
        out.push({
          code: 'SALES_CS_REPORTING_LINE',
          message: `客户服务负责人(${title(c)})与销售负责人(${title(s)})之间不能有上下级关系`,
          positionIds: [c.id, s.id],
        });
      }
      const csHolders = new Set(holdings.filter((h) => h.positionId === c.id).map((h) => h.employeeId));
      const both = holdings.filter((h) => h.positionId === s.id && csHolders.has(h.employeeId)).map((h) => h.employeeId);
      if (both.length) {
        out.push({
          code: 'SALES_CS_SAME_PERSON',
          message: `客户服务负责人与销售负责人不能由同一人担任(${title(c)} / ${title(s)})`,
          employeeIds: both,
        });
      }
    }
  }
  return out;
}

export type HeadcountStatus = 'ok' | 'vacant' | 'under' | 'over';

/** Planned (编制) vs actual headcount of one position. */
export function headcountStatus(planned: number, actual: number): HeadcountStatus {
  if (actual > planned) return 'over';
  if (actual === 0 && planned > 0) return 'vacant';
  if (actual < planned) return 'under';
  return 'ok';
}

export type CertificationStatus = 'valid' | 'expiring' | 'expired' | 'no-expiry';

/** A certification expiring within `warnDays` of `today` (both ISO dates) is 'expiring'. */
export function certificationStatus(expiresOn: string | null, today: string, warnDays = 60): CertificationStatus {
  if (!expiresOn) return 'no-expiry';
  if (expiresOn < today) return 'expired';
  const days = (Date.parse(expiresOn) - Date.parse(today)) / 86_400_000;
  return days <= warnDays ? 'expiring' : 'valid';
}
