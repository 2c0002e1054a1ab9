/**
 * Installation and commissioning (安装调试): the template per product, install orders from a sale (a unit), the
 * checklist and measurements, commissioning, and the customer's acceptance with a signature — which starts the
 * unit's warranty (its end from the product's warranty months) on the point's local date.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type {
  FieldInstallAccept,
  FieldInstallOrder,
  FieldInstallOrderInput,
  FieldInstallRecord,
  FieldInstallTemplate,
  FieldInstallTemplateInput,
} from '../../../contracts/field-install.js';
import { eligibility } from '../../../domain/field/eligibility.js';
import {
  commissionProblems,
  measurementResult,
  nextInstallStatus,
  specProblems,
  type InstallEvent,
  type InstallStatus,
} from '../../../domain/field/install.js';
import { warrantyEnd } from '../../../domain/field/units.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint, visiblePoint } from '../service-points/index.js';
import { productInScope, scopePointIds, unitInScope } from './archive.service.js';
import * as repo from './field.repo.js';
import * as irepo from './install.repo.js';

type Q = Db | Tx;

/** Orders as shown: the unit, product and engineer named, each measurement judged. */
export async function presentInstallOrders(q: Q, rows: irepo.InstallOrderRow[]): Promise<FieldInstallOrder[]> {
  const units = new Map((await repo.unitsOfIds(q, [...new Set(rows.map((r) => r.unitId))])).map((u) => [u.id, u]));
  const products = new Map((await repo.productsOfIds(q, [...new Set([...units.values()].map((u) => u.productId))])).map((p) => [p.id, p]));
  const engineerIds = [...new Set(rows.map((r) => r.engineerId).filter((x): x is string => !!x))];
  const engineers = new Map((await repo.engineersOfIds(q, engineerIds)).map((e) => [e.id, e]));
  return rows.map((o) => {
    const u = units.get(o.unitId)!;
    const p = products.get(u.productId)!;
    return {
      id: o.id,
      servicePointId: o.servicePointId,
      number: o.number,
      unitId: o.unitId,
      productModel: p.model,
      productName: p.name,
      serial: u.serial,
      customerName: u.customerName,
      siteAddress: u.siteAddress,
      status: o.status as InstallStatus,
      plannedDate: o.plannedDate,
      engineerId: o.engineerId,
      engineerName: o.engineerId ? (engineers.get(o.engineerId)?.name ?? null) : null,
      checklist: o.checklist.map((c) => ({ ...c, note: c.note ?? null })),
      measurements: o.measurements.map((m) => ({ ...m, result: measurementResult(m) })),
      note: o.note,
      commissionedAt: o.commissionedAt?.toISOString() ?? null,
      acceptedAt: o.acceptedAt?.toISOString() ?? null,
      acceptedByName: o.acceptedByName,
      hasSignature: !!o.signature,
      warrantyStart: u.warrantyStart,
      warrantyEnd: u.warrantyEnd,
      version: o.version,
    };
  });
}

export function createInstallService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  const audit = (tx: Tx, actor: Actor, o: { servicePointId: string; id: string }, action: string, summary: string, after?: unknown) =>
    insertAudit(tx, actor, {
      servicePointId: o.servicePointId,
      action: `field.install.${action}`,
      entityType: 'field_install_order',
      entityId: o.id,
      summary,
      after,
    });
  const one = async (q: Q, o: irepo.InstallOrderRow) => (await presentInstallOrders(q, [o]))[0];

  async function orderInScope(tx: Tx, actor: Actor, id: string, version: number) {
    const o = await irepo.findOrder(tx, id, true);
    if (!o) throw notFound('安装单');
    await visiblePoint(tx, actor, o.servicePointId);
    if (o.version !== version) throw staleVersion();
    return o;
  }
  const step = (o: irepo.InstallOrderRow, event: InstallEvent) => {
    const next = nextInstallStatus(o.status as InstallStatus, event);
    if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
    return next.to;
  };

  return {
    async template(actor: Actor, productId: string): Promise<FieldInstallTemplate> {
      await productInScope(db, actor, productId, 'id');
      const t = await irepo.templateOf(db, productId);
      return { productId, checklist: t?.checklist ?? [], measurements: t?.measurements ?? [], version: t?.version ?? null };
    },
    async saveTemplate(actor: Actor, productId: string, input: FieldInstallTemplateInput): Promise<FieldInstallTemplate> {
      return db.transaction(async (tx) => {
        const p = await productInScope(tx, actor, productId, 'id');
        const problems = specProblems(input.measurements);
        if (problems.length) throw invalid(problems);
        const t = await irepo.templateOf(tx, productId);
        const values = { checklist: input.checklist, measurements: input.measurements };
        let row: irepo.InstallTemplateRow | undefined;
        if (!t) row = await irepo.insertTemplate(tx, { servicePointId: p.servicePointId, productId, ...values });
        else {
          if (input.version !== t.version) throw staleVersion();
          row = await irepo.updateTemplate(tx, t.id, t.version, values, now());
          if (!row) throw staleVersion();
        }
        await insertAudit(tx, actor, {
          servicePointId: p.servicePointId,
          action: 'field.install.template',
          entityType: 'field_product',
          entityId: p.id,
          summary: `${p.model} 安装检查项 ${values.checklist.length} 项,调试测量 ${values.measurements.length} 项`,
          after: values,
        });
        return { productId, checklist: row.checklist, measurements: row.measurements, version: row.version };
      });
    },
    async list(actor: Actor, f: { status?: string }) {
      return presentInstallOrders(db, await irepo.listOrders(db, { pointIds: await scopePointIds(db, actor), status: f.status }));
    },
    async get(actor: Actor, id: string) {
      const o = await irepo.findOrder(db, id);
      if (!o) throw notFound('安装单');
      await visiblePoint(db, actor, o.servicePointId);
      return one(db, o);
    },
    /** An install order for a unit sold: the product's checklist and measurements copied in; one live order per unit. */
    async create(actor: Actor, input: FieldInstallOrderInput) {
      return db.transaction(async (tx) => {
        const unit = await unitInScope(tx, actor, input.unitId).catch(() => {
          throw invalid([{ path: 'unitId', message: '设备不存在' }]);
        });
        const live = await irepo.liveOrderOfUnit(tx, unit.id);
        if (live) throw invalid([{ path: 'unitId', message: `该设备已有安装单 ${live.number}` }]);
        const product = (await repo.findProduct(tx, unit.productId))!;
        if (input.engineerId) {
          const e = await repo.findEngineer(tx, input.engineerId);
          if (!e || e.servicePointId !== unit.servicePointId) throw invalid([{ path: 'engineerId', message: '工程师不存在' }]);
          const ok = eligibility({ skills: e.skills, certificates: await repo.certificatesOf(tx, [e.id]) }, product.requiredSkill, input.plannedDate);
          if (!ok.ok) throw ruleBroken(ok.reason, [{ path: 'engineerId', message: ok.reason }], 'NOT_QUALIFIED');
        }
        const t = await irepo.templateOf(tx, product.id);
        const point = (await findPoint(tx, unit.servicePointId))!;
        const at = now();
        const row = await irepo.insertOrder(tx, {
          servicePointId: unit.servicePointId,
          number: await nextDocumentNumber(tx, point, 'fieldInstall', at),
          unitId: unit.id,
          status: 'planned',
          plannedDate: input.plannedDate,
          engineerId: input.engineerId ?? null,
          checklist: (t?.checklist ?? []).map((c) => ({ label: c.label, required: c.required, done: false, note: null })),
          measurements: (t?.measurements ?? []).map((m) => ({ ...m, value: null })),
          note: input.note ?? null,
        });
        await audit(tx, actor, row, 'create', `${row.number} ${product.model} ${unit.serial} ${unit.customerName}`, input);
        return one(tx, row);
      });
    },
    /** Tick checklist items and enter measured values (positions as in the order). */
    async record(actor: Actor, id: string, input: FieldInstallRecord) {
      return db.transaction(async (tx) => {
        const o = await orderInScope(tx, actor, id, input.version);
        const to = step(o, 'record');
        const problems = [];
        if (input.checklist.length !== o.checklist.length) problems.push({ path: 'checklist', message: `检查项须为 ${o.checklist.length} 项` });
        if (input.measurements.length !== o.measurements.length) problems.push({ path: 'measurements', message: `测量项须为 ${o.measurements.length} 项` });
        if (problems.length) throw invalid(problems);
        const checklist = o.checklist.map((c, i) => ({ ...c, done: input.checklist[i].done, note: input.checklist[i].note ?? null }));
        const measurements = o.measurements.map((m, i) => ({ ...m, value: input.measurements[i].value }));
        const row = await irepo.updateOrder(tx, o.id, o.version, { status: to, checklist, measurements, commissionedAt: null }, now());
        if (!row) throw staleVersion();
        await audit(tx, actor, row, 'record', `${row.number} 记录检查与测量`, { checklist, measurements });
        return one(tx, row);
      });
    },
    /** Commissioning done: every required item checked and every measurement within its range, or the problems. */
    async commission(actor: Actor, id: string, input: { version: number }) {
      return db.transaction(async (tx) => {
        const o = await orderInScope(tx, actor, id, input.version);
        const to = step(o, 'commission');
        const problems = commissionProblems(o.checklist, o.measurements);
        if (problems.length) throw ruleBroken(`调试未通过:${problems.map((p) => p.message).join(';')}`, problems, 'COMMISSIONING_FAILED');
        const at = now();
        const row = (await irepo.updateOrder(tx, o.id, o.version, { status: to, commissionedAt: at }, at))!;
        await audit(tx, actor, row, 'commission', `${row.number} 调试合格`);
        return one(tx, row);
      });
    },
    /** The customer's acceptance with a signature: the warranty starts today (point's zone), ends per the product. */
    async accept(actor: Actor, id: string, input: FieldInstallAccept) {
      return db.transaction(async (tx) => {
        const o = await orderInScope(tx, actor, id, input.version);
        const to = step(o, 'accept');
        const at = now();
        const point = (await findPoint(tx, o.servicePointId))!;
        const today = localDate(usableTimeZone(point.timeZone), at);
        const unit = (await repo.findUnit(tx, o.unitId))!;
        const product = (await repo.findProduct(tx, unit.productId))!;
        const end = warrantyEnd(today, product.warrantyMonths);
        const row = (await irepo.updateOrder(
          tx,
          o.id,
          o.version,
          { status: to, acceptedAt: at, acceptedByName: input.acceptedByName, signature: input.signature, warrantyStart: today },
          at,
        ))!;
        await repo.updateUnit(tx, unit.id, { installedOn: today, warrantyStart: today, warrantyEnd: end }, at);
        await audit(tx, actor, row, 'accept', `${row.number} 客户 ${input.acceptedByName} 验收,保修 ${today} 至 ${end}`, {
          warrantyStart: today,
          warrantyEnd: end,
          before: { warrantyStart: unit.warrantyStart, warrantyEnd: unit.warrantyEnd },
        });
        return one(tx, row);
      });
    },
    async cancel(actor: Actor, id: string, input: { version: number }) {
      return db.transaction(async (tx) => {
        const o = await orderInScope(tx, actor, id, input.version);
        const to = step(o, 'cancel');
        const row = (await irepo.updateOrder(tx, o.id, o.version, { status: to }, now()))!;
        await audit(tx, actor, row, 'cancel', `${row.number} 取消`);
        return one(tx, row);
      });
    },
  };
}
export type InstallService = ReturnType<typeof createInstallService>;
