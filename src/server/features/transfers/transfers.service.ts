/** Transfers between stations (调拨): request or offer, approve (or 待我审批), ship into transit, receive, cancel. */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { canSeePointPath } from '../../../domain/auth/actor.js';
import { isWithinAuthority, refuseApproval, refusalMessage } from '../../../domain/approvals/index.js';
import { fromMilli, toMilli } from '../../../domain/parts/stock.js';
import {
  approveAction,
  inTransitMilli,
  overTransferReceiptMilli,
  statusAfterTransferReceipt,
  TRANSFER_STATUS_LABELS,
  transferTransition,
  transferValueFen,
  type TransferAction,
  type TransferStatus,
} from '../../../domain/parts/transfers.js';
import type { ApprovalDecision } from '../../../contracts/approvals.js';
import type { Transfer, TransferActionBody, TransferCreate, TransferReceipt, TransferReceiptResult } from '../../../contracts/stock-ops.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion, type FieldError } from '../../http/errors.js';
import { yuan } from '../../lib/text.js';
import { findApprover, notifyApprover } from '../approvals/index.js';
import { insertAudit } from '../audit/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { inStockTx, type PartsApi } from '../parts/index.js';
import { findPoint, listPointsByIds, listPointsUnder, visiblePoint } from '../service-points/index.js';
import { stationsSeenBy } from './sharing.js';
import * as repo from './transfers.repo.js';

type Q = Db | Tx;
const LABEL: Record<TransferAction, string> = {
  approve: '审批通过',
  escalate: '提交上级审批',
  decide_approve: '审批通过',
  reject: '拒绝',
  ship: '发货',
  receive: '收货',
  cancel: '取消',
};

export async function presentTransfers(q: Q, rows: repo.TransferRow[]): Promise<Transfer[]> {
  const lines = await repo.linesOf(
    q,
    rows.map((r) => r.id),
  );
  const names = new Map((await listPointsByIds(q, [...new Set(rows.flatMap((r) => [r.fromPointId, r.toPointId]))])).map((p) => [p.id, p.nameZh]));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    fromPointId: r.fromPointId,
    fromPointName: names.get(r.fromPointId) ?? '',
    toPointId: r.toPointId,
    toPointName: names.get(r.toPointId) ?? '',
    origin: r.origin as 'request' | 'offer',
    status: r.status as TransferStatus,
    totalFen: r.totalFen,
    note: r.note,
    createdByName: r.createdByName,
    approvedByName: r.approvedByName,
    decisionNote: r.decisionNote,
    shippedByName: r.shippedByName,
    shippedAt: r.shippedAt?.toISOString() ?? null,
    receivedAt: r.receivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
    lines: lines
      .filter((l) => l.line.transferId === r.id)
      .map((l) => ({
        id: l.line.id,
        partNo: l.partNo,
        name: l.name,
        unit: l.unit,
        qty: fromMilli(l.line.qtyMilli),
        shipped: fromMilli(l.line.shippedMilli),
        received: fromMilli(l.line.receivedMilli),
        inTransit: fromMilli(inTransitMilli(l.line)),
        unitCostFen: l.line.unitCostFen,
        amountFen: Math.round((l.line.qtyMilli * l.line.unitCostFen) / 1000),
      })),
  }));
}

export function createTransferService(deps: { db: Db; now: () => Date; parts: () => PartsApi }) {
  const { db, now } = deps;
  const one = async (q: Q, row: repo.TransferRow) => (await presentTransfers(q, [row]))[0];

  /** The transfer if the actor sees its supplier or its receiver; `side` demands one of them. */
  async function inScope(q: Q, actor: Actor, id: string, side?: 'from' | 'to', lock = false) {
    const t = await repo.findTransfer(q, id, lock);
    if (!t) throw notFound('调拨单');
    const [from, to] = await Promise.all([findPoint(q, t.fromPointId), findPoint(q, t.toPointId)]);
    const seesFrom = !!from && canSeePointPath(actor, from.path);
    const seesTo = !!to && canSeePointPath(actor, to.path);
    if (!seesFrom && !seesTo) throw notFound('调拨单');
    if (side === 'from' && !seesFrom) throw new AppError('FORBIDDEN', '只有调出网点可以执行此操作');
    if (side === 'to' && !seesTo) throw new AppError('FORBIDDEN', '只有调入网点可以执行此操作');
    return { t, from: from!, to: to! };
  }
  const illegal = (t: repo.TransferRow, action: TransferAction) =>
    new AppError('ILLEGAL_TRANSITION', `调拨单 ${t.number} 状态为「${TRANSFER_STATUS_LABELS[t.status as TransferStatus] ?? t.status}」,不能${LABEL[action]}`);

  async function move(tx: Tx, actor: Actor, t: repo.TransferRow, action: TransferAction, patch: Partial<repo.TransferRow>, note: string, extra = '') {
    const next = transferTransition(t.status as TransferStatus, action);
    if (!next) throw illegal(t, action);
    const at = now();
    const row = await repo.updateTransfer(tx, t.id, t.version, { status: next, ...patch }, at);
    if (!row) throw staleVersion();
    await insertAudit(tx, actor, {
      servicePointId: t.toPointId,
      action: `stock-transfer.${action}`,
      entityType: 'stock_transfer',
      entityId: t.id,
      summary: `${t.number} ${LABEL[action]}${extra}${note ? `:${note}` : ''}`,
      before: { status: t.status },
      after: { status: row.status },
    });
    return row;
  }

  return {
    async list(actor: Actor, f: { servicePointId?: string; status?: TransferStatus; page: number; pageSize: number }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const ids = (await listPointsUnder(db, point.path)).map((p) => p.id);
      const { rows, total } = await repo.listTransfers(db, { pointIds: ids, status: f.status, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return { items: await presentTransfers(db, rows), total, page: f.page, pageSize: f.pageSize };
    },
    async get(actor: Actor, id: string) {
      return one(db, (await inScope(db, actor, id)).t);
    },
    /** A request by the receiving station or an offer by the supplying one; both stations must carry the parts. */
    async create(actor: Actor, input: TransferCreate) {
      return db.transaction(async (tx) => {
        const [from, to] = await Promise.all([findPoint(tx, input.fromPointId), findPoint(tx, input.toPointId)]);
        const origin = to && canSeePointPath(actor, to.path) ? 'request' : from && canSeePointPath(actor, from.path) ? 'offer' : null;
        if (!origin || !from || !to) throw notFound('服务网点');
        const fields: FieldError[] = [];
        if (from.id === to.id) fields.push({ path: 'fromPointId', message: '调出与调入网点不能相同' });
        else if (!(await stationsSeenBy(tx, to)).stations.some((s) => s.id === from.id))
          fields.push({ path: origin === 'request' ? 'fromPointId' : 'toPointId', message: '网络设置不允许这两个网点之间调拨(库存不可见)' });
        const nos = input.lines.map((l) => l.partNo);
        const fromParts = new Map((await repo.partsByNos(tx, from.id, nos)).map((p) => [p.partNo, p]));
        const toParts = new Map((await repo.partsByNos(tx, to.id, nos)).map((p) => [p.partNo, p]));
        const seen = new Set<string>();
        input.lines.forEach((l, i) => {
          const path = `lines.${i}.partNo`;
          if (seen.has(l.partNo)) fields.push({ path, message: '同一配件在调拨单中重复' });
          else if (!fromParts.has(l.partNo)) fields.push({ path, message: '调出网点没有该配件' });
          else if (!toParts.has(l.partNo)) fields.push({ path, message: '调入网点的配件目录中没有该配件' });
          seen.add(l.partNo);
        });
        if (fields.length) throw invalid(fields);
        const lines = input.lines.map((l, i) => ({
          fromPartId: fromParts.get(l.partNo)!.id,
          toPartId: toParts.get(l.partNo)!.id,
          qtyMilli: toMilli(l.qty),
          unitCostFen: fromParts.get(l.partNo)!.costPriceFen,
          sortOrder: i,
        }));
        const at = now();
        const t = await repo.insertTransfer(tx, {
          number: await nextDocumentNumber(tx, to, 'stockTransfer', at),
          fromPointId: from.id,
          toPointId: to.id,
          origin,
          totalFen: transferValueFen(lines),
          note: input.note,
          createdBy: actor.userId,
          createdByName: actor.displayName,
        });
        await repo.insertLines(
          tx,
          lines.map((l) => ({ ...l, transferId: t.id })),
        );
        await insertAudit(tx, actor, {
          servicePointId: to.id,
          action: 'stock-transfer.create',
          entityType: 'stock_transfer',
          entityId: t.id,
          summary: `${t.number} ${from.nameZh} → ${to.nameZh} ${lines.length} 行 ${yuan(t.totalFen)}(${origin === 'request' ? '调入方申请' : '调出方提供'})`,
          after: { ...t, lines },
        });
        return one(tx, t);
      });
    },
    /**
     * The supplying station decides: approve within the approver's stock authority (else on to 待我审批, the holder
     * whose limit covers it is told), reject, or either side cancels before shipping.
     */
    async act(actor: Actor, id: string, action: 'approve' | 'reject' | 'cancel', body: TransferActionBody) {
      return db.transaction(async (tx) => {
        const { t, from } = await inScope(tx, actor, id, action === 'cancel' ? undefined : 'from', true);
        if (t.version !== body.version) throw staleVersion();
        if (action === 'cancel') return one(tx, await move(tx, actor, t, 'cancel', { closedAt: now() }, body.note));
        if (action === 'reject')
          return one(tx, await move(tx, actor, t, 'reject', { approvedByName: actor.displayName, decisionNote: body.note, closedAt: now() }, body.note));
        const a = approveAction(isWithinAuthority(actor, 'stockFen', t.totalFen));
        if (a === 'approve') return one(tx, await move(tx, actor, t, 'approve', { approvedByName: actor.displayName, decisionNote: body.note }, body.note));
        const row = await move(tx, actor, t, 'escalate', { escalatedBy: actor.userId }, body.note, `,金额 ${yuan(t.totalFen)} 超出本人权限`);
        const approver = await findApprover(tx, { point: from, key: 'stockFen', amount: t.totalFen });
        if (approver)
          await notifyApprover(tx, {
            servicePointId: from.id,
            employeeId: approver.employeeId,
            title: `调拨单 ${t.number} 待审批`,
            body: `${yuan(t.totalFen)},${actor.displayName} 提交`,
            dedupeKey: `transfer-approval:${t.id}:${row.version}`,
          });
        return one(tx, row);
      });
    },
    /** 待我审批 (provider 'transfer'): an approver whose stock authority covers the value, not the one who escalated. */
    async decide(actor: Actor, id: string, input: ApprovalDecision) {
      return db.transaction(async (tx) => {
        const { t } = await inScope(tx, actor, id, 'from', true);
        if (t.version !== input.version) throw staleVersion();
        const refusal = refuseApproval(actor, { key: 'stockFen', amount: t.totalFen, requestedBy: t.escalatedBy });
        if (refusal) throw ruleBroken(refusalMessage(refusal, '调拨单', yuan, t.totalFen), [], refusal.code);
        const patch = { approvedByName: actor.displayName, decisionNote: input.note, ...(input.approve ? {} : { closedAt: now() }) };
        return one(tx, await move(tx, actor, t, input.approve ? 'decide_approve' : 'reject', patch, input.note));
      });
    },
    /** Ship (发货): each line's free stock leaves the supplier's shelves at its moving-average cost and is in transit. */
    async ship(actor: Actor, id: string, body: TransferActionBody) {
      return inStockTx(db, async (tx) => {
        const { t } = await inScope(tx, actor, id, 'from', true);
        if (t.version !== body.version) throw staleVersion();
        if (!transferTransition(t.status as TransferStatus, 'ship')) throw illegal(t, 'ship');
        const at = now();
        const lines = (await repo.linesOf(tx, [t.id])).map((l, i) => ({ ...l.line, i }));
        const costs = new Map<string, number>();
        // Part-id order: the lock order of every stock writer.
        for (const l of [...lines].sort((a, b) => (a.fromPartId < b.fromPartId ? -1 : a.fromPartId > b.fromPartId ? 1 : 0))) {
          const res = await deps
            .parts()
            .shipOutInTx(tx, actor, { partId: l.fromPartId, qtyMilli: l.qtyMilli, note: t.number, source: `调拨单 ${t.number}` }, at, `lines.${l.i}.qty`);
          costs.set(l.id, res.unitCostFen);
          await repo.setShipped(tx, l.id, l.qtyMilli, res.unitCostFen);
        }
        const totalFen = transferValueFen(lines.map((l) => ({ qtyMilli: l.qtyMilli, unitCostFen: costs.get(l.id)! })));
        return one(tx, await move(tx, actor, t, 'ship', { shippedAt: at, shippedByName: actor.displayName, totalFen }, body.note, `,在途 ${yuan(totalFen)}`));
      });
    },
    /**
     * Receive (收货) at the receiving station: partial quantities, never more than is in transit; each line is a stock
     * receipt through the parts feature at the transferred cost (moving average, oldest backorders first, 待料).
     */
    async receive(actor: Actor, id: string, input: TransferReceipt): Promise<TransferReceiptResult> {
      return inStockTx(db, async (tx) => {
        const { t } = await inScope(tx, actor, id, 'to', true);
        if (t.version !== input.version) throw staleVersion();
        if (!transferTransition(t.status as TransferStatus, 'receive')) throw illegal(t, 'receive');
        const lines = (await repo.linesOf(tx, [t.id])).map((l) => ({ ...l.line }));
        const byId = new Map(lines.map((l) => [l.id, l]));
        const running = new Map(lines.map((l) => [l.id, l.receivedMilli]));
        const fields: FieldError[] = [];
        input.lines.forEach((r, i) => {
          const line = byId.get(r.lineId);
          if (!line) return fields.push({ path: `lines.${i}.lineId`, message: '不是该调拨单的行' });
          const qtyMilli = toMilli(r.qty);
          const over = overTransferReceiptMilli({ shippedMilli: line.shippedMilli, receivedMilli: running.get(line.id)! }, qtyMilli);
          running.set(line.id, running.get(line.id)! + qtyMilli);
          if (over > 0)
            fields.push({
              path: `lines.${i}.qty`,
              message: `超出在途数量 ${fromMilli(over)}(发货 ${fromMilli(line.shippedMilli)},已收 ${fromMilli(line.receivedMilli)})`,
            });
        });
        if (fields.length) throw invalid(fields, '收货数量不能超过在途数量');
        const at = now();
        const fulfilled: TransferReceiptResult['fulfilled'] = [];
        const ordered = input.lines
          .map((r, i) => ({ r, i, line: byId.get(r.lineId)! }))
          .sort((a, b) => (a.line.toPartId < b.line.toPartId ? -1 : a.line.toPartId > b.line.toPartId ? 1 : a.i - b.i));
        for (const { r, i, line } of ordered) {
          const qtyMilli = toMilli(r.qty);
          const res = await deps.parts().receiveInTx(
            tx,
            actor,
            {
              partId: line.toPartId,
              locationId: r.locationId,
              qtyMilli,
              unitCostFen: line.unitCostFen,
              note: t.number,
              source: `调拨单 ${t.number}`,
              kind: 'transfer_in',
            },
            at,
            `lines.${i}.locationId`,
          );
          fulfilled.push(...res.fulfilled);
          await repo.addReceived(tx, line.id, qtyMilli);
        }
        const status = statusAfterTransferReceipt(lines.map((l) => ({ shippedMilli: l.shippedMilli, receivedMilli: running.get(l.id)! })));
        const row = await move(
          tx,
          actor,
          t,
          'receive',
          { ...(status === 'received' ? { status, receivedAt: at, closedAt: at } : {}) },
          '',
          ` ${input.lines.length} 行,${TRANSFER_STATUS_LABELS[status]}`,
        );
        return { transfer: await one(tx, row), fulfilled };
      });
    },
    pendingOf: (pointIds: string[]) => repo.pendingApproval(db, pointIds),
  };
}
export type TransferService = ReturnType<typeof createTransferService>;
