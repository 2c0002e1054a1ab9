/** What the cashier's home page reads: the settlements of orders (status and amount). */
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { settlements } from '../../db/schema.js';

export const settlementsOfOrders = (q: Db | Tx, workOrderIds: string[]) =>
  workOrderIds.length
    ? q
        .select({ workOrderId: settlements.workOrderId, status: settlements.status, payableFen: settlements.payableFen })
        .from(settlements)
        .where(inArray(settlements.workOrderId, workOrderIds))
    : Promise.resolve([]);
