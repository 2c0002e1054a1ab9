/** The equipment archive (逐号建档): products with service parameters, units, lookup and a unit's full history. */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { FieldProductInput, FieldUnitHistory, FieldUnitInput, FieldUnitQuery } from '../../../contracts/field-service.js';
import { coordinateProblems, normalizeSerial, warrantyEnd } from '../../../domain/field/units.js';
import { invalid, notFound, staleVersion, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { listPointsByIds, listPointsUnder, visiblePoint } from '../service-points/index.js';
import * as repo from './field.repo.js';
import { presentRequests, presentUnits, presentVisits } from './field.present.js';

type Q = Db | Tx;

/** Points whose products an actor may use: their own subtree and every point above them (HQ defines models). */
export async function productPointIds(q: Q, actor: Actor) {
  const above = actor.pointPath.split('/').filter(Boolean);
  const below = (await listPointsUnder(q, actor.pointPath)).map((p) => p.id);
  return [...new Set([...above, ...below])];
}
export const scopePointIds = async (q: Q, actor: Actor) => (await listPointsUnder(q, actor.pointPath)).map((p) => p.id);

export async function productInScope(q: Q, actor: Actor, id: string, path = 'productId') {
  const p = await repo.findProduct(q, id);
  if (!p || !(await productPointIds(q, actor)).includes(p.servicePointId)) throw invalid([{ path, message: '产品型号不存在' }]);
  return p;
}

export async function unitInScope(q: Q, actor: Actor, id: string) {
  const u = await repo.findUnit(q, id);
  if (!u) throw notFound('设备');
  await visiblePoint(q, actor, u.servicePointId);
  return u;
}

/** Field problems of a unit beyond the schema: coordinates both or neither; warranty start not before the sale. */
export function unitProblems(input: Pick<FieldUnitInput, 'lat' | 'lng' | 'soldOn' | 'warrantyStart' | 'installedOn'>): FieldError[] {
  const out: FieldError[] = coordinateProblems({ lat: input.lat, lng: input.lng });
  if (input.soldOn && input.installedOn && input.installedOn < input.soldOn) out.push({ path: 'installedOn', message: '安装日期不能早于销售日期' });
  return out;
}

/** The unit row to insert from the input (serial normalized, warranty from the product). */
export function unitValues(input: FieldUnitInput, product: repo.ProductRow, servicePointId: string) {
  const start = input.warrantyStart ?? input.installedOn ?? null;
  return {
    servicePointId,
    productId: product.id,
    serial: normalizeSerial(input.serial),
    customerName: input.customerName,
    customerPhone: input.customerPhone || null,
    siteName: input.siteName ?? '',
    siteAddress: input.siteAddress,
    regionCode: input.regionCode ?? null,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    soldOn: input.soldOn ?? null,
    installedOn: input.installedOn ?? null,
    warrantyStart: start,
    warrantyEnd: start ? warrantyEnd(start, product.warrantyMonths) : null,
    contractNo: input.contractNo ?? null,
    contractResponseMinutes: input.contractResponseMinutes ?? null,
    contractResponseClock: input.contractResponseClock ?? null,
  };
}

export function createArchiveService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  const audit = (tx: Tx, actor: Actor, pointId: string, action: string, entityType: string, entityId: string, summary: string, after?: unknown) =>
    insertAudit(tx, actor, { servicePointId: pointId, action: `field.${action}`, entityType, entityId, summary, after });

  return {
    async listProducts(actor: Actor) {
      return repo.listProducts(db, await productPointIds(db, actor));
    },
    async createProduct(actor: Actor, input: FieldProductInput) {
      return db.transaction(async (tx) => {
        const row = await repo.insertProduct(tx, { ...input, servicePointId: actor.servicePointId });
        await audit(tx, actor, row.servicePointId, 'product.create', 'field_product', row.id, `${row.model} ${row.name}`, input);
        return row;
      });
    },
    async updateProduct(actor: Actor, id: string, input: FieldProductInput & { version: number }) {
      return db.transaction(async (tx) => {
        const p = await repo.findProduct(tx, id);
        if (!p) throw notFound('产品型号');
        await visiblePoint(tx, actor, p.servicePointId);
        const { version, ...patch } = input;
        const row = await repo.updateProduct(tx, id, version, patch, now());
        if (!row) throw staleVersion();
        await audit(tx, actor, row.servicePointId, 'product.update', 'field_product', row.id, `${row.model} ${row.name}`, patch);
        return row;
      });
    },
    async listUnits(actor: Actor, f: FieldUnitQuery) {
      const rows = await repo.searchUnits(db, { pointIds: await scopePointIds(db, actor), text: f.q, productId: f.productId });
      return presentUnits(db, rows, now());
    },
    async createUnit(actor: Actor, input: FieldUnitInput) {
      return db.transaction(async (tx) => {
        const product = await productInScope(tx, actor, input.productId);
        const problems = unitProblems(input);
        const values = unitValues(input, product, actor.servicePointId);
        if (await repo.findUnitBySerial(tx, product.id, values.serial))
          problems.push({ path: 'serial', message: `型号 ${product.model} 已有出厂编号 ${values.serial} 的设备` });
        if (problems.length) throw invalid(problems);
        const row = await repo.insertUnit(tx, values);
        await audit(tx, actor, row.servicePointId, 'unit.create', 'field_unit', row.id, `${product.model} ${row.serial} ${row.customerName}`, values);
        return (await presentUnits(tx, [row], now()))[0];
      });
    },
    /** The unit with every service request and visit (installs, repairs, maintenance, parts), newest first. */
    async history(actor: Actor, id: string): Promise<FieldUnitHistory> {
      const u = await unitInScope(db, actor, id);
      const requests = await repo.listRequests(db, {
        pointIds: (await listPointsByIds(db, [u.servicePointId])).map((p) => p.id).concat(await scopePointIds(db, actor)),
        unitId: u.id,
      });
      const visits = await repo.visitsOf(db, { unitId: u.id });
      return {
        unit: (await presentUnits(db, [u], now()))[0],
        requests: await presentRequests(db, requests),
        visits: (await presentVisits(db, visits)).reverse(),
      };
    },
  };
}
export type ArchiveService = ReturnType<typeof createArchiveService>;
