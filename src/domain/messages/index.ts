/**
 * Customer messages (客户消息): the kinds, their default zh-CN wording with {placeholders}, whether each is a service
 * message or marketing (个人信息保护法: marketing only with the customer's consent), and the maintenance-due estimate
 * from a car's visit history. Pure.
 */
import { addDays, daysBetween } from '../time/index.js';

export const MESSAGE_KINDS = ['booking_confirmation', 'booking_reminder', 'car_ready', 'payment_receipt', 'extra_work_approval', 'maintenance_due'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type MessageCategory = 'service' | 'marketing';

export interface MessageKindInfo {
  category: MessageCategory;
  nameZh: string;
  /** Placeholders the text may use, each with a sample value for the preview. */
  vars: Record<string, string>;
  defaultBody: string;
}

const POINT = { point: '华东汽车4S店', customer: '王先生', plate: '沪A·D1234' };
export const MESSAGE_KIND_INFO: Record<MessageKind, MessageKindInfo> = {
  booking_confirmation: {
    category: 'service',
    nameZh: '预约确认',
    vars: { ...POINT, time: '12月03日 09:30', advisor: '张敏' },
    defaultBody: '【{point}】{customer}您好,您已预约 {time} 到店保养/维修(车牌 {plate}),服务顾问 {advisor}。如需改约请来电。',
  },
  booking_reminder: {
    category: 'service',
    nameZh: '预约前一天提醒',
    vars: { ...POINT, time: '12月03日 09:30' },
    defaultBody: '【{point}】{customer}您好,提醒您明天 {time} 预约到店(车牌 {plate}),请携带行驶证。',
  },
  car_ready: {
    category: 'service',
    nameZh: '车辆完工待取',
    vars: { ...POINT, number: 'WO202612020001' },
    defaultBody: '【{point}】{customer}您好,您的爱车 {plate} 已完工并通过质检(工单 {number}),可随时来店取车。',
  },
  payment_receipt: {
    category: 'service',
    nameZh: '付款回执',
    vars: { ...POINT, amount: '¥1,280.00', number: 'JS202612020001', link: 'https://example.cn/r/abc' },
    defaultBody: '【{point}】{customer}您好,已收到您的付款 {amount}(结算单 {number})。结算单:{link}',
  },
  extra_work_approval: {
    category: 'service',
    nameZh: '增项确认',
    vars: { ...POINT, items: '前刹车片更换 ¥680.00', link: 'https://example.cn/x/abc' },
    defaultBody: '【{point}】{customer}您好,技师在检查 {plate} 时发现:{items}。请点击确认或拒绝:{link}',
  },
  maintenance_due: {
    category: 'marketing',
    nameZh: '保养到期提醒',
    vars: { ...POINT, due: '按里程约 15,000 km' },
    defaultBody: '【{point}】{customer}您好,您的爱车 {plate} 保养将到期({due}),欢迎预约到店。回复 TD 退订',
  },
};

export const isMessageKind = (k: string): k is MessageKind => (MESSAGE_KINDS as readonly string[]).includes(k);

/** The text with each {name} replaced by its value; an unknown placeholder is left visible so an error is seen. */
export const renderMessage = (body: string, vars: Record<string, string | number>) =>
  body.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));

/** Placeholders in `body` the kind does not know (the settings page refuses them). */
export const unknownPlaceholders = (kind: MessageKind, body: string) =>
  [...body.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n) => !(n in MESSAGE_KIND_INFO[kind].vars));

export interface Recipient {
  phone: string;
  marketingConsent: boolean;
  erasedAt: Date | null;
}

/** Why a message may not go to this customer (zh-CN, recorded as the skip reason), or null when it may. */
export function refuseMessage(kind: MessageKind, to: Recipient, templateEnabled: boolean): string | null {
  if (!templateEnabled) return '本网点已停用该类消息';
  if (to.erasedAt) return '客户个人信息已删除';
  if (!/^1[3-9]\d{9}$/.test(to.phone)) return '客户没有可接收短信的手机号';
  if (MESSAGE_KIND_INFO[kind].category === 'marketing' && !to.marketingConsent) return '客户未同意接收营销类消息';
  return null;
}

/** A maintenance interval: whichever comes first. */
export interface Interval {
  days: number;
  km: number;
}
export const DEFAULT_MAINTENANCE_INTERVAL: Interval = { days: 180, km: 5000 };
/** How early the reminder goes out. */
export const DEFAULT_LEAD: Interval = { days: 7, km: 300 };

/** Average km per day from odometer readings (date, km) of the car's visits; null with fewer than two usable readings. */
export function kmPerDay(readings: readonly { date: string; km: number }[]): number | null {
  const r = [...readings].filter((x) => x.km > 0).sort((a, b) => a.date.localeCompare(b.date));
  if (r.length < 2) return null;
  const days = daysBetween(r[0].date, r[r.length - 1].date);
  const km = r[r.length - 1].km - r[0].km;
  return days > 0 && km > 0 ? km / days : null;
}

export interface MaintenanceDue {
  by: 'date' | 'mileage';
  dueDate: string;
  dueKm: number;
  estimatedKm: number | null;
}

/**
 * Whether the car's next maintenance is due (within the lead) on `today`: by date since the last maintenance, or by
 * the mileage estimated from its visits' odometer readings. Null when not yet due.
 */
export function maintenanceDue(
  last: { date: string; km: number },
  readings: readonly { date: string; km: number }[],
  today: string,
  interval: Interval = DEFAULT_MAINTENANCE_INTERVAL,
  lead: Interval = DEFAULT_LEAD,
): MaintenanceDue | null {
  const rate = kmPerDay(readings);
  const elapsed = daysBetween(last.date, today);
  const estimatedKm = rate === null ? null : Math.round(last.km + rate * elapsed);
  const dueKm = last.km + interval.km;
  const dueDate = addDays(last.date, interval.days);
  if (estimatedKm !== null && estimatedKm >= dueKm - lead.km) return { by: 'mileage', dueDate, dueKm, estimatedKm };
  if (elapsed >= interval.days - lead.days) return { by: 'date', dueDate, dueKm, estimatedKm };
  return null;
}
