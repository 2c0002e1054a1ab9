/** The bill (结算) is what was issued, not what was planned: parts lines at issued − returned, the quote recomputed. */
import { billedQtyMilli } from '../../../domain/parts/gate.js';
import { fromMilli, toMilli } from '../../../domain/parts/stock.js';
import { quote, type QuoteLine } from '../../../domain/work-orders/quote.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';
import type { Settlement } from '../../../contracts/settlement.js';

type Issued = Map<string, { issuedMilli: number; returnedMilli: number }>;

/**
 * A line priced as a whole (a package's share of the package price, or a line a visit card paid) keeps its amount;
 * a package part returned in part is billed at its share of that amount.
 */
function fixedAmountOf(l: WorkOrder['lines'][number], plannedMilli: number, billedMilli: number): number | undefined {
  if (!l.packageId && !l.visitCardId) return undefined;
  if (l.kind !== 'parts' || plannedMilli === billedMilli || plannedMilli === 0) return l.amountFen;
  return Math.round((l.amountFen * billedMilli) / plannedMilli);
}

/** The order as billed, and the parts lines whose billed quantity differs from the planned one. */
export function billedOrder(o: WorkOrder, issued: Issued): { order: WorkOrder; billedParts: Settlement['billedParts'] } {
  const billedParts: Settlement['billedParts'] = [];
  const lines = o.lines.map((l) => {
    if (l.kind !== 'parts') return { ...l, fixedAmountFen: fixedAmountOf(l, 0, 0) };
    const planned = toMilli(l.qty ?? 0);
    const billed = billedQtyMilli(planned, issued.get(l.id));
    if (billed !== planned)
      billedParts.push({ workOrderLineId: l.id, code: l.code, name: l.name, plannedQty: fromMilli(planned), billedQty: fromMilli(billed) });
    return { ...l, qty: fromMilli(billed), fixedAmountFen: fixedAmountOf(l, planned, billed) };
  });
  const qt = quote(
    lines.map(
      (l): QuoteLine =>
        l.kind === 'labor'
          ? { kind: 'labor', hours: l.hours ?? 0, rateFen: l.rateFen ?? 0, payer: l.payer, discountPct: l.discountPct, fixedAmountFen: l.fixedAmountFen }
          : { kind: 'parts', qty: l.qty ?? 0, unitPriceFen: l.unitPriceFen ?? 0, payer: l.payer, discountPct: l.discountPct, fixedAmountFen: l.fixedAmountFen },
    ),
  );
  return {
    order: {
      ...o,
      lines: lines.map(({ fixedAmountFen: _, ...l }, i) => ({ ...l, amountFen: qt.lines[i].amountFen })),
      quote: {
        total: qt.total,
        laborFen: qt.byKind.labor.amountFen,
        partsFen: qt.byKind.parts.amountFen,
        customerPayableFen: qt.customerPayableFen,
        byPayer: qt.byPayer,
      },
    },
    billedParts,
  };
}
