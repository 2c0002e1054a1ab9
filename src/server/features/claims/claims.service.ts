/**
 * The station's side of a claim: prepared from a warranty work order after settlement or delivery, corrected by the
 * 索赔专员 (fault code, cause part, labor codes, parts on the order, mileage, other costs, photos), pre-checked and
 * submitted. Every change is audited; edits carry the version (409 when stale).
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { ClaimCreate, ClaimQuery, ClaimUpdate, ClaimWorkOrderQuery } from '../../../contracts/claims.js';
import { claimAmount, laborLineFen, partLineFen, type ClaimSettings } from '../../../domain/claims/amount.js';
import { type PreCheckInput, runPreChecks } from '../../../domain/claims/pre-checks.js';
import { type ClaimEvent, type ClaimStatus, nextClaimStatus } from '../../../domain/claims/status.js';
import { tagNumberOf } from '../../../domain/claims/old-parts.js';
import { localDate } from '../../../domain/time/index.js';
import { AppError, type FieldError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { saveAttachmentsInTx } from '../attachments/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint, listPointsUnder, visiblePoint } from '../service-points/index.js';
import { getWorkOrderRow, linesOf, workOrderInScope } from '../work-orders/index.js';
import * as repo from './claims.repo.js';
import * as catalog from './catalog.repo.js';
import { presentClaims } from './claims.present.js';
import type { CoverageLookup } from './coverage.js';
import { manufacturerOf } from './manufacturer.js';

/** Orders the car has left with (settled or delivered): their claims may be prepared. */
const CLAIMABLE_ORDER = ['settled', 'delivered', 'closed'];

type LineDraft = Omit<repo.ClaimLineRow, 'id' | 'claimId'>;
type LineInput = Omit<LineDraft, 'amountFen' | 'tagNo' | 'lineNo'>;
/** A stored line as input for repricing (amount, tag and number are derived again). */
const inputOf = ({ id: _i, claimId: _c, lineNo: _n, amountFen: _a, tagNo: _t, ...rest }: repo.ClaimLineRow): LineInput => rest;

export function createClaimsService(deps: { db: Db; now: () => Date; coverage: CoverageLookup }) {
  const { db, now } = deps;
  const present = (q: Db | Tx, rows: repo.ClaimRow[], detail = true) => presentClaims(q, rows, detail);

  async function inScope(q: Db | Tx, actor: Actor, id: string, lock = false) {
    const c = await repo.findClaim(q, id, lock);
    if (!c) throw notFound('索赔单');
    await visiblePoint(q, actor, c.servicePointId);
    return c;
  }
  function transition(c: repo.ClaimRow, event: ClaimEvent) {
    const next = nextClaimStatus(c.status as ClaimStatus, event);
    if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
    return next.to;
  }
  const audit = (tx: Tx, actor: Actor, c: repo.ClaimRow, action: string, summary: string, before: unknown, after: unknown) =>
    insertAudit(tx, actor, {
      servicePointId: c.servicePointId,
      action: `claims.${action}`,
      entityType: 'warranty_claim',
      entityId: c.id,
      summary,
      before,
      after,
    });

  async function stationOf(q: Db | Tx, pointId: string) {
    const p = await findPoint(q, pointId);
    if (!p) throw notFound('服务网点');
    return p;
  }

  /** Lines with amounts, tag numbers for parts to return; the claim's totals. */
  function priced(claimNumber: string, drafts: LineInput[], otherCostFen: number, s: ClaimSettings) {
    const lines: LineDraft[] = drafts.map((d, i) => ({
      ...d,
      lineNo: i + 1,
      amountFen:
        d.kind === 'labor'
          ? laborLineFen({ hoursMilli: d.hoursMilli ?? 0 }, s)
          : partLineFen({ qtyMilli: d.qtyMilli ?? 0, unitPriceFen: d.unitPriceFen ?? 0 }, s),
      tagNo: d.kind === 'parts' && d.needsReturn ? tagNumberOf(claimNumber, i + 1) : null,
    }));
    const amount = claimAmount(
      {
        labor: lines.filter((l) => l.kind === 'labor').map((l) => ({ hoursMilli: l.hoursMilli ?? 0 })),
        parts: lines.filter((l) => l.kind === 'parts').map((l) => ({ qtyMilli: l.qtyMilli ?? 0, unitPriceFen: l.unitPriceFen ?? 0 })),
        otherCostFen,
      },
      s,
    );
    return { lines, amount };
  }

  const blankLine = {
    deferralReason: '',
    boxId: null,
    batchId: null,
    inspectionNote: '',
    deductedStatementId: null,
    supplierClaimId: null,
    returnStatus: 'not_required',
  };

  /** Build what the pre-check rules need, all read inside `q`. */
  async function preCheckInput(
    q: Db | Tx,
    c: repo.ClaimRow,
    lines: repo.ClaimLineRow[] | LineDraft[],
  ): Promise<{ input: PreCheckInput; settings: ClaimSettings }> {
    const station = await stationOf(q, c.servicePointId);
    const m = await manufacturerOf(q, station.path);
    const labor = lines.filter((l) => l.kind === 'labor');
    const parts = lines.filter((l) => l.kind === 'parts');
    const [laborCat, partCat, order, earlier, preauth] = await Promise.all([
      catalog.laborCodesByCode(
        q,
        m.pointId,
        labor.map((l) => l.code),
      ),
      catalog.partsByNo(
        q,
        m.pointId,
        parts.map((p) => p.code),
      ),
      getWorkOrderRow(q, c.workOrderId),
      repo.claimsOfVinPart(q, c.vin, c.causePartNo, c.id),
      c.preauthId ? repo.findPreauth(q, c.preauthId) : Promise.resolve(undefined),
    ]);
    const tz = station.timeZone;
    const coverage = await deps.coverage(q, { vehicleId: c.vehicleId, partNo: c.causePartNo, at: c.completedAt, mileageKm: c.mileageKm, timeZone: tz });
    const input: PreCheckInput = {
      completedOn: localDate(tz, c.completedAt),
      today: localDate(tz, now()),
      vin: c.vin,
      model: c.model,
      faultCode: c.faultCode,
      causePartNo: c.causePartNo,
      mileageKm: c.mileageKm,
      amountFen: c.amountFen,
      labor: labor.map((l) => {
        const e = laborCat.find((x) => x.code === l.code);
        return { code: l.code, catalog: e ? { faultCodes: e.faultCodes, models: e.models } : null };
      }),
      parts: parts.map((p) => {
        const e = partCat.find((x) => x.partNo === p.code);
        return { partNo: p.code, catalog: e ? { models: e.models } : null };
      }),
      previousMileageKm: order ? await repo.previousMileage(q, c.vehicleId, c.workOrderId, order.receivedAt) : null,
      earlierClaims: earlier.map((e) => ({ number: e.number, completedOn: localDate(tz, e.completedAt) })),
      coverage,
      hasApprovedPreauth: preauth?.status === 'approved' && preauth.workOrderId === c.workOrderId,
    };
    return { input, settings: m.settings };
  }

  return {
    present,
    preCheckInput,
    inScope,
    async list(actor: Actor, f: ClaimQuery) {
      const scope = f.servicePointId ? (await visiblePoint(db, actor, f.servicePointId)).path : actor.pointPath;
      const pointIds = (await listPointsUnder(db, scope)).map((p) => p.id);
      const statuses = f.status?.split(',').filter(Boolean);
      const submittedBefore = f.minAgeDays ? new Date(now().getTime() - f.minAgeDays * 86_400_000) : undefined;
      return present(db, await repo.listClaims(db, { pointIds, statuses, submittedBefore, text: f.q?.trim() || undefined }), false);
    },
    /** The station's warranty orders waiting for a claim (or still open, for a pre-authorisation), newest first. */
    async workOrders(actor: Actor, f: ClaimWorkOrderQuery) {
      const pointIds = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const rows = await repo.warrantyOrders(db, { pointIds, stage: f.stage, text: f.q?.trim() || undefined });
      return rows.map((r) => ({ ...r, completedAt: r.completedAt?.toISOString() ?? null }));
    },
    async get(actor: Actor, id: string) {
      return (await present(db, [await inScope(db, actor, id)]))[0];
    },
    /** Prepare the claim from a warranty work order (its warranty lines, mileage, completion). One claim per order. */
    async create(actor: Actor, input: ClaimCreate) {
      return db.transaction(async (tx) => {
        const order = await workOrderInScope(tx, actor, input.workOrderId, { lock: true });
        const orderLines = (await linesOf(tx, [order.id])).filter((l) => l.payer === 'warranty');
        if (!CLAIMABLE_ORDER.includes(order.status)) throw ruleBroken('工单结算或交车后才能提报索赔', [{ path: 'workOrderId', message: '工单尚未结算/交车' }]);
        if (!orderLines.length) throw ruleBroken('工单没有三包(厂家承担)项目', [{ path: 'workOrderId', message: '不是三包工单' }]);
        if (await repo.claimOfOrder(tx, order.id)) throw new AppError('CONFLICT', '该工单已有索赔单', [{ path: 'workOrderId', message: '该工单已有索赔单' }]);
        const station = await stationOf(tx, order.servicePointId);
        const m = await manufacturerOf(tx, station.path);
        const vehicle = await repo.vehicleOf(tx, order.vehicleId);
        const partCat = await catalog.partsByNo(
          tx,
          m.pointId,
          orderLines.filter((l) => l.kind === 'parts').map((l) => l.code),
        );
        const at = now();
        const number = await nextDocumentNumber(tx, station, 'warrantyClaim', at);
        const drafts = orderLines.map((l) => {
          const part = l.kind === 'parts' ? partCat.find((p) => p.partNo === l.code) : undefined;
          return {
            ...blankLine,
            servicePointId: order.servicePointId,
            kind: l.kind === 'labor' ? 'labor' : 'parts',
            code: l.code,
            name: l.name,
            hoursMilli: l.kind === 'labor' ? l.hoursMilli : null,
            qtyMilli: l.kind === 'parts' ? l.qtyMilli : null,
            unitPriceFen: l.kind === 'parts' ? (l.unitPriceFen ?? 0) : null,
            needsReturn: l.kind === 'parts' ? (part?.needsReturn ?? true) : false,
            supplierId: part?.supplierId ?? null,
          };
        });
        const { lines, amount } = priced(number, drafts, 0, m.settings);
        const firstPart = lines.find((l) => l.kind === 'parts');
        const c = await repo.insertClaim(tx, {
          servicePointId: order.servicePointId,
          number,
          workOrderId: order.id,
          vehicleId: order.vehicleId,
          vin: vehicle?.vin ?? '',
          model: vehicle?.model ?? '',
          status: 'draft',
          faultDescription: [order.concerns, order.diagnosis].filter(Boolean).join(';').slice(0, 500),
          causePartNo: firstPart?.code ?? '',
          mileageKm: order.mileageIn,
          completedAt: order.completedAt ?? order.deliveredAt ?? at,
          laborFen: amount.laborFen,
          partsFen: amount.partsFen,
          otherFen: amount.otherFen,
          amountFen: amount.totalFen,
          createdBy: actor.userId,
        });
        await repo.replaceLines(tx, c.id, lines);
        await audit(tx, actor, c, 'create', `${c.number} 由工单 ${order.number} 生成,¥${(amount.totalFen / 100).toFixed(2)}`, null, {
          lines: lines.length,
          ...amount,
        });
        return (await present(tx, [c]))[0];
      });
    },
    /** Correct a draft or returned claim; the lines are repriced and the last pre-check is cleared. */
    async update(actor: Actor, id: string, input: ClaimUpdate) {
      return db.transaction(async (tx) => {
        const c = await inScope(tx, actor, id, true);
        if (c.version !== input.version) throw staleVersion();
        transition(c, 'edit');
        const station = await stationOf(tx, c.servicePointId);
        const m = await manufacturerOf(tx, station.path);
        const current = await repo.linesOfClaims(tx, [c.id]);
        const orderParts = (await linesOf(tx, [c.workOrderId])).filter((l) => l.kind === 'parts');
        const fields: FieldError[] = [];
        const laborCat = input.labor
          ? await catalog.laborCodesByCode(
              tx,
              m.pointId,
              input.labor.map((l) => l.code),
            )
          : [];
        const partCat = input.parts
          ? await catalog.partsByNo(
              tx,
              m.pointId,
              input.parts.map((p) => p.partNo),
            )
          : [];
        const labor: LineInput[] = input.labor
          ? input.labor.map((l) => ({
              ...blankLine,
              servicePointId: c.servicePointId,
              kind: 'labor',
              code: l.code,
              name: laborCat.find((x) => x.code === l.code)?.nameZh ?? l.code,
              hoursMilli: Math.round(l.hours * 1000),
              qtyMilli: null,
              unitPriceFen: null,
              needsReturn: false,
              supplierId: null,
            }))
          : current.filter((l) => l.kind === 'labor').map(inputOf);
        const parts: LineInput[] = input.parts
          ? input.parts.map((p, i) => {
              // Only parts of the order may be claimed, and no more than it used.
              const onOrder = orderParts.filter((o) => o.code === p.partNo);
              const usedMilli = onOrder.reduce((t, o) => t + (o.qtyMilli ?? 0), 0);
              const qtyMilli = Math.round(p.qty * 1000);
              if (!onOrder.length) fields.push({ path: `parts.${i}.partNo`, message: `配件 ${p.partNo} 不在工单上` });
              else if (qtyMilli > usedMilli) fields.push({ path: `parts.${i}.qty`, message: `数量不能超过工单用量 ${usedMilli / 1000}` });
              const cat = partCat.find((x) => x.partNo === p.partNo);
              return {
                ...blankLine,
                servicePointId: c.servicePointId,
                kind: 'parts',
                code: p.partNo,
                name: onOrder[0]?.name ?? p.partNo,
                hoursMilli: null,
                qtyMilli,
                unitPriceFen: onOrder[0]?.unitPriceFen ?? 0,
                needsReturn: p.needsReturn ?? cat?.needsReturn ?? true,
                supplierId: cat?.supplierId ?? null,
              };
            })
          : current.filter((l) => l.kind === 'parts').map(inputOf);
        if (input.preauthId) {
          const p = await repo.findPreauth(tx, input.preauthId);
          if (!p || p.workOrderId !== c.workOrderId) fields.push({ path: 'preauthId', message: '预授权不属于该工单' });
        }
        if (fields.length) throw invalid(fields);
        const otherCostFen = input.otherCostFen ?? c.otherCostFen;
        const { lines, amount } = priced(
          c.number,
          [...labor, ...parts].map((l) => ({ ...l, returnStatus: 'not_required' })),
          otherCostFen,
          m.settings,
        );
        const patch = {
          faultCode: input.faultCode ?? c.faultCode,
          faultDescription: input.faultDescription ?? c.faultDescription,
          causePartNo: input.causePartNo ?? c.causePartNo,
          mileageKm: input.mileageKm ?? c.mileageKm,
          otherCostFen,
          otherCostNote: input.otherCostNote ?? c.otherCostNote,
          preauthId: input.preauthId === undefined ? c.preauthId : input.preauthId,
          laborFen: amount.laborFen,
          partsFen: amount.partsFen,
          otherFen: amount.otherFen,
          amountFen: amount.totalFen,
          preChecks: null,
          preCheckedAt: null,
        };
        const row = await repo.updateClaim(tx, c.id, c.version, patch, now());
        if (!row) throw staleVersion();
        await repo.replaceLines(tx, c.id, lines);
        await saveAttachmentsInTx(tx, {
          servicePointId: c.servicePointId,
          ownerType: 'warranty_claim',
          ownerId: c.id,
          files: input.photos,
          userId: actor.userId,
          path: 'photos',
        });
        const { preChecks: _p, preCheckedAt: _q, ...shown } = patch;
        await audit(
          tx,
          actor,
          row,
          'update',
          `${c.number} 修改`,
          { faultCode: c.faultCode, causePartNo: c.causePartNo, mileageKm: c.mileageKm, amountFen: c.amountFen, lines: current.length },
          { ...shown, lines: lines.length, photos: input.photos.length },
        );
        return (await present(tx, [row]))[0];
      });
    },
    /** Run the automatic pre-checks and keep their findings on the claim (shown on its page). */
    async preCheck(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const c = await inScope(tx, actor, id, true);
        transition(c, 'edit');
        const { input, settings } = await preCheckInput(tx, c, await repo.linesOfClaims(tx, [c.id]));
        const findings = runPreChecks(input, settings);
        const row = await repo.updateClaim(tx, c.id, c.version, { preChecks: findings, preCheckedAt: now() }, now());
        if (!row) throw staleVersion();
        await audit(tx, actor, row, 'pre-check', `${c.number} 预审:${findings.length ? `${findings.length} 项问题` : '通过'}`, null, findings);
        return (await present(tx, [row]))[0];
      });
    },
    /** Submit (上报) to the manufacturer: only with every field filled and no pre-check finding; else 400/422 and nothing changes. */
    async submit(actor: Actor, id: string, input: { version: number }) {
      return db.transaction(async (tx) => {
        const c = await inScope(tx, actor, id, true);
        if (c.version !== input.version) throw staleVersion();
        const status = transition(c, 'submit');
        const lines = await repo.linesOfClaims(tx, [c.id]);
        const missing: FieldError[] = [];
        if (!c.faultCode) missing.push({ path: 'faultCode', message: '请填写故障代码' });
        if (!c.causePartNo) missing.push({ path: 'causePartNo', message: '请填写责任件' });
        if (!lines.length) missing.push({ path: 'labor', message: '至少一项工时或配件' });
        if (missing.length) throw invalid(missing, '索赔单信息不全');
        const { input: pre, settings } = await preCheckInput(tx, c, lines);
        const findings = runPreChecks(pre, settings);
        if (findings.length)
          throw ruleBroken(
            `预审未通过:${findings.map((f) => f.messageZh).join(';')}`,
            findings.map((f) => ({ path: f.path, message: f.messageZh })),
            'PRE_CHECK_FAILED',
          );
        const at = now();
        const row = await repo.updateClaim(
          tx,
          c.id,
          c.version,
          {
            status,
            submittedAt: at,
            submittedBy: actor.userId,
            submittedByName: actor.displayName,
            submitCount: c.submitCount + 1,
            preChecks: [],
            preCheckedAt: at,
          },
          at,
        );
        if (!row) throw staleVersion();
        await audit(
          tx,
          actor,
          row,
          'submit',
          `${c.number} 上报厂家(第 ${row.submitCount} 次)¥${(c.amountFen / 100).toFixed(2)}`,
          { status: c.status },
          { status },
        );
        return (await present(tx, [row]))[0];
      });
    },
  };
}
export type ClaimsService = ReturnType<typeof createClaimsService>;
