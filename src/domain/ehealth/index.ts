/**
 * 汽车维修电子健康档案 (JT/T 1132): the record uploaded after settlement, with the field names the provincial platforms
 * use (RULES.md: plate, VIN, company, repair date yyyyMMdd, mileage, fault description, settle date, settlement-list
 * number; parts name/code/quantity; repair items name/hours), and the outbox's retry schedule. Pure: pass the facts.
 */

export interface RepairFacts {
  plate: string;
  vin: string;
  companyName: string;
  /** Local dates (YYYY-MM-DD) in the point's zone. */
  repairDate: string;
  settleDate: string;
  mileage: number;
  faultDescription: string;
  settlementNumber: string;
  parts: { name: string; code: string; quantity: number }[];
  items: { name: string; hours: number }[];
}

export interface HealthRecord {
  vehicleplatenumber: string;
  vin: string;
  companyname: string;
  repairdate: string;
  repairmileage: string;
  faultdescription: string;
  settledate: string;
  costlistcode: string;
  vehiclepartslist: { partsname: string; partscode: string; partsquantity: string }[];
  repairprojectlist: { repairproject: string; workinghours: string }[];
}

const compact = (d: string) => d.replaceAll('-', '');
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** The record in the platform's shape: dates yyyyMMdd, numbers as text, the same part twice summed. */
export function healthRecord(f: RepairFacts): HealthRecord {
  const parts = new Map<string, { name: string; code: string; quantity: number }>();
  for (const p of f.parts) {
    const cur = parts.get(p.code);
    parts.set(p.code, cur ? { ...cur, quantity: cur.quantity + p.quantity } : { ...p });
  }
  return {
    vehicleplatenumber: f.plate,
    vin: f.vin,
    companyname: f.companyName,
    repairdate: compact(f.repairDate),
    repairmileage: String(f.mileage),
    faultdescription: f.faultDescription.trim() || '无',
    settledate: compact(f.settleDate),
    costlistcode: f.settlementNumber,
    vehiclepartslist: [...parts.values()].filter((p) => p.quantity > 0).map((p) => ({ partsname: p.name, partscode: p.code, partsquantity: num(p.quantity) })),
    repairprojectlist: f.items.map((i) => ({ repairproject: i.name, workinghours: num(i.hours) })),
  };
}

/** What the platform refuses: the fields it requires (a record with them missing is kept as failed, not sent). */
export function recordProblems(r: HealthRecord): string[] {
  const out: string[] = [];
  if (!r.vin || r.vin.length !== 17) out.push('VIN 须为 17 位');
  if (!r.vehicleplatenumber) out.push('缺少车牌号');
  if (!r.costlistcode) out.push('缺少结算清单编号');
  if (!/^\d{8}$/.test(r.repairdate) || !/^\d{8}$/.test(r.settledate)) out.push('日期须为 yyyyMMdd');
  return out;
}

/** Minutes to wait before attempt `n + 1` after `n` failed attempts; null = give up (failed, retried by hand). */
export const RETRY_MINUTES = [1, 5, 30, 120] as const;
export function retryDelayMs(failedAttempts: number): number | null {
  const m = RETRY_MINUTES[failedAttempts - 1];
  return m === undefined ? null : m * 60_000;
}

export type EhealthStatus = 'pending' | 'sent' | 'failed';
