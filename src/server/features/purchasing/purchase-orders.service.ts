/** Purchase orders (采购订单): create, send within authority or for approval, approve/reject, close, cancel, receive. */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { isWithinAuthority, refuseApproval, refusalMessage } from '../../../domain/approvals/index.js';
import {
  isReceivable,
  orderTotalFen,
  overReceiptMilli,
  PO_STATUS_LABELS,
  poTransition,
  statusAfterReceipt,
  type PoAction,
  type PoStatus,
} from '../../../domain/parts/reorder.js';
import { fromMilli, toMilli } from '../../../domain/parts/stock.js';
import type { ApprovalDecision } from '../../../contracts/approvals.js';
import type { PoActionBody, PoReceipt, PoReceiptResult, PurchaseOrder, PurchaseOrderCreate } from '../../../contracts/purchasing.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion, type FieldError } from '../../http/errors.js';
import { yuan } from '../../lib/text.js';
import { insertAudit } from '../audit/index.js';
import { notify } from '../notifications/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { inStockTx, type PartsApi } from '../parts/index.js';
import { visiblePoint } from '../service-points/index.js';
import { partsByIds } from './parts-read.js';
import * as repo from './purchasing.repo.js';

type Q = Db | Tx;
const ACTION_LABELS: Record<PoAction, string> = { send: '发出', approve: '审批通过', reject: '退回', close: '关闭', cancel: '取消' };

export async function presentOrders(q: Q, rows: repo.PoRow[]): Promise<PurchaseOrder[]> {
  const lines = await repo.linesOf(
    q,
    rows.map((r) => r.id),
  );
  const vendorNames = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.vendorId))) vendorNames.set(id, (await repo.findVendor(q, id))?.name ?? '');
  return rows.map((r) => ({
    id: r.id,
    servicePointId: r.servicePointId,
    number: r.number,
    vendorId: r.vendorId,
    vendorName: vendorNames.get(r.vendorId) ?? '',
    status: r.status as PoStatus,
    totalFen: r.totalFen,
    note: r.note,
    createdByName: r.createdByName,
    approvedByName: r.approvedByName,
    decisionNote: r.decisionNote,
    sentAt: r.sentAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
    lines: lines
      .filter((l) => l.line.purchaseOrderId === r.id)
      .map((l) => ({
        id: l.line.id,
        partId: l.line.partId,
        partNo: l.partNo,
        name: l.name,
        unit: l.unit,
        ordered: fromMilli(l.line.orderedMilli),
        received: fromMilli(l.line.receivedMilli),
        open: fromMilli(Math.max(0, l.line.orderedMilli - l.line.receivedMilli)),
        unitCostFen: l.line.unitCostFen,
        amountFen: Math.round((l.line.orderedMilli * l.line.unitCostFen) / 1000),
      })),
  }));
}

export function createPurchaseOrderService(deps: { db: Db; now: () => Date; parts: () => PartsApi }) {
  const { db, now } = deps;

  async function orderInScope(q: Q, actor: Actor, id: string, lock = false) {
    const po = await repo.findPo(q, id, lock);
    if (!po) throw notFound('采购订单');
    await visiblePoint(q, actor, po.servicePointId);
    return po;
  }
  const one = async (q: Q, row: repo.PoRow) => (await presentOrders(q, [row]))[0];
  const illegal = (po: repo.PoRow, what: string) =>
    new AppError('ILLEGAL_TRANSITION', `采购订单 ${po.number} 状态为「${PO_STATUS_LABELS[po.status as PoStatus] ?? po.status}」,不能${what}`);

  /** Move an order by an action (the caller holds its lock and checked the version). */
  async function transition(tx: Tx, actor: Actor, po: repo.PoRow, action: PoAction, note: string) {
    const within = action !== 'send' || isWithinAuthority(actor, 'purchaseFen', po.totalFen);
    const next = poTransition(po.status as PoStatus, action, within);
    if (!next) throw illegal(po, ACTION_LABELS[action]);
    if (action === 'approve') {
      const refusal = refuseApproval(actor, { key: 'purchaseFen', amount: po.totalFen, requestedBy: po.createdBy });
      if (refusal) throw ruleBroken(refusalMessage(refusal, '采购订单', yuan, po.totalFen), [], refusal.code);
    }
    const at = now();
    const row = await repo.updatePo(
      tx,
      po.id,
      po.version,
      {
        status: next,
        ...(next === 'sent' ? { sentAt: at } : {}),
        ...(next === 'closed' || next === 'cancelled' ? { closedAt: at } : {}),
        ...(action === 'approve' || action === 'reject' ? { approvedByName: actor.displayName, decisionNote: note } : {}),
        ...(action === 'send' && within ? { approvedByName: '' } : {}),
      },
      at,
    );
    if (!row) throw staleVersion();
    await insertAudit(tx, actor, {
      servicePointId: po.servicePointId,
      action: `purchase-order.${action}`,
      entityType: 'purchase_order',
      entityId: po.id,
      summary: `${po.number} ${ACTION_LABELS[action]}${next === 'pending_approval' ? `,金额 ${yuan(po.totalFen)} 超出本人权限,待审批` : ''}${note ? `:${note}` : ''}`,
      before: { status: po.status },
      after: { status: next },
    });
    if ((action === 'approve' || action === 'reject') && po.createdBy)
      await notify(tx, {
        servicePointId: po.servicePointId,
        recipientUserId: po.createdBy,
        title: `采购订单 ${po.number} ${action === 'approve' ? '已审批通过并发出' : `被退回${note ? `:${note}` : ''}`}`,
        link: `/purchasing?order=${po.id}`,
        dedupeKey: `po-decided:${po.id}:${row.version}`,
      });
    return row;
  }

  return {
    async list(actor: Actor, f: { servicePointId?: string; status?: PoStatus; page: number; pageSize: number }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const { rows, total } = await repo.listPos(db, { pointId: point.id, status: f.status, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return { items: await presentOrders(db, rows), total, page: f.page, pageSize: f.pageSize };
    },
    async get(actor: Actor, id: string) {
      return one(db, await orderInScope(db, actor, id));
    },
    /** A draft order to one vendor; unit cost defaults to the part's moving-average cost. */
    async create(actor: Actor, input: PurchaseOrderCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const vendor = await repo.findVendor(tx, input.vendorId);
        const fields: FieldError[] = [];
        if (!vendor || vendor.servicePointId !== point.id || !vendor.isActive) fields.push({ path: 'vendorId', message: '供应商不存在、已停用或不属于该网点' });
        const partRows = new Map((await partsByIds(tx, [...new Set(input.lines.map((l) => l.partId))])).map((p) => [p.id, p]));
        const seen = new Set<string>();
        input.lines.forEach((l, i) => {
          const p = partRows.get(l.partId);
          if (!p || p.servicePointId !== point.id) fields.push({ path: `lines.${i}.partId`, message: '配件不存在或不属于该网点' });
          else if (seen.has(l.partId)) fields.push({ path: `lines.${i}.partId`, message: '同一配件在订单中重复' });
          seen.add(l.partId);
        });
        if (fields.length) throw invalid(fields);
        const lines = input.lines.map((l, i) => ({
          partId: l.partId,
          orderedMilli: toMilli(l.qty),
          unitCostFen: l.unitCostFen ?? partRows.get(l.partId)!.costPriceFen,
          sortOrder: i,
        }));
        const at = now();
        const po = await repo.insertPo(tx, {
          servicePointId: point.id,
          number: await nextDocumentNumber(tx, point, 'purchaseOrder', at),
          vendorId: vendor!.id,
          totalFen: orderTotalFen(lines),
          note: input.note,
          createdBy: actor.userId,
          createdByName: actor.displayName,
        });
        await repo.insertPoLines(
          tx,
          lines.map((l) => ({ ...l, purchaseOrderId: po.id, servicePointId: point.id })),
        );
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'purchase-order.create',
          entityType: 'purchase_order',
          entityId: po.id,
          summary: `${po.number} ${vendor!.name} ${lines.length} 行 ${yuan(po.totalFen)}`,
          after: { ...po, lines },
        });
        return one(tx, po);
      });
    },
    /** send / close / cancel (approve and reject go through 待我审批, see decide). */
    async act(actor: Actor, id: string, action: Exclude<PoAction, 'approve' | 'reject'>, body: PoActionBody) {
      return db.transaction(async (tx) => {
        const po = await orderInScope(tx, actor, id, true);
        if (po.version !== body.version) throw staleVersion();
        return one(tx, await transition(tx, actor, po, action, body.note));
      });
    },
    /** The approver's decision on an order above the planner's authority (approvals provider 'purchase'). */
    async decide(actor: Actor, id: string, input: ApprovalDecision) {
      return db.transaction(async (tx) => {
        const po = await orderInScope(tx, actor, id, true);
        if (po.version !== input.version) throw staleVersion();
        return one(tx, await transition(tx, actor, po, input.approve ? 'approve' : 'reject', input.note));
      });
    },
    /**
     * Goods in against the order (到货入库): partial quantities; above the order only with `confirmOver`.
     * Each line is a stock receipt through the parts feature (moving-average cost, oldest backorders first, 待料, advisor notified).
     */
    async receive(actor: Actor, id: string, input: PoReceipt): Promise<PoReceiptResult> {
      return inStockTx(db, async (tx) => {
        const po = await orderInScope(tx, actor, id, true);
        if (po.version !== input.version) throw staleVersion();
        if (!isReceivable(po.status as PoStatus)) throw illegal(po, '收货');
        const lines = (await repo.linesOf(tx, [po.id])).map((l) => ({ ...l.line }));
        const byId = new Map(lines.map((l) => [l.id, l]));
        const fields: FieldError[] = [];
        const after = new Map(lines.map((l) => [l.id, l.receivedMilli]));
        input.lines.forEach((r, i) => {
          const line = byId.get(r.lineId);
          if (!line) return fields.push({ path: `lines.${i}.lineId`, message: '不是该订单的行' });
          const qtyMilli = toMilli(r.qty);
          const over = overReceiptMilli({ orderedMilli: line.orderedMilli, receivedMilli: after.get(line.id)! }, qtyMilli);
          after.set(line.id, after.get(line.id)! + qtyMilli);
          if (over > 0 && !input.confirmOver)
            fields.push({
              path: `lines.${i}.qty`,
              message: `超出订购数量 ${fromMilli(over)}(订购 ${fromMilli(line.orderedMilli)},已收 ${fromMilli(line.receivedMilli)}),请确认超订收货`,
            });
        });
        if (fields.some((f) => f.path.endsWith('lineId'))) throw invalid(fields);
        if (fields.length) throw ruleBroken('收货数量超出订购数量,需确认超订收货', fields, 'OVER_RECEIPT');
        const at = now();
        const fulfilled: PoReceiptResult['fulfilled'] = [];
        // One part at a time in part-id order: the same lock order as every other stock writer (no deadlocks).
        const ordered = input.lines
          .map((r, i) => ({ r, i, line: byId.get(r.lineId)! }))
          .sort((a, b) => (a.line.partId < b.line.partId ? -1 : a.line.partId > b.line.partId ? 1 : a.i - b.i));
        const running = new Map(lines.map((l) => [l.id, l.receivedMilli]));
        for (const { r, i, line } of ordered) {
          const qtyMilli = toMilli(r.qty);
          const unitCostFen = r.unitCostFen ?? line.unitCostFen;
          const res = await deps
            .parts()
            .receiveInTx(
              tx,
              actor,
              { partId: line.partId, locationId: r.locationId, qtyMilli, unitCostFen, note: po.number, source: `采购订单 ${po.number}` },
              at,
              `lines.${i}.locationId`,
            );
          fulfilled.push(...res.fulfilled);
          const overMilli = overReceiptMilli({ orderedMilli: line.orderedMilli, receivedMilli: running.get(line.id)! }, qtyMilli);
          running.set(line.id, running.get(line.id)! + qtyMilli);
          await repo.addReceived(tx, line.id, qtyMilli);
          await repo.insertReceipt(tx, {
            servicePointId: po.servicePointId,
            purchaseOrderId: po.id,
            lineId: line.id,
            partId: line.partId,
            locationId: r.locationId,
            qtyMilli,
            unitCostFen,
            overMilli,
            actorName: actor.displayName,
            at,
          });
        }
        const status = statusAfterReceipt(lines.map((l) => ({ orderedMilli: l.orderedMilli, receivedMilli: running.get(l.id)! })));
        const row = await repo.updatePo(tx, po.id, po.version, { status }, at);
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: po.servicePointId,
          action: 'purchase-order.receive',
          entityType: 'purchase_order',
          entityId: po.id,
          summary: `${po.number} 到货 ${input.lines.length} 行${input.confirmOver ? '(已确认超订)' : ''},${PO_STATUS_LABELS[status]}`,
          before: { status: po.status },
          after: { status, lines: input.lines },
        });
        return { order: await one(tx, row), fulfilled };
      });
    },
    /** For the approvals provider: orders waiting for approval in the actor's points. */
    pendingOf: (pointIds: string[]) => repo.pendingApproval(db, pointIds),
    orderForExport: async (actor: Actor, id: string) => {
      const po = await orderInScope(db, actor, id);
      return { order: await one(db, po), vendor: (await repo.findVendor(db, po.vendorId))!, point: await visiblePoint(db, actor, po.servicePointId) };
    },
  };
}
export type PurchaseOrderService = ReturnType<typeof createPurchaseOrderService>;
