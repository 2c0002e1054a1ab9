/** Workshop dispatch refuses a technician without the labor operation's required certificate (issue 12 point 7). */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { fieldCertificates, fieldEngineers, workshopJobs } from '../../db/schema.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';
import type { Board } from '../../../contracts/workshop.js';

let h: Harness;
let f: Factories;
let admin: Session, dispatcher: Session;
beforeAll(async () => {
  h = await createHarness();
  await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, new Date('2026-11-22T02:00:00Z'));
  f = createFactories(h);
  [admin, dispatcher] = [await h.login('admin'), await h.login('workshop')];
});

describe('the required certificate of a labor operation (高压电工证)', () => {
  it('is kept on the labor operation, blank means none', async () => {
    const op = await f.laborOperation({ name: '动力电池检修', requiredCertificate: ' 高压电工证 ' });
    expect(op.requiredCertificate).toBe('高压电工证');
    const cleared = await admin.call('PATCH', `/api/labor-operations/${op.id}`, { body: { version: op.version, requiredCertificate: '' } });
    expect(cleared.body).toMatchObject({ requiredCertificate: null });
  });

  it('refuses a technician without a valid one (422, reason in Chinese, nothing changed); a training certificate counts', async () => {
    const op = await f.laborOperation({ name: '高压线束更换', requiredCertificate: '高压电工证' });
    const {
      jobs: [job],
    } = await f.jobs({ ops: [op.code] });
    expect(job.requiredCertificate).toBe('高压电工证');
    const tech = await f.employeeIdOf('梁志勇');

    // The dispatch dialog's data: the board says why 梁志勇 may not take it.
    const board = await dispatcher.get<Board>('/api/workshop/board');
    const waiting = board.body.unassigned.find((j) => j.id === job.id)!;
    expect(board.body.ineligible[waiting.ineligibleKey!]).toContainEqual({ employeeId: tech, reason: '该作业须持「高压电工证」,技师没有该证书,不能派工' });
    // The suggestion proposes nobody without the certificate.
    const sug = await dispatcher.get<{ items: { jobId: string }[]; unassignable: { jobId: string; reasons: string[] }[] }>('/api/workshop/suggestions');
    expect(sug.body.items.map((i) => i.jobId)).not.toContain(job.id);

    const refused = await f.assignJob(job, '梁志勇');
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'NOT_ELIGIBLE_CERTIFICATE', message: expect.stringContaining('须持「高压电工证」') });
    expect(refused.body.error.fields).toEqual([{ path: 'technicianEmployeeId', message: '该作业须持「高压电工证」,技师没有该证书,不能派工' }]);
    const [row] = await h.db.select().from(workshopJobs).where(eq(workshopJobs.id, job.id));
    expect(row).toMatchObject({ technicianEmployeeId: null, version: job.version });

    // A training certificate (passed exam) of the field engineer record linked to the employee: expired yesterday.
    const [eng] = await h.db
      .insert(fieldEngineers)
      .values({ servicePointId: h.installed.orgPointId, employeeId: tech, name: '梁志勇', homeLat: 31.2, homeLng: 121.4 })
      .returning();
    await h.db.insert(fieldCertificates).values({
      servicePointId: h.installed.orgPointId,
      engineerId: eng.id,
      skill: '高压电工证',
      validFrom: '2024-11-21',
      validUntil: '2026-11-21',
    });
    const expired = await f.assignJob(job, '梁志勇');
    expect(expired.status).toBe(422);
    expect(expired.body.error.fields[0].message).toBe('该作业须持「高压电工证」,技师的证书已于 2026-11-21 过期,不能派工');

    // Renewed: valid today in the point's zone → dispatched.
    await h.db.insert(fieldCertificates).values({
      servicePointId: h.installed.orgPointId,
      engineerId: eng.id,
      skill: '高压电工证',
      validFrom: '2026-11-22',
      validUntil: '2028-11-21',
    });
    const ok = await f.assignJob(job, '梁志勇');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ technicianEmployeeId: tech });
  });
});
