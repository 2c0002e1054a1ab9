/**
 * 代步车 (loaner cars): the fleet's states, bookings against availability, handover and return, and the charge.
 * A booking holds the car for [startAt, endAt); two live bookings of one car may not overlap.
 */

export const LOANER_STATES = ['available', 'out', 'maintenance', 'retired'] as const;
export type LoanerState = (typeof LOANER_STATES)[number];
export const LOANER_STATE_ZH: Record<LoanerState, string> = { available: '可用', out: '已借出', maintenance: '保养中', retired: '已停用' };

export const BOOKING_STATUSES = ['booked', 'out', 'returned', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_ZH: Record<BookingStatus, string> = { booked: '已预订', out: '使用中', returned: '已归还', cancelled: '已取消' };

/** Who bears the cost of a loaner day: the customer (charged), the manufacturer (三包), the insurer, or the station. */
export const LOANER_CHARGE_TO = ['customer', 'warranty', 'insurance', 'internal'] as const;
export type LoanerChargeTo = (typeof LOANER_CHARGE_TO)[number];
export const LOANER_CHARGE_TO_ZH: Record<LoanerChargeTo, string> = {
  customer: '客户付费',
  warranty: '三包(厂家)',
  insurance: '保险公司',
  internal: '站内承担',
};

/** The reason a 三包 repair longer than 5 days gives the customer a loaner from day 6 (三包规定 art. 17/21). */
export const WARRANTY_LOANER_REASON = '三包维修超过5天';

/** Bookings that still hold the car. */
export const holdsCar = (s: BookingStatus) => s === 'booked' || s === 'out';

/** Whether [aStart, aEnd) and [bStart, bEnd) share an instant (touching ends do not). */
export const overlaps = (aStart: Date, aEnd: Date, bStart: Date, bEnd: Date) => aStart.getTime() < bEnd.getTime() && bStart.getTime() < aEnd.getTime();

/** The first live booking that clashes with [start, end), or undefined. */
export function clashOf<B extends { startAt: Date; endAt: Date; status: BookingStatus }>(existing: readonly B[], start: Date, end: Date): B | undefined {
  return existing.find((b) => holdsCar(b.status) && overlaps(start, end, b.startAt, b.endAt));
}

const DAY = 86_400_000;
/** Days charged for a use from handover to return: every begun 24 hours, at least one. */
export const chargeDays = (outAt: Date, inAt: Date) => Math.max(1, Math.ceil((inAt.getTime() - outAt.getTime()) / DAY));

/** The return's problems (Chinese, by field): mileage going back, return before handover. */
export function returnProblems(o: { outAt: Date; inAt: Date; mileageOut: number; mileageIn: number }): { path: string; message: string }[] {
  const out = [];
  if (o.mileageIn < o.mileageOut) out.push({ path: 'mileageKm', message: `还车里程不能小于交车里程 ${o.mileageOut} km` });
  if (o.inAt.getTime() < o.outAt.getTime()) out.push({ path: 'returnedAt', message: '还车时间不能早于交车时间' });
  return out;
}
