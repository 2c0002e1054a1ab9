/**
 * The network page's data and the accreditation lifecycle: every point in scope with its tier, star grade,
 * accreditation state and this month's figures (the KPI pack over the rollups); a candidate dealer made in the
 * 申请 state; each step (考察, 初审, 签约, 运营, 整改, 退出) a dated record with documents (attachments, PDFs allowed).
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { AccreditationAct, AccreditationRecord, NetworkPoint } from '../../../contracts/network-admin.js';
import type { ServicePoint } from '../../../contracts/org.js';
import {
  ACCREDITATION_LABELS,
  accreditationActions,
  accreditationDateProblem,
  nextAccreditation,
  type AccreditationStatus,
  type Star,
} from '../../../domain/network-admin/index.js';
import { DEFAULT_TIME_ZONE, localDate } from '../../../domain/time/index.js';
import { AppError, invalid, staleVersion } from '../../http/errors.js';
import { attachmentsOf, saveAttachmentsInTx } from '../attachments/index.js';
import { insertAudit } from '../audit/index.js';
import type { KpiPackService } from '../kpi/index.js';
import { createServicePointService, listPointsUnder, visiblePoint, type ServicePointRow } from '../service-points/index.js';
import * as repo from './network-admin.repo.js';

export type CandidateInput = Omit<ServicePoint, 'id' | 'depth' | 'version' | 'parentId' | 'timeZone'> & {
  parentId: string;
  timeZone?: string;
  lng?: number | null;
  lat?: number | null;
  on: string;
  note: string;
};

export function presentPoint(
  p: ServicePointRow,
  prof: repo.ProfileRow | undefined,
  extra: Pick<NetworkPoint, 'month' | 'lastScore' | 'openRectifications'>,
): NetworkPoint {
  const accreditation = (prof?.accreditation ?? 'operating') as AccreditationStatus;
  return {
    id: p.id,
    parentId: p.parentId,
    code: p.code,
    nameZh: p.nameZh,
    kind: p.kind as NetworkPoint['kind'],
    regionCodes: p.regionCodes,
    star: (prof?.star ?? 'none') as Star,
    accreditation,
    nextActions: accreditationActions(accreditation),
    lng: prof?.lng ?? null,
    lat: prof?.lat ?? null,
    ...extra,
    version: prof?.version ?? 1,
  };
}

export function createAccreditationService(deps: { db: Db; now: () => Date; kpi: KpiPackService }) {
  const { db, now, kpi } = deps;

  /** The overview's four figures of a point's month (its subtree), from the KPI values. */
  const monthFigures = (v: Record<string, number | null>): NetworkPoint['month'] => ({
    carsSettled: v.carsSettled ?? null,
    revenueFen: v.revenue ?? null,
    csi: v.csi ?? null,
    firstTimeFix: v.firstTimeFix ?? null,
  });

  async function monthOf(actor: Actor, pointId: string): Promise<NetworkPoint['month']> {
    const v = await kpi.view(actor, { servicePointId: pointId, period: 'month' });
    return monthFigures(Object.fromEntries(v.kpis.map((k) => [k.key, k.value])));
  }

  async function records(q: Db | Tx, pointId: string): Promise<AccreditationRecord[]> {
    const rows = await repo.recordsOf(q, pointId);
    const docs = await attachmentsOf(
      q,
      'accreditation_record',
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      fromStatus: r.fromStatus as AccreditationStatus | null,
      toStatus: r.toStatus as AccreditationStatus,
      on: r.on,
      note: r.note,
      byName: r.byName,
      documents: docs.get(r.id) ?? [],
    }));
  }

  return {
    records,
    /** Every point in the actor's scope, with the month's figures and the open rectifications / last score given. */
    async overview(actor: Actor, extras: (ids: string[]) => Promise<{ lastScore: Map<string, number>; open: Map<string, number> }>) {
      const points = await listPointsUnder(db, actor.pointPath);
      const ids = points.map((p) => p.id);
      const [profiles, ex, months] = await Promise.all([repo.profilesOf(db, ids), extras(ids), kpi.monthOfEach(points)]);
      const byId = new Map(profiles.map((p) => [p.servicePointId, p]));
      const items = points.map((p) =>
        presentPoint(p, byId.get(p.id), {
          month: monthFigures(months.get(p.id) ?? {}),
          lastScore: ex.lastScore.get(p.id) ?? null,
          openRectifications: ex.open.get(p.id) ?? 0,
        }),
      );
      const root = points[0];
      return { month: localDate(root?.timeZone ?? DEFAULT_TIME_ZONE, now()).slice(0, 7), items };
    },

    async point(actor: Actor, id: string) {
      const p = await visiblePoint(db, actor, id);
      const [prof] = await repo.profilesOf(db, [p.id]);
      return { row: p, profile: prof, month: await monthOf(actor, p.id) };
    },

    /** A candidate dealer: the point (through the service points' own rules) in 申请, with its first dated record. */
    async createCandidate(actor: Actor, input: CandidateInput) {
      const { lng, lat, on, note, ...pointInput } = input;
      return db.transaction(async (tx) => {
        const parent = await visiblePoint(tx, actor, input.parentId);
        const problem = accreditationDateProblem(on, localDate(parent.timeZone, now()), null);
        if (problem) throw invalid([{ path: 'on', message: problem }]);
        const created = await createServicePointService({ db: tx as unknown as Db, now }).create(actor, { timeZone: parent.timeZone, ...pointInput });
        const prof = await repo.profileForUpdate(tx, created.id, { accreditation: 'applied', lng: lng ?? null, lat: lat ?? null });
        await repo.insertRecord(tx, { servicePointId: created.id, fromStatus: null, toStatus: 'applied', on, note, byName: actor.displayName });
        await insertAudit(tx, actor, {
          servicePointId: created.id,
          action: 'accreditation.apply',
          entityType: 'service_point',
          entityId: created.id,
          summary: `${created.nameZh} 申请加入服务网络`,
        });
        return prof;
      });
    },

    async updateProfile(actor: Actor, id: string, input: { version: number; star?: Star; lng?: number | null; lat?: number | null }) {
      return db.transaction(async (tx) => {
        const p = await visiblePoint(tx, actor, id);
        const before = await repo.profileForUpdate(tx, p.id);
        const { version, ...patch } = input;
        const row = await repo.updateProfile(tx, p.id, version, patch, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: p.id,
          action: 'network.profile',
          entityType: 'service_point',
          entityId: p.id,
          summary: `${p.nameZh} 星级/坐标`,
          before,
          after: row,
        });
        return row;
      });
    },

    /** One step of the lifecycle: the table decides; the date is the point's local day, not in the future. */
    async act(actor: Actor, id: string, input: AccreditationAct) {
      return db.transaction(async (tx) => {
        const p = await visiblePoint(tx, actor, id);
        if (p.path === actor.pointPath) throw new AppError('BUSINESS_RULE', '不能对本网点执行认证步骤', [{ path: 'action', message: '由上级网点管理' }]);
        const prof = await repo.profileForUpdate(tx, p.id);
        if (prof.version !== input.version) throw staleVersion();
        const from = prof.accreditation as AccreditationStatus;
        const to = nextAccreditation(from, input.action);
        if (!to) throw new AppError('CONFLICT', `当前为「${ACCREDITATION_LABELS[from]}」,不能执行此步骤`, [{ path: 'action', message: '当前状态不允许' }]);
        const last = (await repo.recordsOf(tx, p.id)).at(-1)?.on ?? null;
        const problem = accreditationDateProblem(input.on, localDate(p.timeZone, now()), last);
        if (problem) throw invalid([{ path: 'on', message: problem }]);
        const row = await repo.updateProfile(tx, p.id, input.version, { accreditation: to }, now());
        if (!row) throw staleVersion();
        const rec = await repo.insertRecord(tx, {
          servicePointId: p.id,
          fromStatus: from,
          toStatus: to,
          on: input.on,
          note: input.note,
          byName: actor.displayName,
        });
        if (input.documents.length)
          await saveAttachmentsInTx(tx, {
            servicePointId: p.id,
            ownerType: 'accreditation_record',
            ownerId: rec.id,
            files: input.documents,
            userId: actor.userId,
            path: 'documents',
          });
        await insertAudit(tx, actor, {
          servicePointId: p.id,
          action: `accreditation.${input.action}`,
          entityType: 'service_point',
          entityId: p.id,
          summary: `${p.nameZh} ${ACCREDITATION_LABELS[from]} → ${ACCREDITATION_LABELS[to]}${input.note ? `:${input.note}` : ''}`,
        });
        return row;
      });
    },
  };
}
export type AccreditationService = ReturnType<typeof createAccreditationService>;
