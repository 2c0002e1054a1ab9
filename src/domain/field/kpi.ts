/**
 * Field-service measures (RULES.md "Field-service measures", confidence M): one definition per measure with its
 * formula as shown, computed from counters. The server counts the counters in SQL (features/field-service
 * kpis.repo.ts); `fieldCounters` below is the same counting in code — the executable statement of what each counter
 * means, against which the SQL is tested. Each rate is null when its denominator is 0 (shown as "—", never 0 %/100 %).
 */

export const FIELD_COUNTER_KEYS = [
  'requests',
  'contacted1h',
  'closed48h',
  'rated',
  'fiveStar',
  'ratingSum',
  'visits',
  'dueVisits',
  'arrivedOnTime',
  'repairs',
  'secondVisits',
  'repeat90',
  'timedRepairs',
  'repairMinutes',
] as const;
export type FieldCounterKey = (typeof FIELD_COUNTER_KEYS)[number];
export type FieldCounters = Record<FieldCounterKey, number>;
export const emptyFieldCounters = (): FieldCounters => Object.fromEntries(FIELD_COUNTER_KEYS.map((k) => [k, 0])) as FieldCounters;

export type FieldKpiUnit = 'count' | 'ratio' | 'minutes' | 'score';
export interface FieldKpiDefinition {
  key: string;
  nameZh: string;
  nameEn: string;
  unit: FieldKpiUnit;
  formulaZh: string;
  formulaEn: string;
  higherIsBetter: boolean;
  value: (c: FieldCounters) => number | null;
}

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);

export const FIELD_KPIS: readonly FieldKpiDefinition[] = [
  {
    key: 'requests',
    nameZh: '服务请求',
    nameEn: 'Requests',
    unit: 'count',
    formulaZh: '期内受理的服务请求数',
    formulaEn: 'requests received in the period',
    higherIsBetter: true,
    value: (c) => c.requests,
  },
  {
    key: 'visits',
    nameZh: '上门次数',
    nameEn: 'Visits',
    unit: 'count',
    formulaZh: '期内计划的上门服务(不含取消)',
    formulaEn: 'visits planned in the period (not cancelled)',
    higherIsBetter: true,
    value: (c) => c.visits,
  },
  {
    key: 'contactRate',
    nameZh: '联系及时率',
    nameEn: 'Contacted in time',
    unit: 'ratio',
    formulaZh: '受理后 1 小时内联系客户的请求 ÷ 服务请求',
    formulaEn: 'requests with the customer contacted within 1 h ÷ requests',
    higherIsBetter: true,
    value: (c) => ratio(c.contacted1h, c.requests),
  },
  {
    key: 'onTimeArrivalRate',
    nameZh: '上门及时率',
    nameEn: 'On-time arrival',
    unit: 'ratio',
    formulaZh: '期限前(含)到场的上门 ÷ 已到场或已超期的有期限上门',
    formulaEn: 'visits arrived by the deadline ÷ visits with a deadline arrived at or overdue',
    higherIsBetter: true,
    value: (c) => ratio(c.arrivedOnTime, c.dueVisits),
  },
  {
    key: 'firstTimeFixRate',
    nameZh: '一次修复率',
    nameEn: 'First-time fix',
    unit: 'ratio',
    formulaZh: '1 − 二次上门 ÷ 完成的维修上门(二次上门:同一请求已有更早完成的维修上门)',
    formulaEn: '1 − second visits ÷ repair visits finished (second: the request had an earlier finished repair visit)',
    higherIsBetter: true,
    value: (c) => (c.repairs > 0 ? 1 - c.secondVisits / c.repairs : null),
  },
  {
    key: 'repeat90Rate',
    nameZh: '90 天重复维修率',
    nameEn: '90-day repeat repairs',
    unit: 'ratio',
    formulaZh: '同一设备上次维修签退后 90 天内再次维修 ÷ 完成的维修上门',
    formulaEn: 'repairs of a unit within 90 days of its previous repair ÷ repair visits finished',
    higherIsBetter: false,
    value: (c) => ratio(c.repeat90, c.repairs),
  },
  {
    key: 'mttrMinutes',
    nameZh: '平均修复时间 MTTR',
    nameEn: 'MTTR',
    unit: 'minutes',
    formulaZh: 'Σ(签退 − 签到)÷ 完成的维修上门(分钟)',
    formulaEn: 'Σ (check-out − check-in) ÷ repair visits finished (minutes)',
    higherIsBetter: false,
    value: (c) => ratio(c.repairMinutes, c.timedRepairs),
  },
  {
    key: 'within48hRate',
    nameZh: '48 小时完成率',
    nameEn: 'Closed within 48 h',
    unit: 'ratio',
    formulaZh: '受理后 48 小时内解决/关闭的请求 ÷ 服务请求',
    formulaEn: 'requests closed within 48 h of receipt ÷ requests',
    higherIsBetter: true,
    value: (c) => ratio(c.closed48h, c.requests),
  },
  {
    key: 'ratedRate',
    nameZh: '评价率',
    nameEn: 'Rated',
    unit: 'ratio',
    formulaZh: '有客户评价的请求 ÷ 服务请求',
    formulaEn: 'requests rated ÷ requests',
    higherIsBetter: true,
    value: (c) => ratio(c.rated, c.requests),
  },
  {
    key: 'fiveStarRate',
    nameZh: '五星率',
    nameEn: 'Five-star',
    unit: 'ratio',
    formulaZh: '五星评价 ÷ 评价',
    formulaEn: '5-star ratings ÷ ratings',
    higherIsBetter: true,
    value: (c) => ratio(c.fiveStar, c.rated),
  },
  {
    key: 'meanRating',
    nameZh: '平均评分',
    nameEn: 'Mean rating',
    unit: 'score',
    formulaZh: 'Σ 评分 ÷ 评价(1–5)',
    formulaEn: 'Σ score ÷ ratings (1–5)',
    higherIsBetter: true,
    value: (c) => ratio(c.ratingSum, c.rated),
  },
];
export const FIELD_KPI_KEYS = FIELD_KPIS.map((k) => k.key);
export const fieldKpiByKey = (key: string) => FIELD_KPIS.find((k) => k.key === key);
export const fieldKpiValues = (c: FieldCounters): Record<string, number | null> => Object.fromEntries(FIELD_KPIS.map((k) => [k.key, k.value(c)]));

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
  status: string;
  /** Counted in this period (planned in it). Visits outside it only serve as the earlier repairs looked back to. */
  inPeriod?: boolean;
}

const HOUR = 3_600_000;
const FINISHED = ['done', 'unresolved'];
/** A finished repair visit: kind repair, done or unresolved, checked out. */
export const isFinishedRepair = (v: KpiVisit) => v.kind === 'repair' && FINISHED.includes(v.status) && !!v.checkOutAt;
/** Order of finished repairs: check-out time, then id (a tie has one "first"). */
const before = (a: KpiVisit, b: KpiVisit) =>
  a.checkOutAt!.getTime() < b.checkOutAt!.getTime() || (a.checkOutAt!.getTime() === b.checkOutAt!.getTime() && a.id < b.id);

/**
 * The counters of a period: `requests` received in it; `visits` those with inPeriod (default true) — the others
 * (earlier repairs of the same requests and units) are only looked back to. `now` decides which deadlines are due.
 */
export function fieldCounters(requests: KpiRequest[], visits: KpiVisit[], now: Date): FieldCounters {
  const c = emptyFieldCounters();
  for (const r of requests) {
    c.requests++;
    if (r.contactedAt && r.contactedAt.getTime() - r.receivedAt.getTime() <= HOUR) c.contacted1h++;
    if (r.closedAt && r.closedAt.getTime() - r.receivedAt.getTime() <= 48 * HOUR) c.closed48h++;
    if (r.rating !== null) {
      c.rated++;
      c.ratingSum += r.rating;
      if (r.rating === 5) c.fiveStar++;
    }
  }
  const repairs = visits.filter(isFinishedRepair);
  for (const v of visits) {
    if (v.inPeriod === false || v.status === 'cancelled') continue;
    c.visits++;
    // Punctuality counts once the visit was arrived at, or once its deadline passed without arrival.
    if (v.deadlineAt && (v.checkInAt || v.deadlineAt.getTime() < now.getTime())) {
      c.dueVisits++;
      if (v.checkInAt && v.checkInAt.getTime() <= v.deadlineAt.getTime()) c.arrivedOnTime++;
    }
    if (!isFinishedRepair(v)) continue;
    c.repairs++;
    if (v.requestId && repairs.some((p) => p.requestId === v.requestId && before(p, v))) c.secondVisits++;
    const t = v.checkOutAt!.getTime();
    if (v.unitId && repairs.some((p) => p.unitId === v.unitId && before(p, v) && t - p.checkOutAt!.getTime() <= 90 * 24 * HOUR)) c.repeat90++;
    if (v.checkInAt) {
      c.timedRepairs++;
      c.repairMinutes += (t - v.checkInAt.getTime()) / 60_000;
    }
  }
  return c;
}

/** Whether an engineer arriving at `eta` misses the visit's deadline (flag on the plan board). */
export const missesDeadline = (eta: Date | null, deadlineAt: Date | null) => !!eta && !!deadlineAt && eta.getTime() > deadlineAt.getTime();
