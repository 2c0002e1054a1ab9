/**
 * Preventive-maintenance plans (per product, unit or service contract) and the maintenance view: visits of a period
 * with completion, and the overdue ones (planned date passed, not done) in the point's zone.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { FieldMaintenancePlan, FieldMaintenancePlanInput, FieldMaintenancePlanUpdate, FieldMaintenanceView } from '../../../contracts/field-install.js';
import { daysOverdue } from '../../../domain/field/maintenance-plan.js';
import { addDays, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { invalid, notFound, staleVersion, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { productInScope, scopePointIds, unitInScope } from './archive.service.js';
import * as repo from './field.repo.js';
import * as irepo from './install.repo.js';

type Q = Db | Tx;

async function presentPlans(q: Q, rows: irepo.MaintenancePlanRow[]): Promise<FieldMaintenancePlan[]> {
  const units = new Map(
    (
      await repo.unitsOfIds(
        q,
        rows.map((r) => r.unitId).filter((x): x is string => !!x),
      )
    ).map((u) => [u.id, u]),
  );
  const productIds = [...rows.map((r) => r.productId), ...[...units.values()].map((u) => u.productId)].filter((x): x is string => !!x);
  const products = new Map((await repo.productsOfIds(q, [...new Set(productIds)])).map((p) => [p.id, p]));
  return rows.map((p) => {
    const u = p.unitId ? units.get(p.unitId) : undefined;
    const target =
      p.scope === 'unit' && u
        ? `${products.get(u.productId)?.model ?? ''} ${u.serial} ${u.customerName}`
        : p.scope === 'product'
          ? `${products.get(p.productId!)?.model ?? ''} ${products.get(p.productId!)?.name ?? ''}`
          : `合同 ${p.contractNo}`;
    return {
      id: p.id,
      servicePointId: p.servicePointId,
      scope: p.scope as FieldMaintenancePlan['scope'],
      productId: p.productId,
      unitId: p.unitId,
      contractNo: p.contractNo,
      target: target.trim(),
      intervalMonths: p.intervalMonths,
      warrantyOnly: p.warrantyOnly,
      endsOn: p.endsOn,
      note: p.note,
      active: p.active,
      version: p.version,
    };
  });
}

export function createMaintenanceService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  const audit = (tx: Tx, actor: Actor, p: irepo.MaintenancePlanRow, action: string, after: unknown) =>
    insertAudit(tx, actor, {
      servicePointId: p.servicePointId,
      action: `field.maintenance-plan.${action}`,
      entityType: 'field_maintenance_plan',
      entityId: p.id,
      summary: `保养计划 ${p.scope} 每 ${p.intervalMonths} 个月`,
      after,
    });

  return {
    async listPlans(actor: Actor) {
      return presentPlans(db, await irepo.activePlans(db, await scopePointIds(db, actor)));
    },
    /** A plan for a product, a unit or a contract; one active plan per target (the most specific one applies). */
    async createPlan(actor: Actor, input: FieldMaintenancePlanInput) {
      return db.transaction(async (tx) => {
        const problems: FieldError[] = [];
        const values = {
          servicePointId: actor.servicePointId,
          scope: input.scope,
          productId: null as string | null,
          unitId: null as string | null,
          contractNo: null as string | null,
          intervalMonths: input.intervalMonths,
          warrantyOnly: input.scope === 'contract' ? input.warrantyOnly : true,
          endsOn: input.endsOn ?? null,
          note: input.note ?? null,
        };
        if (input.scope === 'product') {
          if (!input.productId) problems.push({ path: 'productId', message: '请选择产品型号' });
          else values.productId = (await productInScope(tx, actor, input.productId)).id;
        } else if (input.scope === 'unit') {
          if (!input.unitId) problems.push({ path: 'unitId', message: '请选择设备' });
          else {
            const u = await unitInScope(tx, actor, input.unitId).catch(() => {
              throw invalid([{ path: 'unitId', message: '设备不存在' }]);
            });
            values.unitId = u.id;
            values.servicePointId = u.servicePointId;
          }
        } else if (!input.contractNo) problems.push({ path: 'contractNo', message: '请填写合同号' });
        else values.contractNo = input.contractNo;
        if (input.scope === 'contract' && !input.warrantyOnly && !input.endsOn)
          problems.push({ path: 'endsOn', message: '合同计划不限于保修期时,请填写合同到期日' });
        if (problems.length) throw invalid(problems);
        const existing = (await irepo.activePlans(tx, [values.servicePointId])).find(
          (p) =>
            p.scope === values.scope &&
            ((values.productId && p.productId === values.productId) ||
              (values.unitId && p.unitId === values.unitId) ||
              (values.contractNo && p.contractNo === values.contractNo)),
        );
        if (existing)
          throw invalid([
            { path: { product: 'productId', unit: 'unitId', contract: 'contractNo' }[values.scope], message: '该对象已有生效的保养计划,请修改原计划' },
          ]);
        const row = await irepo.insertPlan(tx, values);
        await audit(tx, actor, row, 'create', values);
        return (await presentPlans(tx, [row]))[0];
      });
    },
    async updatePlan(actor: Actor, id: string, input: FieldMaintenancePlanUpdate) {
      return db.transaction(async (tx) => {
        const p = await irepo.findPlan(tx, id, true);
        if (!p) throw notFound('保养计划');
        await visiblePoint(tx, actor, p.servicePointId);
        if (p.version !== input.version) throw staleVersion();
        const { version, ...patch } = input;
        const row = await irepo.updatePlan(tx, id, version, { ...patch, warrantyOnly: p.scope === 'contract' ? patch.warrantyOnly : true }, now());
        if (!row) throw staleVersion();
        await audit(tx, actor, row, 'update', patch);
        return (await presentPlans(tx, [row]))[0];
      });
    },
    /** Maintenance visits of [from, to] (default: 30 days either side of today) with every overdue one. */
    async view(actor: Actor, f: { from?: string; to?: string; overdueOnly?: boolean }): Promise<FieldMaintenanceView> {
      const point = await visiblePoint(db, actor, undefined);
      const today = localDate(usableTimeZone(point.timeZone), now());
      const from = f.from ?? addDays(today, -30);
      const to = f.to ?? addDays(today, 30);
      if (from > to) throw invalid([{ path: 'to', message: '结束日期不能早于开始日期' }]);
      const rows = await irepo.maintenanceVisits(db, {
        pointIds: await scopePointIds(db, actor),
        from,
        to,
        overdueBefore: today,
        overdueOnly: !!f.overdueOnly,
      });
      const units = new Map((await repo.unitsOfIds(db, [...new Set(rows.map((r) => r.unitId))])).map((u) => [u.id, u]));
      const products = new Map((await repo.productsOfIds(db, [...new Set([...units.values()].map((u) => u.productId))])).map((p) => [p.id, p]));
      const engineerIds = [...new Set(rows.map((r) => r.engineerId).filter((x): x is string => !!x))];
      const engineers = new Map((await repo.engineersOfIds(db, engineerIds)).map((e) => [e.id, e]));
      const items = rows.map((v) => {
        const u = units.get(v.unitId)!;
        return {
          id: v.id,
          number: v.number,
          unitId: v.unitId,
          serial: u.serial,
          productModel: products.get(u.productId)?.model ?? '',
          customerName: u.customerName,
          siteAddress: u.siteAddress,
          plannedDate: v.plannedDate,
          status: v.status,
          engineerName: v.engineerId ? (engineers.get(v.engineerId)?.name ?? null) : null,
          checkOutAt: v.checkOutAt?.toISOString() ?? null,
          daysOverdue: daysOverdue(v.plannedDate, v.status, today),
        };
      });
      // Completion over the visits due by today within the period (cancelled ones do not count).
      const due = items.filter((v) => v.plannedDate <= today && v.plannedDate >= from && v.status !== 'cancelled');
      const done = due.filter((v) => v.status === 'done').length;
      return {
        today,
        from,
        to,
        summary: {
          planned: items.filter((v) => v.status !== 'cancelled').length,
          done: items.filter((v) => v.status === 'done').length,
          overdue: items.filter((v) => v.daysOverdue > 0).length,
          completionRate: due.length ? done / due.length : null,
        },
        items,
      };
    },
  };
}
export type MaintenanceService = ReturnType<typeof createMaintenanceService>;
