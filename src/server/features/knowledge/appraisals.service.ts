import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { techAppraisals } from '../../db/schema.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { normalizeCode } from '../../../domain/knowledge/tokens.js';
import type { Appraisal, AppraisalDecision, AppraisalRequest } from '../../../contracts/knowledge.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { attachmentsOf, saveAttachmentsInTx } from '../attachments/index.js';
import { visiblePoint } from '../service-points/index.js';
import { workOrderInScope } from '../work-orders/index.js';
import { tellAsker, tellSupport } from './notices.js';

type Q = Db | Tx;
type Row = typeof techAppraisals.$inferSelect;
const VERDICT_ZH = { quality: '属于质量问题', not_quality: '不属于质量问题', undetermined: '无法判定' } as const;

async function present(q: Q, rows: Row[]): Promise<Appraisal[]> {
  const files = await attachmentsOf(
    q,
    'tech_appraisal',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    workOrderId: r.workOrderId,
    question: r.question,
    faultCodes: r.faultCodes,
    status: r.status as Appraisal['status'],
    verdict: r.verdict as Appraisal['verdict'],
    reasoning: r.reasoning,
    requestedByName: r.requestedByName,
    requestedAt: r.requestedAt.toISOString(),
    decidedByName: r.decidedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    evidence: files.get(r.id) ?? [],
    version: r.version,
  }));
}

/** The latest decided appraisal of a work order (the claims engineer carries it into the warranty claim). */
export async function appraisalFor(q: Q, workOrderId: string): Promise<Appraisal | null> {
  const [row] = await q
    .select()
    .from(techAppraisals)
    .where(and(eq(techAppraisals.workOrderId, workOrderId), eq(techAppraisals.status, 'decided')))
    .orderBy(desc(techAppraisals.decidedAt))
    .limit(1);
  return row ? (await present(q, [row]))[0] : null;
}

/** 索赔技术鉴定: the advisor asks, the 技术主管 (tech.support) decides with evidence; both stay on the work order. */
export function createAppraisalService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async list(actor: Actor, workOrderId: string) {
      await workOrderInScope(db, actor, workOrderId);
      return present(db, await db.select().from(techAppraisals).where(eq(techAppraisals.workOrderId, workOrderId)).orderBy(desc(techAppraisals.requestedAt)));
    },
    async request(actor: Actor, workOrderId: string, input: AppraisalRequest) {
      return db.transaction(async (tx) => {
        const order = await workOrderInScope(tx, actor, workOrderId);
        const at = now();
        const [row] = await tx
          .insert(techAppraisals)
          .values({
            servicePointId: order.servicePointId,
            workOrderId: order.id,
            question: input.question,
            faultCodes: [...new Set(input.faultCodes.map(normalizeCode))],
            status: 'requested',
            requestedByName: actor.displayName,
            requestedAt: at,
          })
          .returning();
        await saveAttachmentsInTx(tx, {
          servicePointId: order.servicePointId,
          ownerType: 'tech_appraisal',
          ownerId: row.id,
          files: input.evidence,
          userId: actor.userId,
          path: 'evidence',
        });
        await insertAudit(tx, actor, {
          servicePointId: order.servicePointId,
          action: 'appraisal.request',
          entityType: 'tech_appraisal',
          entityId: row.id,
          summary: `${order.number} 索赔技术鉴定申请`,
        });
        await tellSupport(tx, {
          pointId: order.servicePointId,
          title: `索赔技术鉴定申请:工单 ${order.number}`,
          body: `${actor.displayName}:${input.question.slice(0, 200)}`,
          link: `/work-orders/${order.id}`,
          key: `appraisal:${row.id}:requested`,
        });
        return (await present(tx, [row]))[0];
      });
    },
    async decide(actor: Actor, id: string, input: AppraisalDecision) {
      return db.transaction(async (tx) => {
        const [r] = await tx.select().from(techAppraisals).where(eq(techAppraisals.id, id)).for('update');
        if (!r) throw notFound('技术鉴定');
        await visiblePoint(tx, actor, r.servicePointId);
        if (r.version !== input.version) throw staleVersion();
        if (r.status !== 'requested') throw new AppError('ILLEGAL_TRANSITION', '该鉴定已有结论');
        const at = now();
        const [row] = await tx
          .update(techAppraisals)
          .set({
            status: 'decided',
            verdict: input.verdict,
            reasoning: input.reasoning,
            decidedByName: actor.displayName,
            decidedAt: at,
            updatedAt: at,
            version: sql`${techAppraisals.version} + 1`,
          })
          .where(and(eq(techAppraisals.id, id), eq(techAppraisals.version, input.version)))
          .returning();
        if (!row) throw staleVersion();
        await saveAttachmentsInTx(tx, {
          servicePointId: r.servicePointId,
          ownerType: 'tech_appraisal',
          ownerId: r.id,
          files: input.evidence,
          userId: actor.userId,
          path: 'evidence',
        });
        await insertAudit(tx, actor, {
          servicePointId: r.servicePointId,
          action: 'appraisal.decide',
          entityType: 'tech_appraisal',
          entityId: r.id,
          summary: `鉴定结论:${input.verdict}`,
          after: { verdict: input.verdict },
        });
        const order = await workOrderInScope(tx, actor, r.workOrderId);
        await tellAsker(tx, {
          pointId: r.servicePointId,
          employeeId: order.advisorEmployeeId,
          title: `工单 ${order.number} 的索赔技术鉴定已有结论`,
          body: `${VERDICT_ZH[input.verdict]}:${input.reasoning.slice(0, 200)}`,
          link: `/work-orders/${order.id}`,
          key: `appraisal:${r.id}:decided`,
        });
        return (await present(tx, [row]))[0];
      });
    },
  };
}
export type AppraisalService = ReturnType<typeof createAppraisalService>;
