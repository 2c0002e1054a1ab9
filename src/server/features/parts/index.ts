/** Parts stock (配件库存) and the parts side of work orders: reservation, picking, returns, backorders, the parts gate. */
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { StockChangeResult } from '../../../contracts/parts.js';
import type { WorkOrderHook, WorkOrdersApi } from '../work-orders/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { seedDemoStock } from './demo-stock.js';
import { partsGateRoutes } from './gate.routes.js';
import { createPartsGate } from './parts-gate.service.js';
import { receiveInTx, type ReceiptInTx } from './receiving.js';
import { adjustByInTx, shipOutInTx, type AdjustByInTx, type ShipOutInTx, type ShipOutResult } from './stock-moves.js';
import { partsRoutes } from './parts.routes.js';
import { createPartsStatsService } from './parts-stats.service.js';
import { createStockService } from './stock.service.js';
import { createWorkOrderPartsService } from './work-order-parts.service.js';

/** For settlement (bill what was issued) and the workshop (a job completing an order passes the parts gate). */
export { assertPartsIssued, issuedByLine } from './parts-gate.service.js';
export { ordersToPick } from './home-reads.js';
export { inStockTx } from './reservations.js';
export type { ReceiptInTx } from './receiving.js';
export { partsRollupContributor } from './rollup-contributor.js';
export type { AdjustByInTx, ShipOutInTx, ShipOutResult } from './stock-moves.js';

/** What other features (purchasing, transfers, stocktaking) use to move stock: one code path for cost, backorders and 待料. */
export interface PartsApi {
  /** A receipt inside the caller's transaction; `locationPath` names the field a wrong location is reported on. */
  receiveInTx(tx: Tx, actor: Actor, input: ReceiptInTx, at: Date, locationPath?: string): Promise<StockChangeResult>;
  /** A transfer leaving the supplier (free stock only, largest location first); short → field error on `path`. */
  shipOutInTx(tx: Tx, actor: Actor, input: ShipOutInTx, at: Date, path?: string): Promise<ShipOutResult>;
  /** A counted variance booked against today's stock (never negative, never below reserved); served backorders. */
  adjustByInTx(tx: Tx, actor: Actor, input: AdjustByInTx, at: Date, path?: string): Promise<StockChangeResult['fulfilled']>;
}

const DAY_MS = 86_400_000;

/** `workOrders` is asked for lazily: the work-order service is built after its hooks, this module's among them. */
export function partsModule(ctx: ModuleContext, deps: { workOrders: () => WorkOrdersApi }): FeatureModule & { hook: WorkOrderHook; api: PartsApi } {
  const { db, now } = ctx;
  const gate = createPartsGate({ db, now, workOrders: deps.workOrders });
  const orders = createWorkOrderPartsService({ db, now, syncWaiting: gate.syncWaiting });
  return {
    api: {
      receiveInTx: (tx, actor, input, at, locationPath) => receiveInTx(tx, actor, input, at, gate.syncWaiting, locationPath),
      shipOutInTx,
      adjustByInTx: (tx, actor, input, at, path) => adjustByInTx(tx, actor, input, at, gate.syncWaiting, path),
    },
    routers: [
      partsRoutes(createStockService({ db, now, syncWaiting: gate.syncWaiting }), orders, createPartsStatsService({ db })),
      partsGateRoutes(gate, orders),
    ],
    // The work-order hook: reserve parts on confirm, release them on cancel; the parts gate and 待料 on the other actions.
    hook: async (tx, order, action, actor, facts) => {
      await orders.hook(tx, order, action, actor, facts);
      await gate.hook(tx, order, action, actor);
    },
    // Stock received a month ago at the demo dealership.
    demo: async ({ db: d, pointId, templateKey, now: at }) => {
      if (templateKey === 'auto-dealership') await seedDemoStock(d, pointId, new Date(at.getTime() - 30 * DAY_MS));
    },
  };
}
