/**
 * Training and certification per equipment type: plans (content, trainer, hours, place, dates), attendance and exam
 * score per trainee; an engineer who attended and passed gets a certificate for the skill, valid from the last day
 * for the plan's months (and the skill). Customer training sessions are recorded the same way, without certificates.
 * Certificates expiring within 30 days are listed for the warning.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { fieldCertificates, fieldEngineers, fieldTrainingPlans, fieldTrainingResults } from '../../db/schema.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { FieldTrainingPlanInput, FieldTrainingResultInput } from '../../../contracts/field-service.js';
import { expiringSoon } from '../../../domain/field/eligibility.js';
import { warrantyEnd } from '../../../domain/field/units.js';
import { daysBetween, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { AppError, invalid, notFound, ruleBroken } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { scopePointIds } from './archive.service.js';
import * as repo from './field.repo.js';
import { presentEngineers } from './field.present.js';

export function createTrainingService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function present(q: Db | Tx, planIds: string[]) {
    if (!planIds.length) return [];
    const plans = await q.select().from(fieldTrainingPlans).where(inArray(fieldTrainingPlans.id, planIds)).orderBy(asc(fieldTrainingPlans.startsOn));
    const results = await q.select().from(fieldTrainingResults).where(inArray(fieldTrainingResults.planId, planIds));
    return plans.map((p) => ({
      ...p,
      results: results
        .filter((r) => r.planId === p.id)
        .map((r) => ({
          id: r.id,
          engineerId: r.engineerId,
          traineeName: r.traineeName,
          attended: r.attended,
          score: r.score,
          passed: r.passed,
          certificateId: r.certificateId,
        })),
    }));
  }
  return {
    async list(actor: Actor) {
      const point = await visiblePoint(db, actor, undefined);
      const rows = await db.select({ id: fieldTrainingPlans.id }).from(fieldTrainingPlans).where(eq(fieldTrainingPlans.servicePointId, point.id));
      return present(
        db,
        rows.map((r) => r.id),
      );
    },
    async create(actor: Actor, input: FieldTrainingPlanInput) {
      if (input.endsOn < input.startsOn) throw invalid([{ path: 'endsOn', message: '结束日期不能早于开始日期' }]);
      if (input.audience === 'customer' && !input.customerName) throw invalid([{ path: 'customerName', message: '客户培训须填写客户名称' }]);
      return db.transaction(async (tx) => {
        const [p] = await tx
          .insert(fieldTrainingPlans)
          .values({ ...input, customerName: input.customerName ?? null, servicePointId: actor.servicePointId })
          .returning();
        await insertAudit(tx, actor, {
          servicePointId: p.servicePointId,
          action: 'field.training.create',
          entityType: 'field_training_plan',
          entityId: p.id,
          summary: `${p.title} ${p.skill}`,
        });
        return (await present(tx, [p.id]))[0];
      });
    },
    async record(actor: Actor, planId: string, input: FieldTrainingResultInput) {
      return db.transaction(async (tx) => {
        const [p] = await tx.select().from(fieldTrainingPlans).where(eq(fieldTrainingPlans.id, planId)).for('update');
        if (!p) throw notFound('培训计划');
        await visiblePoint(tx, actor, p.servicePointId);
        const [engineer] = input.engineerId
          ? await tx
              .select()
              .from(fieldEngineers)
              .where(and(eq(fieldEngineers.id, input.engineerId), eq(fieldEngineers.servicePointId, p.servicePointId)))
          : [];
        if (input.engineerId && !engineer) throw invalid([{ path: 'engineerId', message: '工程师不存在' }]);
        if (p.audience === 'engineer' && !engineer) throw invalid([{ path: 'engineerId', message: '请选择参训工程师' }]);
        const traineeName = engineer?.name ?? input.traineeName;
        if (!traineeName) throw invalid([{ path: 'traineeName', message: '请填写学员姓名' }]);
        if (!input.attended && input.score != null) throw invalid([{ path: 'score', message: '缺勤者没有考试成绩' }]);
        const today = localDate(usableTimeZone((await visiblePoint(tx, actor, p.servicePointId)).timeZone), now());
        if (input.score != null && daysBetween(today, p.endsOn) > 0)
          throw new AppError('BUSINESS_RULE', '培训尚未结束,不能录入考试成绩', [{ path: 'score', message: `培训 ${p.endsOn} 结束` }]);
        const passed = input.attended && input.score != null && input.score >= p.passScore;
        // Attendance first, the score later: a trainee's result is corrected in place until a certificate was granted.
        const [earlier] = await tx
          .select()
          .from(fieldTrainingResults)
          .where(and(eq(fieldTrainingResults.planId, p.id), eq(fieldTrainingResults.traineeName, traineeName)))
          .for('update');
        if (earlier?.certificateId) throw ruleBroken('该学员已合格并发证,成绩不能再修改', [{ path: 'score', message: '已发证' }]);
        let certificateId: string | null = null;
        if (passed && engineer) {
          const [c] = await tx
            .insert(fieldCertificates)
            .values({
              servicePointId: p.servicePointId,
              engineerId: engineer.id,
              skill: p.skill,
              number: `PX-${p.id.slice(0, 8)}-${engineer.id.slice(0, 4)}`,
              validFrom: p.endsOn,
              validUntil: warrantyEnd(p.endsOn, p.certificateMonths),
            })
            .returning();
          certificateId = c.id;
          if (!engineer.skills.includes(p.skill))
            await tx
              .update(fieldEngineers)
              .set({ skills: [...engineer.skills, p.skill], updatedAt: now() })
              .where(eq(fieldEngineers.id, engineer.id));
        }
        const result = { attended: input.attended, score: input.score ?? null, passed, certificateId };
        if (earlier)
          await tx
            .update(fieldTrainingResults)
            .set({ ...result, updatedAt: now(), version: sql`${fieldTrainingResults.version} + 1` })
            .where(eq(fieldTrainingResults.id, earlier.id));
        else
          await tx
            .insert(fieldTrainingResults)
            .values({ servicePointId: p.servicePointId, planId: p.id, engineerId: engineer?.id ?? null, traineeName, ...result });
        await insertAudit(tx, actor, {
          servicePointId: p.servicePointId,
          action: 'field.training.result',
          entityType: 'field_training_plan',
          entityId: p.id,
          summary: `${p.title} ${traineeName} ${input.attended ? `成绩 ${input.score ?? '—'}` : '缺勤'}${passed ? ' 合格,发证' : ''}`,
        });
        return (await present(tx, [p.id]))[0];
      });
    },
    /** What the training pages choose from: the equipment types (products' skills) and the point's engineers with certificates. */
    async options(actor: Actor) {
      const point = await visiblePoint(db, actor, undefined);
      const today = localDate(usableTimeZone(point.timeZone), now());
      const products = await repo.listProducts(db, await scopePointIds(db, actor));
      const engineers = await presentEngineers(db, await repo.listEngineers(db, [point.id]), today);
      return {
        skills: [...new Set([...products.map((p) => p.requiredSkill), ...engineers.flatMap((e) => e.skills)])].sort(),
        engineers: engineers.map((e) => ({ id: e.id, name: e.name, skills: e.skills, certificates: e.certificates })),
      };
    },
    /** Certificates of the point's engineers expiring within 30 days (still valid today): the warning list. */
    async expiring(actor: Actor) {
      const point = await visiblePoint(db, actor, undefined);
      const today = localDate(usableTimeZone(point.timeZone), now());
      const rows = await db
        .select({ c: fieldCertificates, name: fieldEngineers.name })
        .from(fieldCertificates)
        .innerJoin(fieldEngineers, eq(fieldEngineers.id, fieldCertificates.engineerId))
        .where(eq(fieldCertificates.servicePointId, point.id));
      return expiringSoon(
        rows.map((r) => ({ ...r.c, engineerName: r.name })),
        today,
      ).map((c) => ({
        id: c.id,
        engineerId: c.engineerId,
        engineerName: c.engineerName,
        skill: c.skill,
        validUntil: c.validUntil,
        daysLeft: daysBetween(today, c.validUntil),
      }));
    },
  };
}
export type TrainingService = ReturnType<typeof createTrainingService>;
