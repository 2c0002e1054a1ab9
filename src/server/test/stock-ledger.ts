import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { stockItems, stockMovements, workOrderParts } from '../db/schema.js';

/** Raw stock rows, movements and work-order parts lines of a part, straight from the database (in milli-units). */
export async function stockLedger(db: Db, partId: string) {
  const [items, movements, lines] = await Promise.all([
    db.select().from(stockItems).where(eq(stockItems.partId, partId)),
    db.select().from(stockMovements).where(eq(stockMovements.partId, partId)),
    db.select().from(workOrderParts).where(eq(workOrderParts.partId, partId)),
  ]);
  return { items, movements, lines, onHand: items.reduce((s, i) => s + i.onHandMilli, 0), reserved: items.reduce((s, i) => s + i.reservedMilli, 0) };
}
