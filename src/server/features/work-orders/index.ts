/**
 * The public interface of work orders: what other features may use. Reads are plain functions; status actions go
 * through the service object main.ts hands over (`WorkOrdersApi`), so every action runs the hooks (ADR 006).
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { notFound } from '../../http/errors.js';
import { visiblePoint } from '../service-points/index.js';
import { findWorkOrder, type WorkOrderRow } from './work-orders.repo.js';
import { createWorkOrderService, type LineGuard, type WorkOrderHook, type WorkOrderService } from './work-orders.service.js';
import { workOrderRoutes } from './work-orders.routes.js';
import { guaranteeRoutes } from './guarantee.routes.js';
import { createGuaranteeService } from './guarantee.service.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import type { PackageLookup } from './package-lines.js';
import type { LoanerUseSection } from './print.js';

export type { WorkOrderRow } from './work-orders.repo.js';
/** Reads for the follow-up queue and the home page. */
export { arrivalsByDay, callSheetsOf, countByStatus, workOrdersByIds } from './work-orders.repo.js';
export { ordersInStatus, promisedDueBy } from './home-reads.js';
export type { HookFacts, LateStep, LineGuard, WorkOrderHook, WorkOrderService } from './work-orders.service.js';
export type { LineRow } from './work-orders.repo.js';
/** Approved 增项 items are priced like the order's own lines (they join through WorkOrdersApi.appendLinesInTx). */
export { catalogLineOf, type AppendedLine } from './append-lines.js';
export type { PackageForOrder, PackageLookup } from './package-lines.js';
/** A line paid by a visit card (次卡): charged 0 from now on. */
export { linesOf } from './work-orders.repo.js';
export { markLinePaidByVisitCard, recomputeTotals, totalsOf, type OrderTotals } from './totals.js';

/** The work order's row, optionally locked FOR UPDATE, without a scope check (for a record whose own point was checked). */
export const getWorkOrderRow = (q: Db | Tx, id: string, opts: { lock?: boolean } = {}): Promise<WorkOrderRow | undefined> =>
  findWorkOrder(q, id, opts.lock ?? false);

/** The work order if the actor may see it (404 otherwise), optionally locked FOR UPDATE in `q`'s transaction. */
export async function workOrderInScope(q: Db | Tx, actor: Actor, id: string, opts: { lock?: boolean } = {}): Promise<WorkOrderRow> {
  const w = await findWorkOrder(q, id, opts.lock ?? false);
  if (!w) throw notFound('工单');
  await visiblePoint(q, actor, w.servicePointId);
  return w;
}

/** What other features may ask of the work-order service: read as the API shows it, and act inside their transaction. */
export type WorkOrdersApi = Pick<WorkOrderService, 'get' | 'present' | 'actInTx' | 'appendLinesInTx'>;

/** Work orders' routes and the service other features act through; `hooks` run in every action's transaction, in order. */
export function workOrdersModule(
  ctx: ModuleContext,
  deps: { hooks: WorkOrderHook[]; packages?: PackageLookup; lineGuard?: LineGuard; loanerUse?: LoanerUseSection },
): FeatureModule & { api: WorkOrdersApi } {
  const svc = createWorkOrderService({
    db: ctx.db,
    now: ctx.now,
    hooks: deps.hooks,
    packages: deps.packages,
    lineGuard: deps.lineGuard,
    loanerUse: deps.loanerUse,
  });
  return { routers: [workOrderRoutes(svc), guaranteeRoutes(createGuaranteeService({ db: ctx.db, now: ctx.now }))], api: svc };
}
