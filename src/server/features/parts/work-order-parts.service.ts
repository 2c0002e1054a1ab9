import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { fromMilli, lineStatus, shortOf, toMilli } from '../../../domain/parts/stock.js';
import { WORK_ORDER_STATUS_LABELS } from '../../../domain/work-orders/labels.js';
import type { WorkOrderStatus } from '../../../domain/work-orders/status.js';
import type { Backorder, PartsReturn, PickingList, PickRequest } from '../../../contracts/parts.js';
import { AppError, invalid, ruleBroken, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { listPointsUnder } from '../service-points/index.js';
import { workOrderInScope, type LineRow, type WorkOrderHook, type WorkOrderRow } from '../work-orders/index.js';
import { fulfilBackorders, inStockTx, insufficient, issueFrom, mapStockError, releaseFrom, reserveFrom } from './reservations.js';
import * as repo from './stock.repo.js';

type Q = Db | Tx;
/** Parts are issued and returned until the order is settled (the bill is what was issued less what came back). */
const PICKABLE: WorkOrderStatus[] = ['confirmed', 'in_progress', 'waiting_parts', 'qc', 'ready'];
const RETURNABLE = PICKABLE;
const statusRefused = (w: WorkOrderRow, what: string) =>
  new AppError('ILLEGAL_TRANSITION', `工单状态为「${WORK_ORDER_STATUS_LABELS[w.status as WorkOrderStatus]?.zh ?? w.status}」,不能${what}`);
const uniq = (xs: string[]) => [...new Set(xs)].sort();

/** The parts side of work orders: reservation on confirmation, picking list, issue (领料), return of unused parts, backorders. */
export function createWorkOrderPartsService(deps: { db: Db; now: () => Date; syncWaiting: (tx: Tx, actor: Actor, workOrderIds: string[]) => Promise<void> }) {
  const { db, now } = deps;
  const audit = (tx: Tx, actor: Actor | null, w: WorkOrderRow, action: string, summary: string, after?: unknown) =>
    insertAudit(tx, actor, {
      servicePointId: w.servicePointId,
      action: `parts.${action}`,
      entityType: 'work_order',
      entityId: w.id,
      summary: `${w.number} ${summary}`,
      after,
    });

  const orderInScope = (q: Q, actor: Actor, id: string, lock = false) => workOrderInScope(q, actor, id, { lock });

  /**
   * On confirmation, and when lines join a signed order (approved 增项): one parts row per parts line that has none
   * yet, reserving free stock; what is missing is a backorder (待料).
   */
  async function reserveOrder(tx: Tx, w: WorkOrderRow, actor: Actor | null, given?: LineRow[]) {
    // The lines the confirmation read already (sorted), else this order's parts lines; without parts lines nothing is read.
    const partLines = (given ? given.filter((l) => l.kind === 'parts') : await repo.orderLines(tx, w.id)).filter((l) => l.partId && (l.qtyMilli ?? 0) > 0);
    if (!partLines.length) return;
    const known = new Set((await repo.wopOfOrder(tx, w.id)).map((r) => r.workOrderLineId));
    const lines = partLines.filter((l) => !known.has(l.id));
    if (!lines.length) return;
    const at = now();
    const stock = await repo.lockStock(tx, uniq(lines.map((l) => l.partId!)));
    const rows = [];
    for (const l of lines) {
      const requestedMilli = l.qtyMilli!;
      const reservedMilli = await reserveFrom(
        tx,
        stock.filter((s) => s.partId === l.partId),
        requestedMilli,
        at,
      );
      rows.push({
        workOrderLineId: l.id,
        workOrderId: w.id,
        servicePointId: w.servicePointId,
        partId: l.partId!,
        requestedMilli,
        reservedMilli,
        status: reservedMilli === requestedMilli ? 'reserved' : 'short',
      });
    }
    await repo.insertWop(tx, rows);
    const short = rows.filter((r) => r.status === 'short');
    await audit(tx, actor, w, 'reserve', `预留配件 ${rows.length} 行${short.length ? `,缺件 ${short.length} 行(待料)` : ''}`, rows);
  }

  /** On cancellation: reservations go back to free stock; open backorders are dropped. */
  async function releaseOrder(tx: Tx, w: WorkOrderRow, actor: Actor, cancel: boolean) {
    const open = (await repo.wopOfOrder(tx, w.id)).filter((r) => r.status !== 'released');
    if (cancel && open.some((r) => r.issuedMilli > r.returnedMilli)) {
      throw ruleBroken('该工单已领用配件,请先办理退料再取消工单', [{ path: 'parts', message: '有已领未退的配件' }], 'PARTS_ISSUED');
    }
    if (!open.some((r) => r.reservedMilli > 0 || r.status === 'short')) return;
    const at = now();
    const stock = await repo.lockStock(tx, uniq(open.map((r) => r.partId)));
    const released = [];
    for (const r of await repo.wopOfOrder(tx, w.id, true)) {
      if (r.status === 'released' || (r.reservedMilli === 0 && r.status !== 'short')) continue;
      await releaseFrom(
        tx,
        stock.filter((s) => s.partId === r.partId),
        r.reservedMilli,
        at,
      );
      await repo.updateWop(tx, r.workOrderLineId, { reservedMilli: 0, status: r.issuedMilli >= r.requestedMilli ? 'issued' : 'released' });
      released.push({ workOrderLineId: r.workOrderLineId, qty: fromMilli(r.reservedMilli) });
    }
    await audit(tx, actor, w, 'release', `释放配件预留 ${released.length} 行`, released);
    // What this order gave back goes to the orders waiting for the same parts.
    const filled = [];
    for (const part of await repo.partsByIds(tx, uniq(open.map((r) => r.partId))))
      filled.push(
        ...(await fulfilBackorders(
          tx,
          actor,
          part,
          stock.filter((s) => s.partId === part.id),
          at,
        )),
      );
    await deps.syncWaiting(
      tx,
      actor,
      filled.map((f) => f.workOrderId),
    );
  }

  async function pickingList(q: Q, w: WorkOrderRow): Promise<PickingList> {
    const rows = await repo.pickingRows(q, w.id);
    const stock = await repo.stockOfParts(q, uniq(rows.map((r) => r.wop.partId)));
    return {
      workOrderId: w.id,
      workOrderNumber: w.number,
      workOrderStatus: w.status,
      plate: await repo.plateOf(q, w.vehicleId),
      lines: rows.map(({ wop, partNo, name, unit }) => ({
        workOrderLineId: wop.workOrderLineId,
        partId: wop.partId,
        partNo,
        name,
        unit,
        requested: fromMilli(wop.requestedMilli),
        toPick: fromMilli(wop.reservedMilli),
        issued: fromMilli(wop.issuedMilli),
        returned: fromMilli(wop.returnedMilli),
        short: wop.status === 'released' ? 0 : fromMilli(shortOf(wop)),
        status: wop.status as PickingList['lines'][number]['status'],
        isFilledAtPick: wop.isFilledAtPick,
        releaseReason: wop.releaseReason,
        locationCodes: stock
          .filter((s) => s.item.partId === wop.partId && s.item.onHandMilli > 0)
          .sort((a, b) => b.item.reservedMilli - a.item.reservedMilli)
          .map((s) => s.code),
      })),
    };
  }

  return {
    /** The work-order hook: reserve on confirm, release on cancel (delivery finds every part issued: the parts gate). */
    hook: (async (tx, order, action, actor, facts) => {
      try {
        if (action === 'confirm' || action === 'lines_added') await reserveOrder(tx, order, actor, facts?.lines);
        if (action === 'cancel' && actor) await releaseOrder(tx, order, actor, true);
      } catch (e) {
        throw mapStockError(e);
      }
    }) satisfies WorkOrderHook,
    async pickingList(actor: Actor, workOrderId: string) {
      return pickingList(db, await orderInScope(db, actor, workOrderId));
    },
    /** Issue (领料) reserved quantities: stock leaves at the current cost; the first pick of a line records whether it was filled. */
    async pick(actor: Actor, workOrderId: string, input: PickRequest) {
      return inStockTx(db, async (tx) => {
        const w = await orderInScope(tx, actor, workOrderId, true);
        if (!PICKABLE.includes(w.status as WorkOrderStatus)) throw statusRefused(w, '领料');
        const known = await repo.wopOfOrder(tx, w.id);
        const fields: FieldError[] = [];
        (input.lines ?? []).forEach((l, i, all) => {
          if (!known.some((k) => k.workOrderLineId === l.workOrderLineId)) fields.push({ path: `lines.${i}.workOrderLineId`, message: '不是该工单的配件行' });
          else if (all.findIndex((x) => x.workOrderLineId === l.workOrderLineId) < i)
            fields.push({ path: `lines.${i}.workOrderLineId`, message: '同一行重复' });
        });
        if (fields.length) throw invalid(fields);
        const at = now();
        const stock = await repo.lockStock(tx, uniq(known.map((k) => k.partId)));
        const lines = await repo.wopOfOrder(tx, w.id, true);
        const wanted = input.lines
          ? input.lines.map((l) => ({ line: lines.find((x) => x.workOrderLineId === l.workOrderLineId)!, qtyMilli: toMilli(l.qty) }))
          : lines.filter((l) => l.reservedMilli > 0).map((line) => ({ line, qtyMilli: line.reservedMilli }));
        const over = wanted.flatMap((x, i) =>
          x.qtyMilli > x.line.reservedMilli ? [{ path: `lines.${i}.qty`, message: `已预留可领 ${fromMilli(x.line.reservedMilli)}` }] : [],
        );
        if (over.length) throw insufficient(over);
        if (!wanted.length) throw new AppError('CONFLICT', '没有可领用的已预留配件(缺件须等到货)', [], 'NOTHING_TO_PICK');
        const parts = new Map((await repo.partsByIds(tx, uniq(wanted.map((x) => x.line.partId)))).map((p) => [p.id, p]));
        for (const { line, qtyMilli } of wanted) {
          const part = parts.get(line.partId)!;
          for (const t of await issueFrom(
            tx,
            stock.filter((s) => s.partId === line.partId),
            qtyMilli,
            at,
          )) {
            await repo.insertMovement(tx, {
              servicePointId: w.servicePointId,
              partId: part.id,
              locationId: t.locationId,
              kind: 'issue',
              qtyMilli: -t.qtyMilli,
              unitCostFen: part.costPriceFen,
              workOrderId: w.id,
              workOrderLineId: line.workOrderLineId,
              actorName: actor.displayName,
              at,
            });
          }
          const next = { ...line, reservedMilli: line.reservedMilli - qtyMilli, issuedMilli: line.issuedMilli + qtyMilli };
          await repo.updateWop(tx, line.workOrderLineId, {
            reservedMilli: next.reservedMilli,
            issuedMilli: next.issuedMilli,
            isFilledAtPick: line.isFilledAtPick ?? shortOf(line) === 0,
            status: lineStatus(next),
          });
        }
        await audit(
          tx,
          actor,
          w,
          'pick',
          `领料 ${wanted.map((x) => `${parts.get(x.line.partId)!.partNo} ×${fromMilli(x.qtyMilli)}`).join('、')}`,
          wanted.map((x) => ({ workOrderLineId: x.line.workOrderLineId, qty: fromMilli(x.qtyMilli) })),
        );
        return pickingList(tx, w);
      });
    },
    /** Unused parts back to a location (退料), at most what was issued and not yet returned. */
    async returnUnused(actor: Actor, workOrderId: string, input: PartsReturn) {
      return inStockTx(db, async (tx) => {
        const w = await orderInScope(tx, actor, workOrderId, true);
        if (!RETURNABLE.includes(w.status as WorkOrderStatus)) throw statusRefused(w, '退料');
        const line = (await repo.wopOfOrder(tx, w.id)).find((l) => l.workOrderLineId === input.workOrderLineId);
        if (!line) throw invalid([{ path: 'workOrderLineId', message: '不是该工单的配件行' }]);
        const location = await repo.findLocation(tx, input.locationId);
        if (!location || location.servicePointId !== w.servicePointId) throw invalid([{ path: 'locationId', message: '库位不存在或不属于该网点' }]);
        const part = (await repo.findPart(tx, line.partId, true))!;
        await repo.ensureStockItem(tx, { servicePointId: w.servicePointId, partId: part.id, locationId: location.id });
        const stock = await repo.lockStock(tx, [part.id]);
        const locked = (await repo.wopOfOrder(tx, w.id, true)).find((l) => l.workOrderLineId === line.workOrderLineId)!;
        const qtyMilli = toMilli(input.qty);
        const open = locked.issuedMilli - locked.returnedMilli;
        if (qtyMilli > open)
          throw new AppError(
            'CONFLICT',
            `退料数量超过已领未退的 ${fromMilli(open)}`,
            [{ path: 'qty', message: `最多可退 ${fromMilli(open)}` }],
            'RETURN_EXCEEDS_ISSUED',
          );
        const at = now();
        const row = stock.find((s) => s.locationId === location.id)!;
        await repo.changeStock(tx, row.id, qtyMilli, 0, at);
        row.onHandMilli += qtyMilli;
        await repo.insertMovement(tx, {
          servicePointId: w.servicePointId,
          partId: part.id,
          locationId: location.id,
          kind: 'return',
          qtyMilli,
          unitCostFen: part.costPriceFen,
          workOrderId: w.id,
          workOrderLineId: line.workOrderLineId,
          actorName: actor.displayName,
          at,
        });
        await repo.updateWop(tx, line.workOrderLineId, { returnedMilli: locked.returnedMilli + qtyMilli });
        await audit(tx, actor, w, 'return', `退料 ${part.partNo} ×${input.qty} 至 ${location.code}`, input);
        const filled = await fulfilBackorders(tx, actor, part, stock, at);
        await deps.syncWaiting(
          tx,
          actor,
          filled.map((f) => f.workOrderId),
        );
        return pickingList(tx, w);
      });
    },
    /** Short lines (待料) across the work orders of the point (or every visible point), oldest first. */
    async backorders(actor: Actor, servicePointId?: string): Promise<Backorder[]> {
      const pointIds = servicePointId ? [(await visiblePoint(db, actor, servicePointId)).id] : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      return (await repo.listBackorders(db, pointIds)).map((r) => ({
        workOrderId: r.wop.workOrderId,
        workOrderNumber: r.number,
        workOrderStatus: r.status,
        plate: r.plate,
        confirmedAt: r.confirmedAt?.toISOString() ?? null,
        workOrderLineId: r.wop.workOrderLineId,
        partId: r.wop.partId,
        partNo: r.partNo,
        name: r.name,
        requested: fromMilli(r.wop.requestedMilli),
        reserved: fromMilli(r.wop.reservedMilli),
        issued: fromMilli(r.wop.issuedMilli),
        short: fromMilli(shortOf(r.wop)),
      }));
    },
  };
}
export type WorkOrderPartsService = ReturnType<typeof createWorkOrderPartsService>;
