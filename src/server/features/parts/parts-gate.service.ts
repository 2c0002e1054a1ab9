/**
 * The parts gate (领料控制): an order's jobs cannot be finished, nor the order passed, settled or delivered, while
 * parts are neither issued nor released as not needed; 待料 follows the backorders; the picking queue.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { hasBackorder, partsGateRefusal, unissuedOf, waitingPartsAction } from '../../../domain/parts/gate.js';
import { fromMilli } from '../../../domain/parts/stock.js';
import type { WorkOrderStatus } from '../../../domain/work-orders/status.js';
import type { PartsRelease, PickingQueueItem } from '../../../contracts/parts.js';
import { AppError, invalid, ruleBroken } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import { getWorkOrderRow, workOrderInScope, type WorkOrderHook, type WorkOrdersApi } from '../work-orders/index.js';
import * as gateRepo from './gate.repo.js';
import { fulfilBackorders, inStockTx, releaseFrom } from './reservations.js';
import * as repo from './stock.repo.js';

type Q = Db | Tx;
/** Actions that must find every part issued or released: the order leaves the workshop, is billed or handed over. */
const GATED = new Set(['finish', 'qc_pass', 'settle', 'deliver']);

/** Refuse when parts of the order are still owed to the warehouse (409 PARTS_NOT_ISSUED). */
export async function assertPartsIssued(q: Q, workOrderId: string): Promise<void> {
  const rows = await repo.pickingRows(q, workOrderId);
  const refusal = partsGateRefusal(rows.map((r) => ({ ...r.wop, partNo: r.partNo, name: r.name })));
  if (refusal) {
    const fields = rows.filter((r) => unissuedOf(r.wop) > 0).map((r) => ({ path: `parts.${r.wop.workOrderLineId}`, message: `${r.name} 未领料` }));
    throw ruleBroken(refusal, fields, 'PARTS_NOT_ISSUED');
  }
}

/** Issued less returned, per parts line of the order: what settlement bills. */
export async function issuedByLine(q: Q, workOrderId: string): Promise<Map<string, { issuedMilli: number; returnedMilli: number }>> {
  return new Map((await gateRepo.issuedOfOrder(q, workOrderId)).map((r) => [r.lineId, r]));
}

export function createPartsGate(deps: { db: Db; now: () => Date; workOrders: () => WorkOrdersApi }) {
  const { db, now } = deps;

  /** Put the orders' 待料 in step with their backorders (wait_parts / parts_arrived through the status machine). */
  async function syncWaiting(tx: Tx, actor: Actor, workOrderIds: Iterable<string>) {
    for (const id of [...new Set(workOrderIds)].sort()) {
      const w = await getWorkOrderRow(tx, id, { lock: true });
      if (!w) continue;
      const action = waitingPartsAction(w.status as WorkOrderStatus, hasBackorder(await repo.wopOfOrder(tx, id)));
      if (action) await deps.workOrders().actInTx(tx, actor, w, action, action === 'wait_parts' ? '缺件,自动转待料' : '缺件已到,自动复工');
    }
  }

  const hook: WorkOrderHook = async (tx, order, action, actor) => {
    if (GATED.has(action)) await assertPartsIssued(tx, order.id);
    if (action === 'start' && actor) await syncWaiting(tx, actor, [order.id]);
    const backordered = action === 'wait_parts' || action === 'parts_arrived' ? hasBackorder(await repo.wopOfOrder(tx, order.id)) : false;
    if (action === 'wait_parts' && !backordered) throw ruleBroken('该工单没有缺件,无需转待料(待料随缺件自动设置)', [], 'NO_BACKORDER');
    if (action === 'parts_arrived' && backordered) throw ruleBroken('仍有缺件未到货,不能复工(到货入库后自动复工)', [], 'STILL_BACKORDERED');
  };

  return {
    hook,
    syncWaiting,
    /** The picking queue (领料): orders with parts still to issue whatever their status, short ones flagged 待料. */
    async queue(actor: Actor, servicePointId?: string): Promise<PickingQueueItem[]> {
      const pointIds = servicePointId ? [(await visiblePoint(db, actor, servicePointId)).id] : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      return (await gateRepo.pickingQueue(db, pointIds)).map((r) => ({
        workOrderId: r.workOrderId,
        workOrderNumber: r.number,
        workOrderStatus: r.status,
        plate: r.plate,
        model: r.model,
        confirmedAt: r.confirmedAt?.toISOString() ?? null,
        unissuedLines: r.unissuedLines,
        shortLines: r.shortLines,
        partLines: r.partLines,
      }));
    },
    /** Release a line as not needed (释放:不需要): its reservation goes back to stock (and to other backorders), with the reason. */
    async releaseNotNeeded(actor: Actor, workOrderId: string, input: PartsRelease) {
      return inStockTx(db, async (tx) => {
        const w = await workOrderInScope(tx, actor, workOrderId, { lock: true });
        if (['cancelled', 'closed'].includes(w.status)) throw new AppError('ILLEGAL_TRANSITION', '工单已取消或关闭,不能释放配件');
        const known = (await repo.wopOfOrder(tx, w.id)).find((l) => l.workOrderLineId === input.workOrderLineId);
        if (!known) throw invalid([{ path: 'workOrderLineId', message: '不是该工单的配件行' }]);
        const at = now();
        const stock = await repo.lockStock(tx, [known.partId]);
        const line = (await repo.wopOfOrder(tx, w.id, true)).find((l) => l.workOrderLineId === input.workOrderLineId)!;
        if (unissuedOf(line) === 0)
          throw new AppError(
            'CONFLICT',
            '该行没有待领的配件(已领完或已释放)',
            [{ path: 'workOrderLineId', message: '没有可释放的数量' }],
            'NOTHING_TO_RELEASE',
          );
        await releaseFrom(tx, stock, line.reservedMilli, at);
        await repo.updateWop(tx, line.workOrderLineId, { reservedMilli: 0, status: 'released', releaseReason: input.reason });
        const [part] = await repo.partsByIds(tx, [line.partId]);
        await insertAudit(tx, actor, {
          servicePointId: w.servicePointId,
          action: 'parts.release-unneeded',
          entityType: 'work_order',
          entityId: w.id,
          summary: `${w.number} 释放不需要的配件 ${part.partNo} ${part.name} ×${fromMilli(unissuedOf(line))}:${input.reason}`,
          before: line,
          after: { reservedMilli: 0, status: 'released', releaseReason: input.reason },
        });
        const filled = await fulfilBackorders(tx, actor, part, stock, at);
        await syncWaiting(tx, actor, [w.id, ...filled.map((f) => f.workOrderId)]);
        return w.id;
      });
    },
  };
}
export type PartsGate = ReturnType<typeof createPartsGate>;
