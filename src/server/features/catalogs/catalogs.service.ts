import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { LaborOperation, LaborOperationCreate, LaborRate, LaborRatePut, Part, PartCreate } from '../../../contracts/catalogs.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './catalogs.repo.js';

type Q = Db | Tx;
const milli = (h: number) => Math.round(h * 1000);
const hours = (m: number) => m / 1000;
const mapValues = (o: Record<string, number>, f: (n: number) => number) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

export const presentLabor = (r: repo.LaborRow): LaborOperation => ({
  id: r.id,
  servicePointId: r.servicePointId,
  code: r.code,
  name: r.name,
  trade: r.trade as LaborOperation['trade'],
  category: r.category as LaborOperation['category'],
  defaultHours: hours(r.defaultHoursMilli),
  hoursByFamily: mapValues(r.hoursByFamilyMilli, hours),
  requiredCertificate: r.requiredCertificate ?? null,
  isActive: r.isActive,
  version: r.version,
});
const presentRate = (r: { trade: string; skillGrade: string; rateFen: number; version: number }): LaborRate => ({
  trade: r.trade as LaborRate['trade'],
  skillGrade: r.skillGrade as LaborRate['skillGrade'],
  rateFen: r.rateFen,
  version: r.version,
});
export const presentPart = (r: repo.PartRow): Part => ({
  id: r.id,
  servicePointId: r.servicePointId,
  partNo: r.partNo,
  name: r.name,
  unit: r.unit,
  retailPriceFen: r.retailPriceFen,
  costPriceFen: r.costPriceFen,
  isGenuine: r.isGenuine,
  brand: r.brand,
  isActive: r.isActive,
  version: r.version,
});
const laborFields = (i: Partial<LaborOperationCreate>) => {
  const { defaultHours, hoursByFamily, requiredCertificate, servicePointId: _p, ...rest } = i;
  return {
    ...rest,
    ...(requiredCertificate !== undefined ? { requiredCertificate: requiredCertificate || null } : {}),
    ...(defaultHours !== undefined ? { defaultHoursMilli: milli(defaultHours) } : {}),
    ...(hoursByFamily ? { hoursByFamilyMilli: mapValues(hoursByFamily, milli) } : {}),
  };
};

/** Labor-time catalog (标准工时), labor rates and the parts catalog of a point. */
export function createCatalogService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  /** Insert or update by code (used by create and by the .xlsx import). */
  async function upsertLabor(tx: Tx, actor: Actor, pointId: string, input: LaborOperationCreate, mode: 'create' | 'upsert', path = 'code') {
    const existing = await repo.findLaborByCode(tx, pointId, input.code);
    if (existing && mode === 'create') throw new AppError('CONFLICT', `工时代码 ${input.code} 已存在`, [{ path, message: '代码已存在' }]);
    const row = existing
      ? (await repo.updateLabor(tx, existing.id, existing.version, laborFields(input), now()))!
      : await repo.insertLabor(tx, {
          ...laborFields(input),
          code: input.code,
          name: input.name,
          trade: input.trade,
          defaultHoursMilli: milli(input.defaultHours),
          servicePointId: pointId,
        });
    await insertAudit(tx, actor, {
      servicePointId: pointId,
      action: existing ? 'labor-operation.update' : 'labor-operation.create',
      entityType: 'labor_operation',
      entityId: row.id,
      summary: `${row.code} ${row.name}`,
      before: existing,
      after: row,
    });
    return row;
  }
  async function upsertPart(tx: Tx, actor: Actor, pointId: string, input: PartCreate, mode: 'create' | 'upsert', path = 'partNo') {
    const existing = await repo.findPartByNo(tx, pointId, input.partNo);
    if (existing && mode === 'create') throw new AppError('CONFLICT', `配件号 ${input.partNo} 已存在`, [{ path, message: '配件号已存在' }]);
    const { servicePointId: _p, ...fields } = input;
    const row = existing
      ? (await repo.updatePart(tx, existing.id, existing.version, fields, now()))!
      : await repo.insertPart(tx, { ...fields, servicePointId: pointId });
    await insertAudit(tx, actor, {
      servicePointId: pointId,
      action: existing ? 'part.update' : 'part.create',
      entityType: 'part',
      entityId: row.id,
      summary: `${row.partNo} ${row.name}`,
      before: existing,
      after: row,
    });
    return row;
  }
  async function inScope<T extends { servicePointId: string }>(q: Q, actor: Actor, row: T | undefined, what: string) {
    if (!row) throw notFound(what);
    await visiblePoint(q, actor, row.servicePointId);
    return row;
  }

  // Rows from before pinyin search keys existed get theirs at the point's first search (once per process).
  const keyedPoints = new Set<string>();
  async function ensureSearchKeys(pointId: string, q?: string) {
    if (!q || keyedPoints.has(pointId)) return;
    while ((await repo.fillMissingSearchKeys(db, pointId)) > 0);
    keyedPoints.add(pointId);
  }

  return {
    upsertLabor,
    upsertPart,
    async listLabor(actor: Actor, f: { servicePointId?: string; q?: string; trade?: string; page: number; pageSize: number }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      await ensureSearchKeys(point.id, f.q);
      const { rows, total } = await repo.listLabor(db, { pointId: point.id, q: f.q, trade: f.trade, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return { items: rows.map(presentLabor), total, page: f.page, pageSize: f.pageSize };
    },
    async createLabor(actor: Actor, input: LaborOperationCreate) {
      return presentLabor(
        await db.transaction(async (tx) => upsertLabor(tx, actor, (await visiblePoint(tx, actor, input.servicePointId)).id, input, 'create')),
      );
    },
    async updateLabor(actor: Actor, id: string, input: Partial<LaborOperationCreate> & { version: number }) {
      return db.transaction(async (tx) => {
        const before = await inScope(tx, actor, await repo.findLabor(tx, id), '工时项目');
        if (input.code && input.code !== before.code && (await repo.findLaborByCode(tx, before.servicePointId, input.code)))
          throw new AppError('CONFLICT', `工时代码 ${input.code} 已存在`, [{ path: 'code', message: '代码已存在' }]);
        const row = await repo.updateLabor(tx, id, input.version, laborFields(input), now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'labor-operation.update',
          entityType: 'labor_operation',
          entityId: id,
          summary: `${row.code} ${row.name}`,
          before,
          after: row,
        });
        return presentLabor(row);
      });
    },
    async listRates(actor: Actor, servicePointId?: string): Promise<LaborRate[]> {
      const point = await visiblePoint(db, actor, servicePointId);
      return (await repo.listRates(db, point.id)).map(presentRate);
    },
    async putRate(actor: Actor, input: LaborRatePut): Promise<LaborRate> {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const row = await repo.putRate(
          tx,
          { servicePointId: point.id, trade: input.trade, skillGrade: input.skillGrade, rateFen: input.rateFen },
          input.version,
        );
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'labor-rate.put',
          entityType: 'labor_rate',
          entityId: `${input.trade}/${input.skillGrade}`,
          after: row,
        });
        return presentRate(row);
      });
    },
    async listParts(actor: Actor, f: { servicePointId?: string; q?: string; page: number; pageSize: number }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      await ensureSearchKeys(point.id, f.q);
      const { rows, total } = await repo.listParts(db, { pointId: point.id, q: f.q, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return { items: rows.map(presentPart), total, page: f.page, pageSize: f.pageSize };
    },
    async createPart(actor: Actor, input: PartCreate) {
      return presentPart(await db.transaction(async (tx) => upsertPart(tx, actor, (await visiblePoint(tx, actor, input.servicePointId)).id, input, 'create')));
    },
    async updatePart(actor: Actor, id: string, input: Partial<PartCreate> & { version: number }) {
      return db.transaction(async (tx) => {
        const before = await inScope(tx, actor, await repo.findPart(tx, id), '配件');
        if (input.partNo && input.partNo !== before.partNo && (await repo.findPartByNo(tx, before.servicePointId, input.partNo)))
          throw new AppError('CONFLICT', `配件号 ${input.partNo} 已存在`, [{ path: 'partNo', message: '配件号已存在' }]);
        const { version, servicePointId: _p, ...patch } = input;
        const row = await repo.updatePart(tx, id, version, patch, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'part.update',
          entityType: 'part',
          entityId: id,
          summary: `${row.partNo} ${row.name}`,
          before,
          after: row,
        });
        return presentPart(row);
      });
    },
  };
}
export type CatalogService = ReturnType<typeof createCatalogService>;
