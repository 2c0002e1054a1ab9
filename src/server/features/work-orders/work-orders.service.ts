import type { LoanerUseSection } from './print.js';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { applyWorkOrderAction, defaultPayer, type WorkOrderAction, type WorkOrderStatus, type WorkOrderType } from '../../../domain/work-orders/status.js';
import type { QuoteLine } from '../../../domain/work-orders/quote.js';
import { mergeSameParts } from '../../../domain/work-orders/merge-lines.js';
import { appendLinesInTx as appendLines, type AppendInput } from './append-lines.js';
import type { WorkOrderCreate } from '../../../contracts/work-orders.js';
import { AppError, notFound, ruleBroken, staleVersion, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { checkPointVisible, listPointsUnder, visiblePoint } from '../service-points/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import * as repo from './work-orders.repo.js';
import type { HookFacts, LateStep, LineGuard, WorkOrderEvent, WorkOrderHook } from './hooks.js';
import { findOrderWithPoint, findVehicleWithPoint, laborOperationsWithRates, signDraft } from './context.repo.js';
import type { GuaranteeSettings } from '../../../domain/work-orders/guarantee.js';
import { presentLines, presentWorkOrderItems, presentWorkOrders } from './work-orders.present.js';
import { linesPatch } from './totals.js';
import { findComeback } from './guarantee.js';
import { suggestPromise } from './promise.js';
import { applyPackages, type PackageLookup } from './package-lines.js';
import { localDate } from '../../../domain/time/index.js';

type Q = Db | Tx;
const _iso = (d: Date | null) => d?.toISOString() ?? null;
/** The sale rate of a trade: the 'mid' grade rate (what the customer pays does not depend on who does the job). */
export const SALE_GRADE = 'mid';

export type { HookFacts, LateStep, LineGuard, WorkOrderEvent, WorkOrderHook } from './hooks.js';

/** Work orders (任务委托书): reception, lines from the catalogs, quote, signature, and the status machine. */
export function createWorkOrderService(deps: {
  db: Db;
  now: () => Date;
  hooks?: WorkOrderHook[];
  packages?: PackageLookup;
  lineGuard?: LineGuard;
  /** The loaner rows of the printed 任务委托书 (the loaners feature; 三包 art. 17). */
  loanerUse?: LoanerUseSection;
}) {
  const { db, now } = deps;
  const hooks = deps.hooks ?? [];

  const present = presentWorkOrders;
  const pointFacts = (point: { id: string; timeZone: string }, guarantee: GuaranteeSettings) => new Map([[point.id, { timeZone: point.timeZone, guarantee }]]);
  /** The order if the actor may see it (404 otherwise), with its point, the point's facts for present(), the car's family. */
  async function inScopeWithPoint(q: Q, actor: Actor, id: string, lock = false) {
    const r = await findOrderWithPoint(q, id, lock);
    if (!r) throw notFound('工单');
    const point = checkPointVisible(actor, r.point);
    return { w: r.order, point, modelFamily: r.modelFamily, points: pointFacts(point, r.guarantee) };
  }
  const inScope = async (q: Q, actor: Actor, id: string, lock = false) => (await inScopeWithPoint(q, actor, id, lock)).w;
  const audit = (tx: Tx, actor: Actor, w: repo.WorkOrderRow, action: string, before: unknown, after: unknown, summary = '') =>
    insertAudit(tx, actor, {
      servicePointId: w.servicePointId,
      action: `work-order.${action}`,
      entityType: 'work_order',
      entityId: w.id,
      summary: `${w.number} ${summary}`.trim(),
      before,
      after,
    });

  /**
   * Apply a status action to a work order already locked in `tx` (other features call this from their own
   * transaction: workshop start/finish, QC, settlement). Runs the hooks; returns the updated row.
   */
  async function actInTx(tx: Tx, actor: Actor, w: repo.WorkOrderRow, action: WorkOrderAction, reason: string, known: Pick<HookFacts, 'point'> = {}) {
    return (await actWithFacts(tx, actor, w, action, reason, known)).row;
  }
  async function actWithFacts(tx: Tx, actor: Actor, w: repo.WorkOrderRow, action: WorkOrderAction, reason: string, known: Pick<HookFacts, 'point'>) {
    if (action === 'deliver' && w.advisorEmployeeId && actor.employeeId !== w.advisorEmployeeId && !reason) {
      // 接车和交车要由同一个服务顾问执行 (seed 002): another advisor must say why.
      throw new AppError(
        'BUSINESS_RULE',
        '交车应由接车的服务顾问进行;由他人交车请填写原因',
        [{ path: 'reason', message: '请填写由他人交车的原因' }],
        'DELIVERY_BY_OTHER',
      );
    }
    let lines: repo.LineRow[] | undefined;
    if (action === 'confirm') {
      lines = await repo.linesOf(tx, [w.id]);
      const fields: FieldError[] = [];
      if (!lines.length) fields.push({ path: 'lines', message: '请先添加维修项目' });
      if (!w.customerSignature) fields.push({ path: 'signature', message: '请客户签字确认' });
      if (fields.length) throw new AppError('BUSINESS_RULE', fields.map((f) => f.message).join(';'), fields, 'WORK_ORDER_NOT_READY');
    }
    const r = applyWorkOrderAction({ type: w.type as WorkOrderType, status: w.status as WorkOrderStatus, reworkCount: w.reworkCount }, action, { reason });
    if (!r.ok) throw new AppError('ILLEGAL_TRANSITION', r.message);
    const at = now();
    const patch: Partial<repo.WorkOrderRow> = { status: r.status, reworkCount: r.reworkCount };
    if (action === 'confirm') patch.confirmedAt = at;
    if (action === 'qc_pass') patch.completedAt = at;
    if (action === 'deliver') patch.deliveredAt = at;
    if (action === 'cancel') patch.cancelReason = r.cancelReason ?? reason;
    const row = await repo.updateWorkOrder(tx, w.id, w.version, patch, at);
    if (!row) throw staleVersion();
    const facts: HookFacts = { lines, point: known.point };
    const late = await runHooks(tx, row, action, actor, facts);
    let result: repo.WorkOrderRow;
    if (action === 'confirm' && !row.promisedAt) {
      // Promise a completion time from the board's load and parts availability (after the hooks reserved parts). The
      // row is this transaction's (locked): the update returns it as the hooks left it, no re-read needed.
      const p = await suggestPromise(tx, row, at, facts);
      result = await repo.setPromisedAt(tx, row.id, new Date(p.suggestedAt), at);
    } else {
      // A hook may move the order on (the parts gate sets 待料 when a started order misses parts): read it again.
      result = (await repo.findWorkOrder(tx, row.id, false)) ?? row;
    }
    await audit(
      tx,
      actor,
      result,
      action,
      { status: w.status },
      { status: result.status, reworkCount: result.reworkCount, promisedAt: result.promisedAt },
      reason,
    );
    for (const step of late) await step();
    return { row: result, lines };
  }

  /** The hooks in their order; the late steps they leave, for the end of the action. */
  async function runHooks(tx: Tx, row: repo.WorkOrderRow, event: WorkOrderEvent, actor: Actor | null, facts?: HookFacts) {
    const late: LateStep[] = [];
    for (const hook of hooks) {
      const step = await hook(tx, row, event, actor, facts);
      if (step) late.push(step);
    }
    return late;
  }

  /** Booking → reception: the appointment is this car's, booked or arrived, and has no work order yet. */
  async function checkAppointment(tx: Tx, id: string, v: { id: string; servicePointId: string }) {
    const a = await repo.findAppointmentForReception(tx, id);
    const refuse = (message: string, code?: string) => new AppError(code ? 'BUSINESS_RULE' : 'VALIDATION', message, [{ path: 'appointmentId', message }], code);
    if (!a || a.servicePointId !== v.servicePointId) throw refuse('预约不存在');
    if (a.vehicleId !== v.id) throw refuse('预约的车辆与所选车辆不一致');
    if (a.status !== 'booked' && a.status !== 'arrived') throw refuse('预约已取消或已标记为未到店,不能据此开单', 'APPOINTMENT_CLOSED');
    const taken = await repo.orderOfAppointment(tx, id);
    if (taken) throw new AppError('CONFLICT', `该预约已开单 ${taken.number}`, [{ path: 'appointmentId', message: `已开单 ${taken.number}` }]);
  }

  return {
    present,
    async list(actor: Actor, f: { servicePointId?: string; status?: string; q?: string; vehicleId?: string; page: number; pageSize: number }) {
      const pointIds = f.servicePointId
        ? [(await visiblePoint(db, actor, f.servicePointId)).id]
        : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const { rows, total } = await repo.listWorkOrders(db, {
        pointIds,
        statuses: f.status?.split(',').filter(Boolean),
        q: f.q,
        vehicleId: f.vehicleId,
        limit: f.pageSize,
        offset: (f.page - 1) * f.pageSize,
      });
      return { items: await presentWorkOrderItems(db, rows), total, page: f.page, pageSize: f.pageSize };
    },
    async get(actor: Actor, id: string) {
      const { w, points } = await inScopeWithPoint(db, actor, id);
      return (await present(db, [w], { points }))[0];
    },
    /** Reception: the car comes in; the mileage must not be below what we know; a booked appointment becomes an arrival. */
    async create(actor: Actor, input: WorkOrderCreate) {
      return db.transaction(async (tx) => {
        const found = await findVehicleWithPoint(tx, input.vehicleId);
        if (!found) throw notFound('车辆');
        const { vehicle: v, guarantee } = found;
        const point = checkPointVisible(actor, found.point);
        if (input.mileageIn < v.mileageKm)
          throw new AppError(
            'BUSINESS_RULE',
            `进厂里程不能小于上次记录的 ${v.mileageKm} km`,
            [{ path: 'mileageIn', message: `不能小于 ${v.mileageKm} km` }],
            'MILEAGE_DECREASE',
          );
        const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now();
        if (input.appointmentId) await checkAppointment(tx, input.appointmentId, v);
        const comeback = await findComeback(tx, v.id, { category: input.repairCategory, openedAt: receivedAt, mileage: input.mileageIn }, guarantee, [point]);
        // The car's mileage first: the document-number counter row is shared by every reception of the point, so it is
        // taken as late as possible (its lock is held until the commit).
        await repo.setVehicleMileage(tx, v.id, input.mileageIn, now());
        const row = await repo.insertWorkOrder(tx, {
          servicePointId: point.id,
          number: await nextDocumentNumber(tx, point, 'workOrder', receivedAt),
          type: input.type,
          customerId: v.customerId,
          vehicleId: v.id,
          appointmentId: input.appointmentId,
          advisorEmployeeId: input.advisorEmployeeId ?? actor.employeeId,
          receivedAt,
          mileageIn: input.mileageIn,
          fuelLevelPct: input.fuelLevelPct,
          preCheck: input.preCheck,
          concerns: input.concerns,
          repairCategory: input.repairCategory,
          comebackOfId: comeback?.id ?? null,
        });
        if (input.appointmentId) await repo.markAppointmentArrived(tx, input.appointmentId, receivedAt);
        // A new order has no lines; its point and guarantee terms were read above.
        const [out] = await present(tx, [row], { lines: [], points: pointFacts(point, guarantee) });
        await audit(tx, actor, row, 'create', null, out, `${v.plate} 进厂`);
        return out;
      });
    },
    async update(
      actor: Actor,
      id: string,
      input: {
        version: number;
        diagnosis?: string;
        promisedAt?: string | null;
        repairCategory?: string;
        towingFen?: number;
        hasLoanerCar?: boolean;
        transportAllowanceFen?: number;
        oldPartsDisposition?: string;
        preCheck?: repo.WorkOrderRow['preCheck'];
        concerns?: string;
      },
    ) {
      return db.transaction(async (tx) => {
        const { w: before, points } = await inScopeWithPoint(tx, actor, id, true);
        if (['delivered', 'settled', 'closed', 'cancelled'].includes(before.status))
          throw new AppError('ILLEGAL_TRANSITION', '已交车、结算、关闭或取消的工单不能修改(维修记录须保存原样)');
        const { version, promisedAt, ...patch } = input;
        const row = await repo.updateWorkOrder(
          tx,
          id,
          version,
          { ...patch, ...(promisedAt !== undefined ? { promisedAt: promisedAt ? new Date(promisedAt) : null } : {}) },
          now(),
        );
        if (!row) throw staleVersion();
        const [out] = await present(tx, [row], { points });
        await audit(tx, actor, row, 'update', before, out);
        return out;
      });
    },
    /** Replace the lines (draft only): labor hours by the car's model family, rate by trade, parts at retail price. */
    async putLines(
      actor: Actor,
      id: string,
      input: {
        version: number;
        lines: {
          kind: 'labor' | 'parts';
          laborOperationId?: string;
          partId?: string;
          hours?: number;
          qty?: number;
          payer?: QuoteLine['payer'];
          discountPct: number;
          packageId?: string;
        }[];
      },
    ) {
      return db.transaction(async (tx) => {
        const { w, point, modelFamily, points } = await inScopeWithPoint(tx, actor, id, true);
        if (w.version !== input.version) throw staleVersion();
        if (w.status !== 'draft') throw new AppError('ILLEGAL_TRANSITION', '客户签字确认后不能再修改维修项目;如需增项请另开增项单');
        const v = { modelFamily };
        const merged = mergeSameParts(input.lines.map((x, at) => ({ ...x, at })));
        // The catalog entries of all lines in one statement each (not one per line); labor with its trade's sale rate.
        const ops = await laborOperationsWithRates(
          tx,
          merged.flatMap((l) => (l.kind === 'labor' && l.laborOperationId ? [l.laborOperationId] : [])),
          w.servicePointId,
          SALE_GRADE,
        );
        const catalogParts = await repo.partsByIds(
          tx,
          merged.flatMap((l) => (l.kind === 'parts' && l.partId ? [l.partId] : [])),
        );
        const fields: FieldError[] = [];
        const rows = [];
        // The same part added twice raises the quantity of its line.
        for (const [i, l] of merged.entries()) {
          // A comeback within the guarantee is a free re-repair (返修): the station pays by default.
          const payer = l.payer ?? (w.comebackOfId ? 'internal' : defaultPayer(w.type as WorkOrderType));
          const base = {
            workOrderId: w.id,
            servicePointId: w.servicePointId,
            payer,
            discountPct: Math.round(l.discountPct * 100),
            sortOrder: i,
            packageId: l.packageId ?? null,
            inputIndex: i,
            inputAt: l.at,
          };
          if (l.kind === 'labor') {
            const op = l.laborOperationId ? ops.get(l.laborOperationId) : undefined;
            if (!op || op.servicePointId !== w.servicePointId) {
              fields.push({ path: `lines.${l.at}.laborOperationId`, message: '工时项目不存在' });
              continue;
            }
            if (op.rateFen === null) {
              fields.push({ path: `lines.${l.at}.laborOperationId`, message: `未设置「${op.trade}」工种的工时单价` });
              continue;
            }
            const hoursMilli = l.hours !== undefined ? Math.round(l.hours * 1000) : (op.hoursByFamilyMilli[v.modelFamily] ?? op.defaultHoursMilli);
            rows.push({ ...base, kind: 'labor', laborOperationId: op.id, code: op.code, name: op.name, trade: op.trade, hoursMilli, rateFen: op.rateFen });
          } else {
            const p = l.partId ? catalogParts.get(l.partId) : undefined;
            if (!p || p.servicePointId !== w.servicePointId) {
              fields.push({ path: `lines.${l.at}.partId`, message: '配件不存在' });
              continue;
            }
            rows.push({
              ...base,
              kind: 'parts',
              partId: p.id,
              code: p.partNo,
              name: p.name,
              qtyMilli: Math.round((l.qty ?? 1) * 1000),
              unitPriceFen: p.retailPriceFen,
            });
          }
        }
        const today = localDate(point.timeZone, now());
        fields.push(...(await applyPackages(tx, deps.packages, rows, { pointId: w.servicePointId, modelFamily: v.modelFamily, today })));
        if (fields.length) throw new AppError('VALIDATION', '维修项目有误', fields);
        if (deps.lineGuard) {
          const ruled = await deps.lineGuard(
            tx,
            w,
            rows.map((r) => ({ index: r.inputAt, kind: r.kind as 'labor' | 'parts', code: r.code, name: r.name, payer: r.payer })),
          );
          if (ruled.length) throw ruleBroken(ruled[0].message, ruled);
        }
        const { before, saved } = await repo.replaceLines(
          tx,
          w.id,
          rows.map(({ inputIndex: _, inputAt: __, ...r }) => r),
        );
        // The stored totals move with the lines, in the same statement that moves the version.
        const row = (await repo.updateWorkOrder(tx, id, input.version, linesPatch(w, { replace: saved }), now()))!;
        const [out] = await present(tx, [row], { lines: saved, points });
        await audit(tx, actor, row, 'lines', presentLines(before), out.lines, `${rows.length} 项,合计 ¥${(out.quote.total.amountFen / 100).toFixed(2)}`);
        return out;
      });
    },
    async sign(actor: Actor, id: string, input: { version: number; signature: string }) {
      return db.transaction(async (tx) => {
        // The usual case in one statement (signDraft); when it signs nothing, the locked read says why.
        const signed = await signDraft(tx, id, input.version, input.signature, now());
        if (!signed) {
          const w = await inScope(tx, actor, id, true);
          if (w.status !== 'draft') throw new AppError('ILLEGAL_TRANSITION', '只有待确认的工单需要客户签字');
          throw staleVersion();
        }
        // Outside the actor's scope: 404, and the signature is rolled back with the transaction.
        const point = checkPointVisible(actor, signed.point);
        const row = signed.order;
        await audit(tx, actor, row, 'sign', { signedAt: signed.signedAtBefore }, { signedAt: row.signedAt }, '客户签字');
        return (await present(tx, [row], { points: pointFacts(point, signed.guarantee) }))[0];
      });
    },
    /** A status action through the domain machine; timestamps of the repair record are set here. */
    async act(actor: Actor, id: string, input: { version: number; action: WorkOrderAction; reason: string }) {
      return db.transaction(async (tx) => {
        const { w, point, points } = await inScopeWithPoint(tx, actor, id, true);
        if (w.version !== input.version) throw staleVersion();
        if (input.action === 'settle') throw new AppError('ILLEGAL_TRANSITION', '结算须通过收银收款完成(结算单)');
        const { row, lines } = await actWithFacts(tx, actor, w, input.action, input.reason, { point });
        return (await present(tx, [row], { lines, points }))[0];
      });
    },
    actInTx,
    /**
     * Lines joining a signed order (approved 增项) in the caller's transaction on a row it locked; then the hooks hear
     * `lines_added` (jobs on the board, parts reserved). `actor` is null when the customer approved by link.
     */
    async appendLinesInTx(tx: Tx, actor: Actor | null, w: repo.WorkOrderRow, input: AppendInput, at: Date) {
      const row = await appendLines(tx, actor, w, input, at);
      if (row.status === 'draft') return row;
      const late = await runHooks(tx, row, 'lines_added', actor);
      const result = (await repo.findWorkOrder(tx, row.id, false)) ?? row;
      for (const step of late) await step();
      return result;
    },
    /** The suggested 预计完工 and what it is based on. */
    async promise(actor: Actor, id: string) {
      return suggestPromise(db, await inScope(db, actor, id), now());
    },
    async printData(actor: Actor, id: string) {
      const { w, point, points } = await inScopeWithPoint(db, actor, id);
      const [out] = await present(db, [w], { points });
      const loaners = deps.loanerUse ? await deps.loanerUse(db, w.id, w.servicePointId, point.timeZone) : '';
      return { order: out, point, signature: w.customerSignature, loaners };
    },
  };
}
export type WorkOrderService = ReturnType<typeof createWorkOrderService>;
