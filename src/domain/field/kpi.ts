/**
 * Field-service measures (RULES.md "Field-service measures", confidence M), pure: the caller passes the requests
 * and visits of a period. Each rate is null when its denominator is 0 (shown as "—", never as 0 % or 100 %).
 */

export interface KpiRequest {
  id: string;
  receivedAt: Date;
  /** First contact with the customer (the phone diagnosis), if any. */
  contactedAt: Date | null;
  /** When the request was resolved or closed. */
  closedAt: Date | null;
  rating: number | null;
}

export interface KpiVisit {
  id: string;
  requestId: string | null;
  unitId: string | null;
  kind: string;
  deadlineAt: Date | null;
  checkInAt: Date | null;
  checkOutAt: Date | null;
  /** Done (resolved) or unresolved; other statuses are ignored by the repair measures. */
  status: string;
}

export interface FieldKpis {
  requests: number;
  visits: number;
  /** 联系及时率: contacted within 1 h ÷ requests. */
  contactRate: number | null;
  /** 上门及时率: arrived no later than the deadline ÷ visits with a deadline that were arrived at or are overdue. */
  onTimeArrivalRate: number | null;
  /** 一次修复率: 1 − second visits ÷ repair visits finished. */
  firstTimeFixRate: number | null;
  /** 90 天重复维修率: repairs of the same unit within 90 days of its previous repair ÷ repairs. */
  repeat90Rate: number | null;
  /** MTTR in minutes: mean (check-out − check-in) of finished visits. */
  mttrMinutes: number | null;
  /** 48 小时完成率: closed within 48 h ÷ requests. */
  within48hRate: number | null;
  /** 评价率, 5-star share of the rated, mean score. */
  ratedRate: number | null;
  fiveStarRate: number | null;
  meanRating: number | null;
}

const HOUR = 3_600_000;
const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export function fieldKpis(requests: KpiRequest[], visits: KpiVisit[], now: Date): FieldKpis {
  const contacted = requests.filter((r) => r.contactedAt && r.contactedAt.getTime() - r.receivedAt.getTime() <= HOUR).length;
  const closed48 = requests.filter((r) => r.closedAt && r.closedAt.getTime() - r.receivedAt.getTime() <= 48 * HOUR).length;
  // A visit counts for punctuality once it was arrived at, or once its deadline has passed without arrival.
  const dueVisits = visits.filter((v) => v.deadlineAt && v.status !== 'cancelled' && (v.checkInAt || v.deadlineAt.getTime() < now.getTime()));
  const onTime = dueVisits.filter((v) => v.checkInAt && v.checkInAt.getTime() <= v.deadlineAt!.getTime()).length;
  const finishedRepairs = visits.filter((v) => v.kind === 'repair' && (v.status === 'done' || v.status === 'unresolved') && v.checkOutAt);
  // A second visit: a finished repair visit of a request that already had an earlier finished repair visit.
  const byRequest = new Map<string, KpiVisit[]>();
  for (const v of finishedRepairs) if (v.requestId) byRequest.set(v.requestId, [...(byRequest.get(v.requestId) ?? []), v]);
  let second = 0;
  for (const list of byRequest.values()) second += list.length - 1;
  // Repeat repairs: per unit, a repair whose check-out lies within 90 days after the previous repair's.
  const byUnit = new Map<string, Date[]>();
  for (const v of finishedRepairs) if (v.unitId) byUnit.set(v.unitId, [...(byUnit.get(v.unitId) ?? []), v.checkOutAt!]);
  let repeats = 0;
  for (const dates of byUnit.values()) {
    dates.sort((a, b) => a.getTime() - b.getTime());
    for (let i = 1; i < dates.length; i++) if (dates[i].getTime() - dates[i - 1].getTime() <= 90 * 24 * HOUR) repeats++;
  }
  const finished = visits.filter((v) => v.checkInAt && v.checkOutAt);
  const mttr = finished.length ? finished.reduce((s, v) => s + (v.checkOutAt!.getTime() - v.checkInAt!.getTime()), 0) / finished.length / 60_000 : null;
  const rated = requests.filter((r) => r.rating !== null);
  return {
    requests: requests.length,
    visits: visits.length,
    contactRate: ratio(contacted, requests.length),
    onTimeArrivalRate: ratio(onTime, dueVisits.length),
    firstTimeFixRate: finishedRepairs.length ? 1 - second / finishedRepairs.length : null,
    repeat90Rate: ratio(repeats, finishedRepairs.length),
    mttrMinutes: mttr === null ? null : Math.round(mttr),
    within48hRate: ratio(closed48, requests.length),
    ratedRate: ratio(rated.length, requests.length),
    fiveStarRate: ratio(rated.filter((r) => r.rating === 5).length, rated.length),
    meanRating: rated.length ? rated.reduce((s, r) => s + r.rating!, 0) / rated.length : null,
  };
}

/** Whether an engineer arriving at `eta` misses the visit's deadline (flag on the plan board). */
export const missesDeadline = (eta: Date | null, deadlineAt: Date | null) => !!eta && !!deadlineAt && eta.getTime() > deadlineAt.getTime();
