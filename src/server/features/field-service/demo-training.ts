/**
 * Training demo for the equipment-manufacturer template (after the field demo): a finished engineers' course with
 * attendance, exam scores and the certificates the passes granted, and the attendance of the customer session.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { fieldCertificates, fieldEngineers, fieldTrainingPlans, fieldTrainingResults } from '../../db/schema.js';
import { warrantyEnd } from '../../../domain/field/units.js';
import { addDays, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { findPoint } from '../service-points/index.js';

export async function seedDemoTraining(db: Db, pointId: string, templateKey: string, now: Date) {
  if (templateKey !== 'equipment-manufacturer') return;
  await db.transaction(async (tx) => {
    const point = (await findPoint(tx, pointId))!;
    const today = localDate(usableTimeZone(point.timeZone), now);
    const engineers = await tx.select().from(fieldEngineers).where(eq(fieldEngineers.servicePointId, pointId));
    if (!engineers.length) return;
    const endsOn = addDays(today, -20);
    const [plan] = await tx
      .insert(fieldTrainingPlans)
      .values({
        servicePointId: pointId,
        skill: '洗碗机',
        title: '通道式洗碗机安装调试与维修',
        content: '漂洗加热、喷淋臂、排水泵与控制板;实操考核',
        trainer: '柯雅文',
        hours: 12,
        place: '总部培训中心 105',
        startsOn: addDays(endsOn, -1),
        endsOn,
        passScore: 70,
        certificateMonths: 24,
      })
      .returning();
    const scores: (number | null)[] = [92, 76, null, 55];
    for (const [i, e] of engineers.slice(0, 4).entries()) {
      const score = scores[i] ?? null;
      const passed = score !== null && score >= plan.passScore;
      let certificateId: string | null = null;
      if (passed) {
        const [c] = await tx
          .insert(fieldCertificates)
          .values({
            servicePointId: pointId,
            engineerId: e.id,
            skill: plan.skill,
            number: `PX-XW-${i + 1}`,
            validFrom: endsOn,
            validUntil: warrantyEnd(endsOn, 24),
          })
          .returning();
        certificateId = c.id;
      }
      await tx
        .insert(fieldTrainingResults)
        .values({ servicePointId: pointId, planId: plan.id, engineerId: e.id, traineeName: e.name, attended: score !== null, score, passed, certificateId });
    }
    const [customer] = await tx
      .select()
      .from(fieldTrainingPlans)
      .where(and(eq(fieldTrainingPlans.servicePointId, pointId), eq(fieldTrainingPlans.audience, 'customer')));
    if (customer)
      await tx.insert(fieldTrainingResults).values(
        ['厨师长 黄志强', '设备管理员 李晓燕', '厨工 陈国栋'].map((name, i) => ({
          servicePointId: pointId,
          planId: customer.id,
          traineeName: name,
          attended: i < 2,
          score: null,
          passed: false,
        })),
      );
  });
}
