/**
 * The manufacturer's claim catalog and settings: read by everyone in the network (the station's 索赔专员 picks
 * codes from it), kept by the manufacturer's claims staff (claims.review) at their own point.
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { ClaimCatalog, ClaimPartBody, ClaimSettingsBody, ComponentSupplierBody, FaultCodeBody, LaborCodeBody } from '../../../contracts/claims.js';
import { recoveryRateBp } from '../../../domain/claims/old-parts.js';
import { AppError, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import * as repo from './catalog.repo.js';
import { recoveredBySupplier } from './suppliers.repo.js';
import { manufacturerOf } from './manufacturer.js';

export function createCatalogService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  const audit = (tx: Parameters<typeof insertAudit>[0], actor: Actor, action: string, entityId: string, summary: string, after: unknown) =>
    insertAudit(tx, actor, { servicePointId: actor.servicePointId, action: `claims.catalog.${action}`, entityType: 'claim_catalog', entityId, summary, after });
  return {
    /** The catalog of the actor's manufacturer (the point above them that keeps the settings, or their own). */
    async get(actor: Actor): Promise<ClaimCatalog> {
      const m = await manufacturerOf(db, actor.pointPath);
      const [faults, labor, parts, suppliers, recovered] = await Promise.all([
        repo.faultCodesOf(db, m.pointId),
        repo.laborCodesOf(db, m.pointId),
        repo.partsOf(db, m.pointId),
        repo.suppliersOf(db, m.pointId),
        recoveredBySupplier(db, m.pointId),
      ]);
      return {
        manufacturerPointId: m.pointId,
        settings: { version: m.settingsVersion, ...m.settings },
        faultCodes: faults.map((f) => ({ id: f.id, code: f.code, nameZh: f.nameZh, models: f.models })),
        laborCodes: labor.map((l) => ({ id: l.id, code: l.code, nameZh: l.nameZh, hours: l.hoursMilli / 1000, faultCodes: l.faultCodes, models: l.models })),
        parts: parts.map((p) => ({ id: p.id, partNo: p.partNo, name: p.name, models: p.models, needsReturn: p.needsReturn, supplierId: p.supplierId })),
        suppliers: suppliers.map((s) => {
          const r = recovered.get(s.id) ?? { claimedFen: 0, recoveredFen: 0 };
          return { id: s.id, code: s.code, name: s.name, contact: s.contact, ...r, recoveryRateBp: recoveryRateBp(r.claimedFen, r.recoveredFen) };
        }),
      };
    },
    async putSettings(actor: Actor, input: ClaimSettingsBody) {
      const { version, ...v } = input;
      return db.transaction(async (tx) => {
        const row = await repo.upsertSettings(tx, actor.servicePointId, version, v, now());
        if (!row) throw staleVersion();
        await audit(tx, actor, 'settings', row.id, '索赔参数', v);
        return row;
      });
    },
    async putFaultCode(actor: Actor, input: FaultCodeBody) {
      return db.transaction(async (tx) => {
        const row = await repo.upsertFaultCode(tx, { ...input, servicePointId: actor.servicePointId }, now());
        await audit(tx, actor, 'fault-code', row.id, `故障代码 ${row.code} ${row.nameZh}`, input);
        return { id: row.id, code: row.code, nameZh: row.nameZh, models: row.models };
      });
    },
    async putLaborCode(actor: Actor, input: LaborCodeBody) {
      return db.transaction(async (tx) => {
        const faults = new Set((await repo.faultCodesOf(tx, actor.servicePointId)).map((f) => f.code));
        const unknown = input.faultCodes.findIndex((c) => !faults.has(c));
        if (unknown >= 0)
          throw new AppError('VALIDATION', '故障代码不存在', [{ path: `faultCodes.${unknown}`, message: `故障代码 ${input.faultCodes[unknown]} 不存在` }]);
        const { hours, ...rest } = input;
        const row = await repo.upsertLaborCode(tx, { ...rest, hoursMilli: Math.round(hours * 1000), servicePointId: actor.servicePointId }, now());
        await audit(tx, actor, 'labor-code', row.id, `索赔工时代码 ${row.code} ${row.nameZh}`, input);
        return { id: row.id, code: row.code, nameZh: row.nameZh, hours: row.hoursMilli / 1000, faultCodes: row.faultCodes, models: row.models };
      });
    },
    async putPart(actor: Actor, input: ClaimPartBody) {
      return db.transaction(async (tx) => {
        if (input.supplierId) {
          const s = await repo.findSupplier(tx, input.supplierId);
          if (!s || s.servicePointId !== actor.servicePointId)
            throw new AppError('VALIDATION', '配套厂家不存在', [{ path: 'supplierId', message: '配套厂家不存在' }]);
        }
        const row = await repo.upsertPart(tx, { ...input, servicePointId: actor.servicePointId }, now());
        await audit(tx, actor, 'part', row.id, `索赔配件 ${row.partNo} ${row.name}`, input);
        return { id: row.id, partNo: row.partNo, name: row.name, models: row.models, needsReturn: row.needsReturn, supplierId: row.supplierId };
      });
    },
    async putSupplier(actor: Actor, input: ComponentSupplierBody) {
      return db.transaction(async (tx) => {
        const row = await repo.upsertSupplier(tx, { ...input, servicePointId: actor.servicePointId }, now());
        await audit(tx, actor, 'supplier', row.id, `配套厂家 ${row.code} ${row.name}`, input);
        return { id: row.id, code: row.code, name: row.name, contact: row.contact, claimedFen: 0, recoveredFen: 0, recoveryRateBp: null };
      });
    },
  };
}
export type CatalogService = ReturnType<typeof createCatalogService>;
