/**
 * Supplier recovery (二次索赔): the manufacturer claims returned or missing old parts back from the component
 * supplier (配套厂家) responsible for the cause part; the supplier's answer sets the recovered amount and the
 * status; the recovery rate per supplier is shown with the catalog.
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { SupplierClaim, SupplierClaimAnswer, SupplierClaimCreate } from '../../../contracts/claims.js';
import { type SupplierClaimStatus, supplierOutcome } from '../../../domain/claims/old-parts.js';
import { AppError, invalid, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint, listPointsUnder } from '../service-points/index.js';
import { findSupplier } from './catalog.repo.js';
import { manufacturerOf } from './manufacturer.js';
import { oldParts, setLinesWhere } from './old-parts.repo.js';
import * as repo from './suppliers.repo.js';

const present = (r: { claim: repo.SupplierClaimRow; supplierName: string; lineCount: number }): SupplierClaim => ({
  id: r.claim.id,
  number: r.claim.number,
  supplierId: r.claim.supplierId,
  supplierName: r.supplierName,
  status: r.claim.status as SupplierClaimStatus,
  claimedFen: r.claim.claimedFen,
  recoveredFen: r.claim.recoveredFen,
  note: r.claim.note,
  lineCount: Number(r.lineCount),
  sentAt: r.claim.sentAt?.toISOString() ?? null,
  decidedAt: r.claim.decidedAt?.toISOString() ?? null,
  version: r.claim.version,
  createdAt: r.claim.createdAt.toISOString(),
});

export function createSuppliersService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  const pointOfActor = async (actor: Actor) => (await manufacturerOf(db, actor.pointPath)).pointId;
  return {
    async list(actor: Actor) {
      return (await repo.supplierClaimsOf(db, await pointOfActor(actor))).map(present);
    },
    /** Claim parts of one supplier (received or missing, not claimed yet) back from it; sent at once. */
    async create(actor: Actor, input: SupplierClaimCreate) {
      return db.transaction(async (tx) => {
        const m = await manufacturerOf(tx, actor.pointPath);
        const supplier = await findSupplier(tx, input.supplierId);
        if (!supplier || supplier.servicePointId !== m.pointId) throw invalid([{ path: 'supplierId', message: '配套厂家不存在' }]);
        const pointIds = (await listPointsUnder(tx, actor.pointPath)).map((p) => p.id);
        const rows = await oldParts(tx, { pointIds, ids: input.lineIds, lock: true });
        input.lineIds.forEach((id, i) => {
          const r = rows.find((x) => x.line.id === id);
          if (!r) throw invalid([{ path: `lineIds.${i}`, message: '旧件不存在或无权查看' }]);
          if (r.line.supplierId !== supplier.id) throw invalid([{ path: `lineIds.${i}`, message: `${r.line.tagNo} 不是该厂家的配件` }]);
          if (r.line.supplierClaimId) throw invalid([{ path: `lineIds.${i}`, message: `${r.line.tagNo} 已在二次索赔中` }]);
          if (!['returned', 'missing'].includes(r.line.returnStatus)) throw invalid([{ path: `lineIds.${i}`, message: `${r.line.tagNo} 尚未回运签收` }]);
        });
        const point = await findPoint(tx, m.pointId);
        if (!point) throw notFound('服务网点');
        const at = now();
        const claimedFen = rows.reduce((t, r) => t + r.line.amountFen, 0);
        const c = await repo.insertSupplierClaim(tx, {
          servicePointId: m.pointId,
          number: await nextDocumentNumber(tx, point, 'supplierClaim', at),
          supplierId: supplier.id,
          status: 'sent',
          claimedFen,
          note: input.note,
          sentAt: at,
        });
        await setLinesWhere(tx, input.lineIds, { supplierClaimId: c.id });
        await insertAudit(tx, actor, {
          servicePointId: m.pointId,
          action: 'claims.supplier-claim',
          entityType: 'supplier_claim',
          entityId: c.id,
          summary: `${c.number} 向 ${supplier.name} 二次索赔 ${rows.length} 件 ¥${(claimedFen / 100).toFixed(2)}`,
          after: input,
        });
        return present({ claim: c, supplierName: supplier.name, lineCount: rows.length });
      });
    },
    /** The supplier's answer: what it pays back (0 = refused, less = partly, all = accepted). */
    async answer(actor: Actor, id: string, input: SupplierClaimAnswer) {
      return db.transaction(async (tx) => {
        const c = await repo.findSupplierClaim(tx, id, true);
        if (!c || c.servicePointId !== (await manufacturerOf(tx, actor.pointPath)).pointId) throw notFound('二次索赔单');
        if (c.version !== input.version) throw staleVersion();
        if (c.status !== 'sent') throw new AppError('ILLEGAL_TRANSITION', '二次索赔单已有结果');
        if (input.recoveredFen > c.claimedFen) throw invalid([{ path: 'recoveredFen', message: '追回金额不能超过索赔金额' }]);
        const at = now();
        const status = supplierOutcome(c.claimedFen, input.recoveredFen);
        const row = await repo.updateSupplierClaim(tx, c.id, c.version, { status, recoveredFen: input.recoveredFen, decidedAt: at }, at);
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: c.servicePointId,
          action: 'claims.supplier-answer',
          entityType: 'supplier_claim',
          entityId: c.id,
          summary: `${c.number} 追回 ¥${(input.recoveredFen / 100).toFixed(2)}`,
          after: { status, recoveredFen: input.recoveredFen },
        });
        const supplier = await findSupplier(tx, c.supplierId);
        return present({ claim: row, supplierName: supplier?.name ?? '', lineCount: 0 });
      });
    },
  };
}
export type SuppliersService = ReturnType<typeof createSuppliersService>;
