/**
 * Warranty use cases: policies (HQ), a car's coverage and watch, the 三包 facts of a repair, and 换/退 requests.
 * Every write in one transaction with its audit entry.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { can, canSeePointPath } from '../../../domain/auth/actor.js';
import { validatePolicy, usageChargeFen, type WarrantyPolicy } from '../../../domain/warranty/coverage.js';
import { addWorkingDays, RETURN_ANSWER_WORKING_DAYS, RETURN_COMPLETE_WORKING_DAYS } from '../../../domain/warranty/watch.js';
import { isWorkingDay } from '../../../domain/sla/index.js';
import { dayRange, localDate } from '../../../domain/time/index.js';
import type { PolicyCreate, PolicyUpdate, RepairFactsInput, ReturnRequestCreate } from '../../../contracts/warranty.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { findVehicle } from '../customers/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { visiblePoint } from '../service-points/index.js';
import { loadCalendar } from '../tickets/index.js';
import { workOrderInScope } from '../work-orders/index.js';
import { coverageFor } from './coverage.service.js';
import { findPolicy, insertPolicy, policiesUnder, policiesVisibleAt, updatePolicy, type PolicyRow } from './policies.repo.js';
import { findReturn, insertReturn, listReturns, searchVehicles, updateReturn, type ReturnRow } from './returns.repo.js';
import { findFacts, upsertFacts } from './watch.repo.js';
import { sendWatchNotices, vehicleWarranty } from './watch.service.js';
import { openCampaignsForVin } from './campaigns.repo.js';

type Q = Db | Tx;

export function createWarrantyService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  const presentPolicy = (actor: Actor, p: PolicyRow, pointName: string, pointPath: string) => ({
    id: p.id,
    servicePointId: p.servicePointId,
    pointName,
    modelFamily: p.modelFamily,
    terms: { ...p.terms, mainParts: p.terms.mainParts.map((m) => ({ ...m, assembly: !!m.assembly })) },
    editable: canSeePointPath(actor, pointPath) && can(actor, 'warranty.policies'),
    version: p.version,
  });

  function checkTerms(terms: Omit<WarrantyPolicy, 'modelFamily'>) {
    const errors = validatePolicy(terms);
    if (errors.length) throw invalid(errors.map((e) => ({ path: `terms.${e.path}`, message: e.message })));
  }

  /** A car in the actor's scope (404 otherwise). */
  async function vehicleInScope(q: Q, actor: Actor, vehicleId: string) {
    const v = await findVehicle(q, vehicleId);
    if (!v) throw notFound('车辆');
    const point = await visiblePoint(q, actor, v.servicePointId);
    return { v, point };
  }

  /** Answer within 10 working days, done within 20, counted on the point's working calendar from the request's local day. */
  async function returnDeadlines(q: Q, point: { id: string; timeZone: string }, at: Date) {
    const cal = await loadCalendar(q, point);
    const day = localDate(point.timeZone, at);
    const working = (d: string) => isWorkingDay(cal, d);
    return {
      answerBy: dayRange(point.timeZone, addWorkingDays(working, day, RETURN_ANSWER_WORKING_DAYS)).end,
      completeBy: dayRange(point.timeZone, addWorkingDays(working, day, RETURN_COMPLETE_WORKING_DAYS)).end,
    };
  }

  async function presentReturns(rows: Awaited<ReturnType<typeof listReturns>>) {
    const at = now();
    return rows.map(({ r, vin, plate, customerName }) => presentReturn(r, { vin, plate, customerName }, at));
  }
  const presentReturn = (r: ReturnRow, car: { vin: string; plate: string; customerName: string }, at: Date) => ({
    id: r.id,
    number: r.number,
    servicePointId: r.servicePointId,
    vehicleId: r.vehicleId,
    ...car,
    kind: r.kind as 'replace' | 'refund',
    basis: r.basis,
    reason: r.reason,
    requestedAt: r.requestedAt.toISOString(),
    answerBy: r.answerBy.toISOString(),
    completeBy: r.completeBy.toISOString(),
    priceFen: r.priceFen,
    mileageKm: r.mileageKm,
    coefficientBp: r.coefficientBp,
    usageChargeFen: r.usageChargeFen,
    status: r.status as 'open' | 'accepted' | 'refused' | 'completed',
    answer: r.answer,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    completedAt: r.completedAt?.toISOString() ?? null,
    overdue: (r.status === 'open' && at > r.answerBy) || (r.status === 'accepted' && at > r.completeBy),
    version: r.version,
  });

  return {
    async policies(actor: Actor) {
      // What applies at the actor's point (kept above it) and what the actor keeps (at or below their point).
      const rows = await policiesVisibleAt(db, actor.pointPath);
      const own = await policiesUnder(db, actor.pointPath);
      const byId = new Map([...rows, ...own].map((r) => [r.policy.id, r]));
      return [...byId.values()].map((r) => presentPolicy(actor, r.policy, r.pointName, r.pointPath));
    },
    async createPolicy(actor: Actor, input: PolicyCreate) {
      checkTerms(input.terms);
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const row = await insertPolicy(tx, { servicePointId: point.id, modelFamily: input.modelFamily, terms: input.terms });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'warranty.policy-create',
          entityType: 'warranty_policy',
          entityId: row.id,
          summary: `${input.modelFamily} 三包政策`,
          after: input.terms,
        });
        return presentPolicy(actor, row, point.nameZh, point.path);
      });
    },
    async updatePolicy(actor: Actor, id: string, input: PolicyUpdate) {
      checkTerms(input.terms);
      return db.transaction(async (tx) => {
        const p = await findPolicy(tx, id, true);
        if (!p) throw notFound('三包政策');
        const point = await visiblePoint(tx, actor, p.servicePointId);
        if (p.version !== input.version) throw staleVersion();
        const row = (await updatePolicy(tx, id, input.version, { terms: input.terms }, now()))!;
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'warranty.policy-update',
          entityType: 'warranty_policy',
          entityId: id,
          summary: `${p.modelFamily} 三包政策`,
          before: p.terms,
          after: input.terms,
        });
        return presentPolicy(actor, row, point.nameZh, point.path);
      });
    },

    /** Coverage of a car in scope at an instant, mileage and optionally a part. */
    async coverage(actor: Actor, vehicleId: string, q: { partNo?: string; mileageKm?: number; at?: string }) {
      const { v } = await vehicleInScope(db, actor, vehicleId);
      return coverageFor(db, { vehicleId, partNo: q.partNo, at: q.at ? new Date(q.at) : now(), mileageKm: q.mileageKm ?? v.mileageKm });
    },

    /** What reception and the vehicle page show: coverage, the watch, open campaigns. */
    async vehicle(actor: Actor, vehicleId: string) {
      const { v, point } = await vehicleInScope(db, actor, vehicleId);
      const w = await vehicleWarranty(db, vehicleId, now());
      const campaigns = await openCampaignsForVin(db, v.vin, point.path, localDate(point.timeZone, now()));
      return {
        vehicleId,
        vin: v.vin,
        modelFamily: v.modelFamily,
        mileageKm: v.mileageKm,
        coverage: { ...w.coverage, policyId: w.policyId },
        watch: w.watch,
        openCampaigns: campaigns,
        usageCoefficientBp: w.terms.usageCoefficientBp,
      };
    },

    async facts(actor: Actor, workOrderId: string) {
      const w = await workOrderInScope(db, actor, workOrderId);
      const f = await findFacts(db, w.id);
      if (!f) throw notFound('三包记录');
      return { ...f, severeFailure: f.severeFailure as RepairFactsInput['severeFailure'], findings: [] };
    },
    /** Record the quality problem of a repair (repeats are counted by it); the watch is re-checked and notices sent. */
    async putFacts(actor: Actor, workOrderId: string, input: RepairFactsInput) {
      return db.transaction(async (tx) => {
        const w = await workOrderInScope(tx, actor, workOrderId, { lock: true });
        if (w.status === 'cancelled') throw new AppError('ILLEGAL_TRANSITION', '已取消的工单不能记录三包信息');
        const before = await findFacts(tx, w.id);
        const row = await upsertFacts(tx, { workOrderId: w.id, servicePointId: w.servicePointId, vehicleId: w.vehicleId, ...input }, now());
        const sent = w.confirmedAt ? await sendWatchNotices(tx, w, now()) : [];
        await insertAudit(tx, actor, {
          servicePointId: w.servicePointId,
          action: 'warranty.repair-facts',
          entityType: 'work_order',
          entityId: w.id,
          summary: `${w.number} 三包记录:${input.problemCode}${input.problemZh ? ` ${input.problemZh}` : ''}`,
          before: before ?? null,
          after: input,
        });
        return { ...row, severeFailure: row.severeFailure as RepairFactsInput['severeFailure'], findings: sent };
      });
    },

    /** Cars in the actor's scope by plate or VIN (its tail), for recording a 换/退 request. */
    async findVehicles(actor: Actor, text: string) {
      return searchVehicles(db, actor.pointPath, text.trim().toUpperCase());
    },
    async returns(actor: Actor, f: { status?: string; vehicleId?: string }) {
      return presentReturns(await listReturns(db, actor.pointPath, f));
    },
    /** What a 换/退 request made now would carry: its deadlines on the point calendar and the usage coefficient n. */
    async returnTerms(actor: Actor, vehicleId: string) {
      const { v, point } = await vehicleInScope(db, actor, vehicleId);
      const at = now();
      const w = await vehicleWarranty(db, v.id, at);
      const { answerBy, completeBy } = await returnDeadlines(db, point, at);
      return {
        requestedAt: at.toISOString(),
        answerBy: answerBy.toISOString(),
        completeBy: completeBy.toISOString(),
        answerWorkingDays: RETURN_ANSWER_WORKING_DAYS,
        completeWorkingDays: RETURN_COMPLETE_WORKING_DAYS,
        coefficientBp: w.terms.usageCoefficientBp,
        mileageKm: v.mileageKm,
        startsOn: w.coverage.startsOn,
      };
    },
    /** A customer's 换/退 request: deadlines on the point's working calendar (W15), the usage charge (W16). */
    async createReturn(actor: Actor, input: ReturnRequestCreate) {
      return db.transaction(async (tx) => {
        const { v, point } = await vehicleInScope(tx, actor, input.vehicleId);
        const at = input.requestedAt ? new Date(input.requestedAt) : now();
        if (at.getTime() > now().getTime() + 60_000) throw invalid([{ path: 'requestedAt', message: '申请时间不能晚于现在' }]);
        const w = await vehicleWarranty(tx, v.id, at);
        if (!w.coverage.startsOn)
          throw ruleBroken('车辆缺少开票日期和交车日期,无法受理换/退申请', [{ path: 'vehicleId', message: '请先在车辆资料中填写开票日期或交车日期' }]);
        const { answerBy, completeBy } = await returnDeadlines(tx, point, at);
        const coefficientBp = w.terms.usageCoefficientBp;
        const number = await nextDocumentNumber(tx, point, 'warrantyReturn', at);
        const row = await insertReturn(tx, {
          servicePointId: v.servicePointId,
          number,
          vehicleId: v.id,
          customerId: v.customerId,
          kind: input.kind,
          basis: input.basis,
          reason: input.reason,
          requestedAt: at,
          answerBy,
          completeBy,
          priceFen: input.priceFen,
          mileageKm: input.mileageKm,
          coefficientBp,
          usageChargeFen: usageChargeFen(input.priceFen, input.mileageKm, coefficientBp),
          createdByName: actor.displayName,
        });
        await insertAudit(tx, actor, {
          servicePointId: v.servicePointId,
          action: 'warranty.return-create',
          entityType: 'warranty_return_request',
          entityId: row.id,
          summary: `${number} ${input.kind === 'replace' ? '换车' : '退货'}申请 ${v.vin}`,
          after: { kind: input.kind, priceFen: input.priceFen, mileageKm: input.mileageKm, usageChargeFen: row.usageChargeFen },
        });
        return (await presentReturns(await listReturns(tx, point.path, { vehicleId: v.id }))).find((r) => r.id === row.id)!;
      });
    },
    async answerReturn(actor: Actor, id: string, input: { version: number; decision: 'accepted' | 'refused'; answer: string }) {
      return actOnReturn(
        actor,
        id,
        input.version,
        'open',
        { status: input.decision, answer: input.answer, answeredAt: now() },
        `${input.decision === 'accepted' ? '同意' : '拒绝'}:${input.answer}`,
      );
    },
    async completeReturn(actor: Actor, id: string, input: { version: number }) {
      return actOnReturn(actor, id, input.version, 'accepted', { status: 'completed', completedAt: now() }, '办理完成');
    },
  };

  async function actOnReturn(actor: Actor, id: string, version: number, from: string, patch: Partial<ReturnRow>, summary: string) {
    return db.transaction(async (tx) => {
      const r = await findReturn(tx, id, true);
      if (!r) throw notFound('换/退申请');
      const point = await visiblePoint(tx, actor, r.servicePointId);
      if (r.version !== version) throw staleVersion();
      if (r.status !== from)
        throw new AppError('ILLEGAL_TRANSITION', from === 'open' ? '该申请已答复,不能再次答复' : '只有已同意的申请才能办理完成', [
          { path: 'status', message: `当前状态:${r.status}` },
        ]);
      const row = (await updateReturn(tx, id, version, patch, now()))!;
      await insertAudit(tx, actor, {
        servicePointId: r.servicePointId,
        action: 'warranty.return-update',
        entityType: 'warranty_return_request',
        entityId: id,
        summary: `${r.number} ${summary}`,
        before: { status: r.status },
        after: { status: row.status },
      });
      return (await presentReturns(await listReturns(tx, point.path, { vehicleId: r.vehicleId }))).find((x) => x.id === id)!;
    });
  }
}
export type WarrantyService = ReturnType<typeof createWarrantyService>;
