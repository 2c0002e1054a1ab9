/** Service packages (保养套餐): labor operations and parts at one package price, per model family or for all models. */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { priceLine } from '../../../domain/work-orders/quote.js';
import type { ServicePackage, ServicePackageCreate, ServicePackageUpdate } from '../../../contracts/members.js';
import { AppError, notFound, staleVersion, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import type { PackageForOrder } from '../work-orders/index.js';
import * as repo from './packages.repo.js';

type Q = Db | Tx;
type ItemInput = ServicePackageCreate['items'][number];

/** Packages with their items named and priced at list price (the family's standard hours at the sale rate). */
async function present(q: Q, rows: repo.PackageRow[]): Promise<ServicePackage[]> {
  const items = await repo.itemsOf(
    q,
    rows.map((r) => r.id),
  );
  const out: ServicePackage[] = [];
  if (!rows.length) return out;
  // One point per list (the caller's scope): its catalog rows and sale rates in three queries.
  const cat = await repo.catalogOf(
    q,
    rows[0].servicePointId,
    items.flatMap((i) => (i.laborOperationId ? [i.laborOperationId] : [])),
    items.flatMap((i) => (i.partId ? [i.partId] : [])),
  );
  for (const p of rows) {
    const mine = items.filter((i) => i.packageId === p.id);
    const shown = mine.map((i) => {
      if (i.kind === 'labor') {
        const op = cat.labor.get(i.laborOperationId!);
        const hours = (op ? (op.hoursByFamilyMilli[p.modelFamily] ?? op.defaultHoursMilli) : 0) / 1000;
        const rate = cat.rates.find((r) => r.trade === op?.trade)?.rateFen ?? 0;
        const listFen = priceLine({ kind: 'labor', hours, rateFen: rate, payer: 'customer' }).grossFen;
        return { kind: 'labor' as const, laborOperationId: i.laborOperationId, partId: null, code: op?.code ?? '', name: op?.name ?? '', qty: hours, listFen };
      }
      const part = cat.parts.get(i.partId!);
      const qty = i.qtyMilli / 1000;
      const listFen = priceLine({ kind: 'parts', qty, unitPriceFen: part?.retailPriceFen ?? 0, payer: 'customer' }).grossFen;
      return { kind: 'parts' as const, laborOperationId: null, partId: i.partId, code: part?.partNo ?? '', name: part?.name ?? '', qty, listFen };
    });
    out.push({
      id: p.id,
      servicePointId: p.servicePointId,
      code: p.code,
      name: p.name,
      modelFamily: p.modelFamily,
      priceFen: p.priceFen,
      itemsFen: shown.reduce((s, i) => s + i.listFen, 0),
      validFrom: p.validFrom,
      validTo: p.validTo,
      isActive: p.isActive,
      items: shown,
      version: p.version,
    });
  }
  return out;
}

/** The package as work orders read it (for `workOrdersModule({ packages })`). */
export async function packageForOrder(q: Q, id: string): Promise<PackageForOrder | undefined> {
  const p = await repo.findPackage(q, id);
  if (!p) return undefined;
  const items = await repo.itemsOf(q, [id]);
  return { ...p, items: items.map((i) => ({ kind: i.kind, laborOperationId: i.laborOperationId, partId: i.partId, qtyMilli: i.qtyMilli })) };
}

export function createPackageService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function inScope(q: Q, actor: Actor, id: string) {
    const p = await repo.findPackage(q, id);
    if (!p) throw notFound('套餐');
    await visiblePoint(q, actor, p.servicePointId);
    return p;
  }
  /** The items, checked against the point's catalogs, field by field. */
  async function checkedItems(q: Q, pointId: string, items: ItemInput[]) {
    const cat = await repo.catalogOf(
      q,
      pointId,
      items.flatMap((i) => (i.kind === 'labor' && i.laborOperationId ? [i.laborOperationId] : [])),
      items.flatMap((i) => (i.kind === 'parts' && i.partId ? [i.partId] : [])),
    );
    const fields: FieldError[] = [];
    const seen = new Set<string>();
    items.forEach((i, n) => {
      const id = i.kind === 'labor' ? i.laborOperationId! : i.partId!;
      const row = i.kind === 'labor' ? cat.labor.get(id) : cat.parts.get(id);
      if (!row || row.servicePointId !== pointId)
        fields.push({ path: `items.${n}.${i.kind === 'labor' ? 'laborOperationId' : 'partId'}`, message: '项目不存在' });
      if (seen.has(id)) fields.push({ path: `items.${n}`, message: '同一项目不能重复,请调整数量' });
      seen.add(id);
    });
    if (fields.length) throw new AppError('VALIDATION', '套餐项目有误', fields);
    return items.map((i, n) => ({
      kind: i.kind,
      laborOperationId: i.kind === 'labor' ? i.laborOperationId! : null,
      partId: i.kind === 'parts' ? i.partId! : null,
      qtyMilli: i.kind === 'parts' ? Math.round(i.qty * 1000) : 1000,
      sortOrder: n,
    }));
  }

  return {
    async list(actor: Actor, f: { servicePointId?: string; q?: string; modelFamily?: string; page: number; pageSize: number }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const { rows, total } = await repo.listPackages(db, {
        pointId: point.id,
        q: f.q,
        modelFamily: f.modelFamily,
        limit: f.pageSize,
        offset: (f.page - 1) * f.pageSize,
      });
      return { items: await present(db, rows), total, page: f.page, pageSize: f.pageSize };
    },
    async get(actor: Actor, id: string) {
      return (await present(db, [await inScope(db, actor, id)]))[0];
    },
    async create(actor: Actor, input: ServicePackageCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        if (await repo.findPackageByCode(tx, point.id, input.code))
          throw new AppError('CONFLICT', `套餐代码 ${input.code} 已存在`, [{ path: 'code', message: '代码已存在' }]);
        const items = await checkedItems(tx, point.id, input.items);
        const { items: _, servicePointId: __, ...fields } = input;
        const row = await repo.insertPackage(tx, { ...fields, servicePointId: point.id });
        await repo.replaceItems(tx, row.id, items);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'service-package.create',
          entityType: 'service_package',
          entityId: row.id,
          summary: `${row.code} ${row.name}`,
          after: { ...row, items },
        });
        return (await present(tx, [row]))[0];
      });
    },
    async update(actor: Actor, id: string, input: ServicePackageUpdate) {
      return db.transaction(async (tx) => {
        const before = await inScope(tx, actor, id);
        const { items, version, ...fields } = input;
        const checked = items ? await checkedItems(tx, before.servicePointId, items) : undefined;
        const row = await repo.updatePackage(tx, id, version, fields, now());
        if (!row) throw staleVersion();
        if (checked) await repo.replaceItems(tx, id, checked);
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'service-package.update',
          entityType: 'service_package',
          entityId: id,
          summary: `${row.code} ${row.name}`,
          before,
          after: { ...row, items: checked },
        });
        return (await present(tx, [row]))[0];
      });
    },
  };
}
export type PackageService = ReturnType<typeof createPackageService>;
