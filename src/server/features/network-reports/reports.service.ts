/**
 * Reports upward: a draft with the KPI pack's figures of the period frozen in (refreshable while a draft), commentary
 * per template section, submitted by the point and acknowledged (or sent back) by a manager of a point above it.
 */
import type { Db } from '../../db/client.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import type { Report } from '../../../contracts/network-reports.js';
import { kpiByKey } from '../../../domain/kpi/index.js';
import {
  nextReportStatus,
  REPORT_KIND_LABELS,
  REPORT_TEMPLATES,
  reportPeriod,
  type ReportAction,
  type ReportKind,
  type ReportStatus,
} from '../../../domain/network-reports/index.js';
import { DEFAULT_TIME_ZONE, localDate } from '../../../domain/time/index.js';
import { AppError, forbidden, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import type { KpiPackService } from '../kpi/index.js';
import { findPoint, visiblePoint } from '../service-points/index.js';
import * as repo from './reports.repo.js';

type Found = NonNullable<Awaited<ReturnType<typeof repo.findReport>>>;
const STATUS_ZH: Record<ReportStatus, string> = { draft: '草稿', submitted: '已提交', acknowledged: '已确认' };

/** A manager of a point strictly above the report's point (the level the report goes to). */
const isAbove = (actor: Actor, pointPath: string) => pointPath.startsWith(actor.pointPath) && pointPath !== actor.pointPath;

export function present(f: Pick<Found, 'r' | 'pointName' | 'pointPath'>, actor: Actor): Report {
  const r = f.r;
  const kind = r.kind as ReportKind;
  return {
    id: r.id,
    servicePointId: r.servicePointId,
    pointName: f.pointName,
    kind,
    period: r.periodLabel,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    title: r.title,
    status: r.status as ReportStatus,
    figures: r.figures,
    sections: REPORT_TEMPLATES[kind].map((s) => ({
      key: s.key,
      titleZh: s.titleZh,
      text: r.sections[s.key] ?? '',
      kpis: s.kpis.flatMap((k) => {
        const d = kpiByKey(k);
        return d ? [{ key: d.key, nameZh: d.nameZh, nameEn: d.nameEn, unit: d.unit, formulaZh: d.formulaZh }] : [];
      }),
    })),
    authorName: r.authorName,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    submittedByName: r.submittedByName,
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    acknowledgedByName: r.acknowledgedByName,
    acknowledgeNote: r.acknowledgeNote,
    canEdit: r.status === 'draft' && can(actor, 'reports.submit') && f.pointPath.startsWith(actor.pointPath),
    canAcknowledge: r.status === 'submitted' && can(actor, 'reports.read') && isAbove(actor, f.pointPath),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
  };
}

export function createReportService(deps: { db: Db; now: () => Date; kpi: KpiPackService }) {
  const { db, now, kpi } = deps;

  async function figuresOf(actor: Actor, pointId: string, from: string, to: string) {
    const v = await kpi.view(actor, { servicePointId: pointId, period: 'custom', from, to });
    return Object.fromEntries(v.kpis.map((k) => [k.key, { value: k.value, previous: k.previous, lastYear: k.lastYear, target: k.target }]));
  }

  async function get(actor: Actor, id: string) {
    const f = await repo.findReport(db, id);
    if (!f?.pointPath.startsWith(actor.pointPath)) throw notFound('报告');
    return f;
  }

  return {
    async create(actor: Actor, input: { servicePointId?: string; kind: ReportKind; period: string }): Promise<Report> {
      const point = await visiblePoint(db, actor, input.servicePointId);
      const p = reportPeriod(input.kind, input.period, localDate(point.timeZone, now()));
      if ('problem' in p) throw invalid([{ path: 'period', message: p.problem }]);
      if (await repo.findByPeriod(db, point.id, input.kind, input.period))
        throw new AppError('CONFLICT', '该期间的报告已存在', [{ path: 'period', message: '该期间的报告已存在' }]);
      const figures = await figuresOf(actor, point.id, p.from, p.to);
      const at = now();
      const row = await db.transaction(async (tx) => {
        const r = await repo.insertReport(tx, {
          servicePointId: point.id,
          kind: input.kind,
          periodLabel: input.period,
          periodFrom: p.from,
          periodTo: p.to,
          title: `${point.nameZh} ${input.period} ${REPORT_KIND_LABELS[input.kind].zh}`,
          figures,
          authorName: actor.displayName,
          createdAt: at,
          updatedAt: at,
        });
        await insertAudit(tx, actor, { servicePointId: point.id, action: 'report.create', entityType: 'network_report', entityId: r.id, summary: r.title });
        return r;
      });
      return present({ r: row, pointName: point.nameZh, pointPath: point.path }, actor);
    },

    async get(actor: Actor, id: string) {
      return present(await get(actor, id), actor);
    },
    /** The report and its point's zone, for the A4 print. */
    async printData(actor: Actor, id: string) {
      const f = await get(actor, id);
      const point = await findPoint(db, f.r.servicePointId);
      return { report: present(f, actor), timeZone: point?.timeZone ?? DEFAULT_TIME_ZONE };
    },

    async list(actor: Actor, q: { servicePointId?: string; kind?: ReportKind; status?: ReportStatus; q?: string; page: number; pageSize: number }) {
      const { rows, total } = await repo.listReports(db, actor.pointPath, q);
      const items = rows.map((f) => {
        const { figures: _, sections: __, ...rest } = present(f, actor);
        return rest;
      });
      return { items, total, page: q.page, pageSize: q.pageSize };
    },

    async update(actor: Actor, id: string, input: { version: number; sections: Record<string, string> }) {
      const f = await get(actor, id);
      const keys = new Set(REPORT_TEMPLATES[f.r.kind as ReportKind].map((s) => s.key));
      const unknown = Object.keys(input.sections).filter((k) => !keys.has(k));
      if (unknown.length) throw invalid(unknown.map((k) => ({ path: `sections.${k}`, message: '模板中没有这一节' })));
      return db.transaction(async (tx) => {
        const cur = (await repo.findReport(tx, id, true))!;
        if (cur.r.version !== input.version) throw staleVersion();
        if (!nextReportStatus(cur.r.status as ReportStatus, 'edit')) throw new AppError('CONFLICT', `报告${STATUS_ZH[cur.r.status as ReportStatus]},不能修改`);
        const r = await repo.updateReport(tx, id, input.version, { sections: { ...cur.r.sections, ...input.sections } }, now());
        if (!r) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: r.servicePointId,
          action: 'report.edit',
          entityType: 'network_report',
          entityId: id,
          summary: `${r.title} 编辑:${Object.keys(input.sections).join('、')}`,
        });
        return present({ ...cur, r }, actor);
      });
    },

    /** submit / refresh (the point), acknowledge / reopen (a manager of a point above it). */
    async act(actor: Actor, id: string, input: { version: number; action: ReportAction | 'refresh'; note: string }) {
      const f = await get(actor, id);
      const upward = input.action === 'acknowledge' || input.action === 'reopen';
      if (upward && !isAbove(actor, f.pointPath)) throw ruleBroken('报告须由上级网点确认或退回', [], 'report.not_above');
      if (!upward && !can(actor, 'reports.submit')) throw forbidden();
      const figures = input.action === 'refresh' ? await figuresOf(actor, f.r.servicePointId, f.r.periodFrom, f.r.periodTo) : null;
      const at = now();
      return db.transaction(async (tx) => {
        const cur = (await repo.findReport(tx, id, true))!;
        if (cur.r.version !== input.version) throw staleVersion();
        const from = cur.r.status as ReportStatus;
        const to = nextReportStatus(from, input.action === 'refresh' ? 'edit' : input.action);
        if (!to) throw new AppError('CONFLICT', `报告${STATUS_ZH[from]},不能执行此操作`);
        const patch =
          input.action === 'refresh'
            ? { figures: figures! }
            : input.action === 'submit'
              ? { status: to, submittedAt: at, submittedByName: actor.displayName }
              : input.action === 'acknowledge'
                ? {
                    status: to,
                    acknowledgedAt: at,
                    acknowledgedByName: actor.displayName,
                    acknowledgedPointId: actor.servicePointId,
                    acknowledgeNote: input.note,
                  }
                : { status: to, submittedAt: null, submittedByName: null, acknowledgeNote: input.note };
        const r = await repo.updateReport(tx, id, input.version, patch, at);
        if (!r) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: r.servicePointId,
          action: `report.${input.action}`,
          entityType: 'network_report',
          entityId: id,
          summary: `${r.title} ${STATUS_ZH[from]} → ${STATUS_ZH[to]}${input.note ? `:${input.note}` : ''}`,
        });
        return present({ ...cur, r }, actor);
      });
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
