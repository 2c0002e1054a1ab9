/**
 * The KPI pack (关键绩效指标): one definition per KPI with its formula as shown in the UI. Every KPI is computed
 * from the summed daily rollups of a scope and period (features/rollups), so a network's year is one sum.
 * Formulas after RULES.md "Station KPIs (OEM style)"; ratios are 0–1 (null when the denominator is 0).
 */

/** The counters of the daily rollups' columns, summed over a scope and period. */
export const COLUMN_KEYS = [
  'carsIn',
  'carsSettled',
  'revenueLaborFen',
  'revenuePartsFen',
  'revenueOtherFen',
  'settledPayableFen',
  'soldMinutes',
  'clockedMinutes',
  'attendedMinutes',
  'comebacks',
  'qcFirst',
  'qcFirstPassed',
  'complaintsOpened',
  'complaintsResolved',
  'complaintsResolvedInTime',
  'followUpsClosed',
  'followUpsDone',
  'followUpsScored',
  'followUpScoreSum',
  'appointmentsBooked',
  'appointmentsArrived',
  'carsInBooked',
  'delivered',
  'deliveredPromised',
  'deliveredOnTime',
  'deliveredSameDay',
  'partsLinesPicked',
  'partsLinesFilled',
] as const;
/**
 * Counters other features contribute to the rollups' `extra` (features/rollups contributors): warranty claims decided
 * that day (passed = approved or settled; minutes from submission to the decision), field visits (checked out;
 * arrivals with a deadline and those before it) and parts: the cost of parts issued that day net of returns, and two
 * snapshots stored as day-sums (the value at the day's end × 1 day, in fen·days) — the stock value and the dead-stock
 * value (parts with no movement for DEAD_STOCK_DAYS). A day-sum adds up over days, months and points like any counter;
 * the period's average is the sum ÷ the period's days.
 */
export const EXTRA_KEYS = [
  'claimsDecided',
  'claimsPassed',
  'claimCycleMinutes',
  'fieldVisitsDone',
  'fieldArrivals',
  'fieldArrivalsInTime',
  'partsIssueCostFen',
  'partsStockValueDayFen',
  'partsDeadValueDayFen',
] as const;
/** Stock with no movement (in or out) for longer than this is dead stock (呆滞库存; RULES: > 7 months). */
export const DEAD_STOCK_DAYS = 210;
export const TOTAL_KEYS = [...COLUMN_KEYS, ...EXTRA_KEYS] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];
export type KpiTotals = Record<TotalKey, number>;

export const emptyTotals = (): KpiTotals => Object.fromEntries(TOTAL_KEYS.map((k) => [k, 0])) as KpiTotals;

/** Sum rollup rows (any object carrying the counters; missing counters count 0). */
export function sumTotals(rows: readonly Partial<Record<TotalKey, number | string | null>>[]): KpiTotals {
  const t = emptyTotals();
  for (const r of rows) for (const k of TOTAL_KEYS) t[k] += Number(r[k] ?? 0);
  return t;
}

export type KpiUnit = 'count' | 'fen' | 'ratio' | 'score';
export type KpiGroup = 'volume' | 'revenue' | 'workshop' | 'quality' | 'customer' | 'process' | 'parts';

export interface KpiDefinition {
  key: string;
  nameZh: string;
  nameEn: string;
  group: KpiGroup;
  unit: KpiUnit;
  /** The formula as shown beside the figure. */
  formulaZh: string;
  formulaEn: string;
  /** false: lower is better (返修率, 投诉率). */
  higherIsBetter: boolean;
  /** Also defined per person (advisor / technician drill-down). */
  perPerson?: 'advisor' | 'technician';
  /** `days`: the calendar days of the period (for averages of day-sums); without it such a KPI is null. */
  value: (t: KpiTotals, days?: number) => number | null;
}

const ratio = (num: number, den: number) => (den > 0 ? num / den : null);
const revenue = (t: KpiTotals) => t.revenueLaborFen + t.revenuePartsFen + t.revenueOtherFen;

export const KPIS: readonly KpiDefinition[] = [
  {
    key: 'carsIn',
    nameZh: '进厂台次',
    nameEn: 'Cars in',
    group: 'volume',
    unit: 'count',
    formulaZh: '接车的工单数(不含取消)',
    formulaEn: 'work orders received (not cancelled)',
    higherIsBetter: true,
    perPerson: 'advisor',
    value: (t) => t.carsIn,
  },
  {
    key: 'carsSettled',
    nameZh: '出厂台次',
    nameEn: 'Cars settled',
    group: 'volume',
    unit: 'count',
    formulaZh: '结算的工单数(含挂账)',
    formulaEn: 'work orders settled (incl. on account)',
    higherIsBetter: true,
    perPerson: 'advisor',
    value: (t) => t.carsSettled,
  },
  {
    key: 'revenue',
    nameZh: '产值',
    nameEn: 'Revenue',
    group: 'revenue',
    unit: 'fen',
    formulaZh: '工时产值 + 配件产值 + 其他产值(结算工单,各付款方)',
    formulaEn: 'labor + parts + other of the orders settled (every payer)',
    higherIsBetter: true,
    perPerson: 'advisor',
    value: revenue,
  },
  {
    key: 'revenueLabor',
    nameZh: '工时产值',
    nameEn: 'Labor revenue',
    group: 'revenue',
    unit: 'fen',
    formulaZh: 'Σ 工时 × 工时单价 − 折扣',
    formulaEn: 'Σ hours × rate − discount',
    higherIsBetter: true,
    perPerson: 'advisor',
    value: (t) => t.revenueLaborFen,
  },
  {
    key: 'revenueParts',
    nameZh: '配件产值',
    nameEn: 'Parts revenue',
    group: 'revenue',
    unit: 'fen',
    formulaZh: 'Σ (发料 − 退料) × 单价 − 折扣',
    formulaEn: 'Σ (issued − returned) × price − discount',
    higherIsBetter: true,
    perPerson: 'advisor',
    value: (t) => t.revenuePartsFen,
  },
  {
    key: 'revenueOther',
    nameZh: '其他产值',
    nameEn: 'Other revenue',
    group: 'revenue',
    unit: 'fen',
    formulaZh: '拖车等其他费用',
    formulaEn: 'towing and other charges',
    higherIsBetter: true,
    value: (t) => t.revenueOtherFen,
  },
  {
    key: 'avgTicket',
    nameZh: '客单价',
    nameEn: 'Average ticket',
    group: 'revenue',
    unit: 'fen',
    formulaZh: '产值 ÷ 出厂台次',
    formulaEn: 'revenue ÷ cars settled',
    higherIsBetter: true,
    perPerson: 'advisor',
    value: (t) => ratio(revenue(t), t.carsSettled),
  },
  {
    key: 'productivity',
    nameZh: '利用率(生产力)',
    nameEn: 'Productivity',
    group: 'workshop',
    unit: 'ratio',
    formulaZh: '打卡工时 ÷ 出勤工时',
    formulaEn: 'clocked hours ÷ attended hours',
    higherIsBetter: true,
    perPerson: 'technician',
    value: (t) => ratio(t.clockedMinutes, t.attendedMinutes),
  },
  {
    key: 'efficiency',
    nameZh: '效率',
    nameEn: 'Efficiency',
    group: 'workshop',
    unit: 'ratio',
    formulaZh: '售出(标准)工时 ÷ 打卡工时',
    formulaEn: 'sold (standard) hours ÷ clocked hours',
    higherIsBetter: true,
    perPerson: 'technician',
    value: (t) => ratio(t.soldMinutes, t.clockedMinutes),
  },
  {
    key: 'productionRate',
    nameZh: '生产率',
    nameEn: 'Production rate',
    group: 'workshop',
    unit: 'ratio',
    formulaZh: '利用率 × 效率 = 售出工时 ÷ 出勤工时',
    formulaEn: 'productivity × efficiency = sold ÷ attended hours',
    higherIsBetter: true,
    perPerson: 'technician',
    value: (t) => ratio(t.soldMinutes, t.attendedMinutes),
  },
  {
    key: 'comebackRate',
    nameZh: '返修率',
    nameEn: 'Comeback rate',
    group: 'quality',
    unit: 'ratio',
    formulaZh: '返修台次 ÷ 进厂台次',
    formulaEn: 'comebacks ÷ cars in',
    higherIsBetter: false,
    perPerson: 'advisor',
    value: (t) => ratio(t.comebacks, t.carsIn),
  },
  {
    key: 'firstTimeFix',
    nameZh: '一次修复率',
    nameEn: 'First-time fix',
    group: 'quality',
    unit: 'ratio',
    formulaZh: '1 − 返修率',
    formulaEn: '1 − comeback rate',
    higherIsBetter: true,
    perPerson: 'advisor',
    value: (t) => (t.carsIn > 0 ? 1 - t.comebacks / t.carsIn : null),
  },
  {
    key: 'qcFirstPass',
    nameZh: '一次交检合格率',
    nameEn: 'QC first pass',
    group: 'quality',
    unit: 'ratio',
    formulaZh: '首次质检合格 ÷ 首次质检',
    formulaEn: 'first inspections passed ÷ first inspections',
    higherIsBetter: true,
    value: (t) => ratio(t.qcFirstPassed, t.qcFirst),
  },
  {
    key: 'csi',
    nameZh: '客户满意度(CSI)',
    nameEn: 'CSI',
    group: 'customer',
    unit: 'score',
    formulaZh: '回访评分平均值(0–100)',
    formulaEn: 'mean follow-up score (0–100)',
    higherIsBetter: true,
    value: (t) => ratio(t.followUpScoreSum, t.followUpsScored),
  },
  {
    key: 'complaintRate',
    nameZh: '投诉率',
    nameEn: 'Complaint rate',
    group: 'customer',
    unit: 'ratio',
    formulaZh: '投诉数 ÷ 进厂台次',
    formulaEn: 'complaints ÷ cars in',
    higherIsBetter: false,
    value: (t) => ratio(t.complaintsOpened, t.carsIn),
  },
  {
    key: 'complaintInTime',
    nameZh: '投诉及时解决率',
    nameEn: 'Complaints resolved in time',
    group: 'customer',
    unit: 'ratio',
    formulaZh: '时限内解决的投诉 ÷ 已解决投诉',
    formulaEn: 'resolved by the deadline ÷ resolved',
    higherIsBetter: true,
    value: (t) => ratio(t.complaintsResolvedInTime, t.complaintsResolved),
  },
  {
    key: 'followUpRate',
    nameZh: '回访率',
    nameEn: 'Follow-up rate',
    group: 'customer',
    unit: 'ratio',
    formulaZh: '回访成功 ÷ 回访结束(成功 + 联系不上)',
    formulaEn: 'calls reached ÷ calls closed (reached + unreachable)',
    higherIsBetter: true,
    value: (t) => ratio(t.followUpsDone, t.followUpsClosed),
  },
  {
    key: 'appointmentRate',
    nameZh: '预约率',
    nameEn: 'Appointment rate',
    group: 'process',
    unit: 'ratio',
    formulaZh: '预约进厂台次 ÷ 进厂台次',
    formulaEn: 'cars in from a booking ÷ cars in',
    higherIsBetter: true,
    value: (t) => ratio(t.carsInBooked, t.carsIn),
  },
  {
    key: 'appointmentSuccess',
    nameZh: '预约成功率',
    nameEn: 'Appointment success',
    group: 'process',
    unit: 'ratio',
    formulaZh: '到店预约 ÷ 预约(不含取消)',
    formulaEn: 'bookings arrived ÷ bookings (not cancelled)',
    higherIsBetter: true,
    value: (t) => ratio(t.appointmentsArrived, t.appointmentsBooked),
  },
  {
    key: 'onTimeDelivery',
    nameZh: '准时交车率',
    nameEn: 'On-time delivery',
    group: 'process',
    unit: 'ratio',
    formulaZh: '承诺时间前完工的交车 ÷ 有承诺时间的交车',
    formulaEn: 'deliveries finished by the promised time ÷ deliveries with a promise',
    higherIsBetter: true,
    value: (t) => ratio(t.deliveredOnTime, t.deliveredPromised),
  },
  {
    key: 'sameDayDelivery',
    nameZh: '当天交车率',
    nameEn: 'Same-day delivery',
    group: 'process',
    unit: 'ratio',
    formulaZh: '进厂当天交车 ÷ 交车',
    formulaEn: 'delivered the day received ÷ delivered',
    higherIsBetter: true,
    value: (t) => ratio(t.deliveredSameDay, t.delivered),
  },
  {
    key: 'partsFill',
    nameZh: '备件满足率',
    nameEn: 'Parts fill rate',
    group: 'parts',
    unit: 'ratio',
    formulaZh: '首次拣货即满足的配件行 ÷ 拣货的配件行',
    formulaEn: 'lines served from stock at the first pick ÷ lines picked',
    higherIsBetter: true,
    value: (t) => ratio(t.partsLinesFilled, t.partsLinesPicked),
  },
  {
    key: 'claimPassRate',
    nameZh: '索赔通过率',
    nameEn: 'Claim pass rate',
    group: 'quality',
    unit: 'ratio',
    formulaZh: '审核通过的索赔单 ÷ 已审结的索赔单(通过 + 拒绝)',
    formulaEn: 'claims approved ÷ claims decided (approved + rejected)',
    higherIsBetter: true,
    value: (t) => ratio(t.claimsPassed, t.claimsDecided),
  },
  {
    key: 'claimCycleDays',
    nameZh: '索赔审核周期(天)',
    nameEn: 'Claim cycle (days)',
    group: 'quality',
    unit: 'score',
    formulaZh: 'Σ(审结时间 − 上报时间) ÷ 已审结的索赔单,以天计',
    formulaEn: 'Σ(decided − submitted) ÷ claims decided, in days',
    higherIsBetter: false,
    value: (t) => (t.claimsDecided > 0 ? t.claimCycleMinutes / 1440 / t.claimsDecided : null),
  },
  {
    key: 'fieldVisitsDone',
    nameZh: '上门服务完成数',
    nameEn: 'Field visits done',
    group: 'volume',
    unit: 'count',
    formulaZh: '当期签退完成的上门服务数',
    formulaEn: 'field visits checked out in the period',
    higherIsBetter: true,
    value: (t) => t.fieldVisitsDone,
  },
  {
    key: 'fieldOnTime',
    nameZh: '上门及时率',
    nameEn: 'On-site in time',
    group: 'process',
    unit: 'ratio',
    formulaZh: '在时限前到场的上门服务 ÷ 有时限的到场数',
    formulaEn: 'arrivals before the deadline ÷ arrivals with a deadline',
    higherIsBetter: true,
    value: (t) => ratio(t.fieldArrivalsInTime, t.fieldArrivals),
  },
  {
    key: 'partsTurnover',
    nameZh: '备件周转率(次/年)',
    nameEn: 'Parts turnover (per year)',
    group: 'parts',
    unit: 'score',
    formulaZh: '期间发料成本(扣退料)÷ 期间平均库存金额 × 365 ÷ 天数 = 365 × Σ日发料成本 ÷ Σ日库存金额(库存金额按日末快照逐日累加,即平均库存 × 天数)',
    formulaEn:
      'cost of parts issued (net of returns) ÷ average stock value × 365 ÷ days = 365 × Σ daily issue cost ÷ Σ daily stock value (end-of-day snapshot summed per day, i.e. average × days)',
    higherIsBetter: true,
    value: (t) => ratio(365 * t.partsIssueCostFen, t.partsStockValueDayFen),
  },
  {
    key: 'partsStockDays',
    nameZh: '库存周转天数',
    nameEn: 'Days of stock',
    group: 'parts',
    unit: 'score',
    formulaZh: '平均库存金额 ÷ 日均发料成本 = Σ日库存金额 ÷ Σ日发料成本',
    formulaEn: 'average stock value ÷ average daily issue cost = Σ daily stock value ÷ Σ daily issue cost',
    higherIsBetter: false,
    value: (t) => ratio(t.partsStockValueDayFen, t.partsIssueCostFen),
  },
  {
    key: 'deadStockValue',
    nameZh: '呆滞库存金额(期间日均)',
    nameEn: 'Dead stock value (daily average)',
    group: 'parts',
    unit: 'fen',
    formulaZh: `Σ日末呆滞库存金额 ÷ 期间天数(当前期间计至今天);呆滞 = 超过 ${DEAD_STOCK_DAYS} 天(约 7 个月)无任何出入库的配件`,
    formulaEn: `Σ end-of-day dead-stock value ÷ days of the period (the current one up to today); dead = no movement in or out for over ${DEAD_STOCK_DAYS} days (about 7 months)`,
    higherIsBetter: false,
    value: (t, days) => (days && days > 0 && t.partsStockValueDayFen > 0 ? t.partsDeadValueDayFen / days : null),
  },
  {
    key: 'deadStockShare',
    nameZh: '呆滞库存占比',
    nameEn: 'Dead stock share',
    group: 'parts',
    unit: 'ratio',
    formulaZh: `Σ日末呆滞库存金额 ÷ Σ日末库存金额(期间平均);呆滞 = 超过 ${DEAD_STOCK_DAYS} 天无出入库`,
    formulaEn: `Σ end-of-day dead-stock value ÷ Σ end-of-day stock value (period average); dead = no movement for over ${DEAD_STOCK_DAYS} days`,
    higherIsBetter: false,
    value: (t) => ratio(t.partsDeadValueDayFen, t.partsStockValueDayFen),
  },
];

export const KPI_KEYS = KPIS.map((k) => k.key);
export const kpiByKey = (key: string) => KPIS.find((k) => k.key === key);

/** Every KPI's value for the totals of a period of `days` calendar days (needed by the averages of day-sums). */
export function kpiValues(t: KpiTotals, days?: number): Record<string, number | null> {
  return Object.fromEntries(KPIS.map((k) => [k.key, k.value(t, days)]));
}

/** Change against a reference: absolute delta and relative change (null without a reference or from 0). */
export function change(value: number | null, reference: number | null) {
  if (value === null || reference === null) return { delta: null, relative: null };
  return { delta: value - reference, relative: reference !== 0 ? (value - reference) / Math.abs(reference) : null };
}

/** Whether the target is met: at or above it, or at or below for a lower-is-better KPI; null without both. */
export function targetMet(def: Pick<KpiDefinition, 'higherIsBetter'>, value: number | null, target: number | null | undefined) {
  if (value === null || target === null || target === undefined) return null;
  return def.higherIsBetter ? value >= target : value <= target;
}

/** A target's problem (Chinese, for the field), or null: a number, not below zero, a ratio at most 1. */
export function targetProblem(key: string, value: unknown): string | null {
  const def = kpiByKey(key);
  if (!def) return '未知指标';
  if (typeof value !== 'number' || !Number.isFinite(value)) return '目标须为数字';
  if (value < 0) return '目标不能小于 0';
  if (def.unit === 'ratio' && value > 1) return '比率目标须在 0–1 之间';
  if (def.unit === 'score' && value > 100) return '评分目标须在 0–100 之间';
  return null;
}
