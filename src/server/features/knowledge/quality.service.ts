import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { knowledgeArticles, qualityFeedback, servicePoints } from '../../db/schema.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { QualityFeedback, QualityFeedbackAction, QualityFeedbackInput } from '../../../contracts/knowledge.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { visiblePoint } from '../service-points/index.js';

type Q = Db | Tx;
type Row = typeof qualityFeedback.$inferSelect;
const DAY = 86_400_000;

async function present(q: Q, rows: Row[]): Promise<QualityFeedback[]> {
  const titles = new Map<string, string>();
  for (const r of rows)
    if (r.articleId && !titles.has(r.articleId)) {
      const [a] = await q.select({ title: knowledgeArticles.title }).from(knowledgeArticles).where(eq(knowledgeArticles.id, r.articleId));
      if (a) titles.set(r.articleId, a.title);
    }
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    description: r.description,
    model: r.model,
    productionMonth: r.productionMonth,
    part: r.part,
    faultCode: r.faultCode,
    status: r.status as QualityFeedback['status'],
    ownerName: r.ownerName,
    actions: r.actions,
    articleId: r.articleId,
    articleTitle: r.articleId ? (titles.get(r.articleId) ?? null) : null,
    firstReportedAt: r.firstReportedAt.toISOString(),
    fixPublishedAt: r.fixPublishedAt?.toISOString() ?? null,
    daysToFix: r.fixPublishedAt ? Math.round(((r.fixPublishedAt.getTime() - r.firstReportedAt.getTime()) / DAY) * 10) / 10 : null,
    closedAt: r.closedAt?.toISOString() ?? null,
    closingNote: r.closingNote,
    version: r.version,
  }));
}

/** 质量信息反馈: opened by hand (or from a statistic), owned, acted on, linked to the published fix, closed. */
export function createQualityService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async list(actor: Actor) {
      const rows = await db
        .select({ r: qualityFeedback })
        .from(qualityFeedback)
        .innerJoin(servicePoints, eq(servicePoints.id, qualityFeedback.servicePointId))
        .where(sql`${servicePoints.path} like ${`${actor.pointPath}%`}`)
        .orderBy(desc(qualityFeedback.firstReportedAt))
        .limit(200);
      return present(
        db,
        rows.map((x) => x.r),
      );
    },
    async create(actor: Actor, input: QualityFeedbackInput) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, actor.servicePointId);
        const at = now();
        const [row] = await tx
          .insert(qualityFeedback)
          .values({
            servicePointId: point.id,
            number: await nextDocumentNumber(tx, point, 'qualityFeedback', at),
            title: input.title,
            description: input.description,
            model: input.model,
            productionMonth: input.productionMonth,
            part: input.part,
            faultCode: input.faultCode.toUpperCase(),
            status: 'open',
            ownerName: actor.displayName,
            ownerUserId: actor.userId,
            firstReportedAt: input.firstReportedAt ? new Date(input.firstReportedAt) : at,
          })
          .returning();
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'quality.open',
          entityType: 'quality_feedback',
          entityId: row.id,
          summary: `${row.number} ${row.title}`,
        });
        return (await present(tx, [row]))[0];
      });
    },
    async act(actor: Actor, id: string, input: QualityFeedbackAction) {
      return db.transaction(async (tx) => {
        const [r] = await tx.select().from(qualityFeedback).where(eq(qualityFeedback.id, id)).for('update');
        if (!r) throw notFound('质量信息反馈');
        await visiblePoint(tx, actor, r.servicePointId);
        if (r.version !== input.version) throw staleVersion();
        if (r.status === 'closed') throw new AppError('ILLEGAL_TRANSITION', '该反馈已关闭');
        const at = now();
        const patch: Partial<Row> = { status: 'in_progress' };
        if (input.action === 'note') patch.actions = [...r.actions, { at: at.toISOString(), byName: actor.displayName, text: input.text }];
        if (input.action === 'link') {
          const [a] = await tx.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, input.articleId));
          if (!a || !(a.pointPath.startsWith(actor.pointPath) || actor.pointPath.startsWith(a.pointPath))) throw notFound('技术资料');
          if (a.status !== 'published' || !a.publishedAt)
            throw new AppError('BUSINESS_RULE', '只能关联已发布的技术通报或故障案例', [{ path: 'articleId', message: '该文章尚未发布' }]);
          Object.assign(patch, { articleId: a.id, fixPublishedAt: a.publishedAt });
        }
        if (input.action === 'close') {
          if (!r.articleId) throw new AppError('BUSINESS_RULE', '请先关联已发布的技术通报或解决方案', [{ path: 'action', message: '关闭前须关联解决方案' }]);
          Object.assign(patch, { status: 'closed', closedAt: at, closingNote: input.text });
        }
        const [row] = await tx
          .update(qualityFeedback)
          .set({ ...patch, updatedAt: at, version: sql`${qualityFeedback.version} + 1` })
          .where(and(eq(qualityFeedback.id, id), eq(qualityFeedback.version, input.version)))
          .returning();
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: r.servicePointId,
          action: `quality.${input.action}`,
          entityType: 'quality_feedback',
          entityId: r.id,
          summary: `${r.number} ${input.action}`,
        });
        return (await present(tx, [row]))[0];
      });
    },
  };
}
export type QualityService = ReturnType<typeof createQualityService>;
