/**
 * Lines of a service package (保养套餐) on a work order: the package must suit the car and the date, its lines must be
 * the package's items (all of them, once), and they share the package price (domain/members allocatePackagePrice).
 */
import type { Db, Tx } from '../../db/client.js';
import { allocatePackagePrice, packageRefusal } from '../../../domain/members/index.js';
import { priceLine, type QuoteLine } from '../../../domain/work-orders/quote.js';
import type { FieldError } from '../../http/errors.js';
import type { workOrderLines } from '../../db/schema.js';

/** A package as work orders read it (main.ts hands the members feature's lookup over). */
export interface PackageForOrder {
  id: string;
  servicePointId: string;
  name: string;
  modelFamily: string;
  validFrom: string | null;
  validTo: string | null;
  isActive: boolean;
  priceFen: number;
  items: { kind: string; laborOperationId: string | null; partId: string | null; qtyMilli: number }[];
}
export type PackageLookup = (q: Db | Tx, id: string) => Promise<PackageForOrder | undefined>;

type LineInsert = typeof workOrderLines.$inferInsert & { inputIndex: number };
const itemKey = (l: { kind: string; laborOperationId?: string | null; partId?: string | null }) =>
  `${l.kind}:${l.kind === 'labor' ? l.laborOperationId : l.partId}`;

/** Set the package name and price share on the lines that name a package; the problems, field by field. */
export async function applyPackages(
  q: Db | Tx,
  lookup: PackageLookup | undefined,
  rows: LineInsert[],
  ctx: { pointId: string; modelFamily: string; today: string },
): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  const groups = new Map<string, LineInsert[]>();
  for (const r of rows) if (r.packageId) groups.set(r.packageId, [...(groups.get(r.packageId) ?? []), r]);
  for (const [id, lines] of groups) {
    const at = `lines.${lines[0].inputIndex}.packageId`;
    const p = lookup ? await lookup(q, id) : undefined;
    if (!p || p.servicePointId !== ctx.pointId) {
      fields.push({ path: at, message: '套餐不存在' });
      continue;
    }
    const refusal = packageRefusal(p, { modelFamily: ctx.modelFamily }, ctx.today);
    if (refusal) {
      fields.push({ path: at, message: refusal });
      continue;
    }
    const want = p.items.map(itemKey).sort().join(',');
    if (lines.map(itemKey).sort().join(',') !== want) {
      fields.push({ path: at, message: `「${p.name}」须整组添加(${p.items.length} 项)` });
      continue;
    }
    for (const l of lines) {
      const item = p.items.find((i) => itemKey(i) === itemKey(l))!;
      if (l.kind === 'parts') l.qtyMilli = item.qtyMilli;
    }
    const gross = lines.map((l) => priceLine(quoteLineOf(l)).grossFen);
    const shares = allocatePackagePrice(gross, p.priceFen);
    lines.forEach((l, i) => {
      l.packageName = p.name;
      l.fixedAmountFen = shares[i];
      l.discountPct = 0;
    });
  }
  return fields;
}

const quoteLineOf = (l: LineInsert): QuoteLine =>
  l.kind === 'labor'
    ? { kind: 'labor', hours: (l.hoursMilli ?? 0) / 1000, rateFen: l.rateFen ?? 0, payer: l.payer as QuoteLine['payer'] }
    : { kind: 'parts', qty: (l.qtyMilli ?? 0) / 1000, unitPriceFen: l.unitPriceFen ?? 0, payer: l.payer as QuoteLine['payer'] };
