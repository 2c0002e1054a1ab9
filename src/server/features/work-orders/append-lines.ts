/**
 * Lines that join an order after the customer signed it: approved 增项 items (the customer approved them separately,
 * by link or at the counter). Runs in the caller's transaction on an order it locked; a new promised time may come
 * with them. The order's version moves, so a stale edit elsewhere is detected.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { Payer } from '../../../domain/work-orders/quote.js';
import { AppError, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import * as repo from './work-orders.repo.js';
import { SALE_GRADE } from './work-orders.service.js';
import { linesPatch } from './totals.js';

export interface AppendedLine {
  kind: 'labor' | 'parts';
  laborOperationId: string | null;
  partId: string | null;
  code: string;
  name: string;
  trade: string | null;
  hoursMilli: number | null;
  rateFen: number | null;
  qtyMilli: number | null;
  unitPriceFen: number | null;
}

/** Lines may join while the car is still being worked on; after QC the order would need rework first. */
const OPEN = ['draft', 'confirmed', 'in_progress', 'waiting_parts'];

export interface AppendInput {
  lines: AppendedLine[];
  /** Who pays the new lines (default the customer; approved 追加定损 lines are the insurer's). */
  payer?: Payer;
  promisedAt?: Date | null;
  summary: string;
}

/**
 * Append lines (customer-paid unless `payer` says otherwise) (and set the new promised time) on an order locked in `tx`; returns the updated row.
 * Other features call it through `WorkOrdersApi.appendLinesInTx`, which also runs the hooks (jobs, reservations).
 */
export async function appendLinesInTx(
  tx: Tx,
  actor: Pick<Actor, 'userId' | 'displayName'> | null,
  w: repo.WorkOrderRow,
  input: AppendInput,
  at: Date,
): Promise<repo.WorkOrderRow> {
  if (!OPEN.includes(w.status))
    throw new AppError(
      'ILLEGAL_TRANSITION',
      ['qc', 'ready'].includes(w.status) ? '车辆已完工待质检或待交车,不能再增加项目;如需增项请先返工' : '已结算、交车、关闭或取消的工单不能再增加项目',
    );
  const rows = input.lines.map((l) => ({ ...l, servicePointId: w.servicePointId, payer: input.payer ?? 'customer', discountPct: 0 }));
  await repo.appendLines(tx, w.id, rows);
  // The stored totals move with the lines, in the statement that moves the version.
  const patch = { ...linesPatch(w, { add: rows }), ...(input.promisedAt ? { promisedAt: input.promisedAt } : {}) };
  const row = await repo.updateWorkOrder(tx, w.id, w.version, patch, at);
  if (!row) throw staleVersion();
  await insertAudit(tx, actor, {
    servicePointId: w.servicePointId,
    action: 'work-order.extra-lines',
    entityType: 'work_order',
    entityId: w.id,
    summary: `${w.number} ${input.summary}`.trim(),
    before: { promisedAt: w.promisedAt },
    after: { lines: input.lines.map((l) => `${l.code} ${l.name}`), promisedAt: row.promisedAt },
  });
  return row;
}

/**
 * A line priced from the catalogs as the order's own lines are (labor hours by the car's model family, the sale rate
 * of the trade, parts at retail), with optional overrides; a Chinese message when the catalog entry cannot be used.
 */
export async function catalogLineOf(
  q: Db | Tx,
  w: Pick<repo.WorkOrderRow, 'servicePointId' | 'vehicleId'>,
  l: { kind: 'labor'; laborOperationId: string; hours?: number; rateFen?: number } | { kind: 'parts'; partId: string; qty: number; unitPriceFen?: number },
): Promise<AppendedLine | string> {
  if (l.kind === 'labor') {
    const op = await repo.findLaborOperation(q, l.laborOperationId);
    if (!op || op.servicePointId !== w.servicePointId) return '工时项目不存在';
    const rate = (await repo.saleRatesOf(q, w.servicePointId, SALE_GRADE)).find((r) => r.trade === op.trade);
    if (!rate && l.rateFen === undefined) return `未设置「${op.trade}」工种的工时单价`;
    const v = await repo.findVehicle(q, w.vehicleId);
    const hoursMilli = l.hours !== undefined ? Math.round(l.hours * 1000) : (op.hoursByFamilyMilli[v?.modelFamily ?? ''] ?? op.defaultHoursMilli);
    const base = { laborOperationId: op.id, partId: null, code: op.code, name: op.name, trade: op.trade, qtyMilli: null, unitPriceFen: null };
    return { kind: 'labor', ...base, hoursMilli, rateFen: l.rateFen ?? rate!.rateFen };
  }
  const p = await repo.findPart(q, l.partId);
  if (!p || p.servicePointId !== w.servicePointId) return '配件不存在';
  const base = { laborOperationId: null, partId: p.id, code: p.partNo, name: p.name, trade: null, hoursMilli: null, rateFen: null };
  return { kind: 'parts', ...base, qtyMilli: Math.round(l.qty * 1000), unitPriceFen: l.unitPriceFen ?? p.retailPriceFen };
}
