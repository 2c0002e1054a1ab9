/**
 * The public interface of work orders: what other features may use. Reads are plain functions; status actions go
 * through the service object main.ts hands over (`WorkOrdersApi`), so every action runs the hooks (ADR 006).
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { notFound } from '../../http/errors.js';
import { visiblePoint } from '../service-points/scope.js';
import { findWorkOrder, type WorkOrderRow } from './work-orders.repo.js';
import type { WorkOrderService } from './work-orders.service.js';

export type { WorkOrderRow } from './work-orders.repo.js';
export type { WorkOrderHook } from './work-orders.service.js';
export { createWorkOrderService } from './work-orders.service.js';

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
export type WorkOrdersApi = Pick<WorkOrderService, 'get' | 'present' | 'actInTx'>;
