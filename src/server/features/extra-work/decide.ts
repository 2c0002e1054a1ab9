/**
 * The customer's per-item answer (through the link or at the counter), in the caller's transaction on a locked
 * request: approved items join the order as lines with the proposed promised time; refused ones stay on the car
 * as 拒修项目. The request's status comes from the one transition table.
 */
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { type ItemDecision, nextExtraWorkStatus } from '../../../domain/extra-work/status.js';
import { AppError, type FieldError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { notify } from '../notifications/index.js';
import { getWorkOrderRow, type WorkOrdersApi } from '../work-orders/index.js';
import * as repo from './extra-work.repo.js';
import { amountOf, effectiveStatus } from './extra-work.present.js';

export interface DecisionInput {
  decisions: { itemId: string; decision: ItemDecision }[];
  via: 'link' | 'counter';
  counter?: { confirmedByName: string; method: string; signature?: string; witnessEmployeeId: string | null; witnessName: string };
}

export async function decideInTx(
  tx: Tx,
  workOrders: Pick<WorkOrdersApi, 'appendLinesInTx'>,
  actor: Actor | null,
  r: repo.RequestRow,
  input: DecisionInput,
  at: Date,
) {
  const items = await repo.itemsOf(tx, [r.id]);
  const fields: FieldError[] = [];
  const byId = new Map(input.decisions.map((d) => [d.itemId, d.decision]));
  if (byId.size !== input.decisions.length) fields.push({ path: 'decisions', message: '同一项只能选择一次' });
  for (const d of input.decisions) if (!items.some((i) => i.id === d.itemId)) fields.push({ path: 'decisions', message: '项目不属于本次增项' });
  items.forEach((i) => {
    if (!byId.has(i.id)) fields.push({ path: 'decisions', message: `请对「${i.name}」选择同意或拒绝` });
  });
  if (fields.length) throw new AppError('VALIDATION', '请对每一项选择同意或拒绝', fields);
  const next = nextExtraWorkStatus(effectiveStatus(r, at), 'decide', [...byId.values()]);
  if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message, [], 'EXTRA_WORK_DECIDED');
  const approved = items.filter((i) => byId.get(i.id) === 'approved');
  for (const i of items) await repo.setDecision(tx, i.id, byId.get(i.id)!);
  const c = input.counter;
  const row = await repo.updateRequest(
    tx,
    r.id,
    r.version,
    {
      status: next.to,
      decidedAt: at,
      decidedVia: input.via,
      confirmedByName: c?.confirmedByName ?? null,
      confirmMethod: c?.method ?? (input.via === 'link' ? '客户链接确认' : null),
      witnessEmployeeId: c?.witnessEmployeeId ?? null,
      witnessName: c?.witnessName ?? null,
      signature: c?.signature ?? null,
    },
    at,
  );
  if (!row) throw staleVersion();
  const order = await getWorkOrderRow(tx, r.workOrderId, { lock: true });
  if (!order) throw notFound('工单');
  if (approved.length) {
    const lines = approved.map(({ kind, laborOperationId, partId, code, name, trade, hoursMilli, rateFen, qtyMilli, unitPriceFen }) => ({
      kind: kind as 'labor' | 'parts',
      ...{ laborOperationId, partId, code, name, trade, hoursMilli, rateFen, qtyMilli, unitPriceFen },
    }));
    await workOrders.appendLinesInTx(
      tx,
      actor,
      order,
      { lines, promisedAt: r.proposedPromisedAt, summary: `增项 ${r.number} 客户同意 ${approved.length} 项` },
      at,
    );
  }
  const approvedFen = approved.reduce((s, i) => s + amountOf(i), 0);
  await insertAudit(tx, actor, {
    servicePointId: r.servicePointId,
    action: `extra-work.decide-${input.via}`,
    entityType: 'extra_work',
    entityId: r.id,
    summary: `${r.number} ${order.number} 同意 ${approved.length} 项 ¥${(approvedFen / 100).toFixed(2)},拒绝 ${items.length - approved.length} 项${c ? `(${c.method},${c.confirmedByName})` : '(客户链接)'}`,
    before: { status: r.status },
    after: { status: row.status, decisions: Object.fromEntries(byId) },
  });
  if (order.advisorEmployeeId && input.via === 'link')
    await notify(tx, {
      servicePointId: r.servicePointId,
      recipientEmployeeId: order.advisorEmployeeId,
      title: `客户已确认增项 ${r.number}:同意 ${approved.length} 项,拒绝 ${items.length - approved.length} 项`,
      link: `/work-orders/${order.id}`,
      dedupeKey: `extra-work-decided:${r.id}`,
    });
  return row;
}
