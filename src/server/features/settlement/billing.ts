/** The bill (结算) is what was issued, not what was planned: parts lines at issued − returned, the quote recomputed. */
import { billedQtyMilli } from '../../../domain/parts/gate.js';
import { fromMilli, toMilli } from '../../../domain/parts/stock.js';
import { quote, type QuoteLine } from '../../../domain/work-orders/quote.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';
import type { Settlement } from '../../../contracts/settlement.js';

type Issued = Map<string, { issuedMilli: number; returnedMilli: number }>;

/** The order as billed, and the parts lines whose billed quantity differs from the planned one. */
export function billedOrder(o: WorkOrder, issued: Issued): { order: WorkOrder; billedParts: Settlement['billedParts'] } {
  const billedParts: Settlement['billedParts'] = [];
  const lines = o.lines.map((l) => {
    if (l.kind !== 'parts') return l;
    const planned = toMilli(l.qty ?? 0);
    const billed = billedQtyMilli(planned, issued.get(l.id));
    if (billed !== planned)
      billedParts.push({ workOrderLineId: l.id, code: l.code, name: l.name, plannedQty: fromMilli(planned), billedQty: fromMilli(billed) });
    return { ...l, qty: fromMilli(billed) };
  });
  const qt = quote(
    lines.map(
      (l): QuoteLine =>
        l.kind === 'labor'
          ? { kind: 'labor', hours: l.hours ?? 0, rateFen: l.rateFen ?? 0, payer: l.payer, discountPct: l.discountPct }
          : { kind: 'parts', qty: l.qty ?? 0, unitPriceFen: l.unitPriceFen ?? 0, payer: l.payer, discountPct: l.discountPct },
    ),
  );
  return {
    order: {
      ...o,
      lines: lines.map((l, i) => ({ ...l, amountFen: qt.lines[i].amountFen })),
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
