/** Training pages' API: the trainer's choices, attendance first and the score later, no change after a certificate. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { Session } from '../../test/factories.js';
import { createFieldFactories } from '../../test/factories-field-service.js';
import type { FieldTrainingPlan } from '../../../contracts/field-service.js';

let h: Harness;
let admin: Session;
let f: ReturnType<typeof createFieldFactories>;

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  f = createFieldFactories(admin);
  h.setNow('2026-12-01T01:00:00Z');
});

describe('training and certification pages', () => {
  it('lists the equipment types and the engineers with their certificates', async () => {
    await f.product({ requiredSkill: '炸炉' });
    const e = await f.engineer({ name: '培训学员' });
    const o = (
      await admin.get<{ skills: string[]; engineers: { id: string; certificates: { skill: string; valid: boolean }[] }[] }>('/api/field/training-options')
    ).body;
    expect(o.skills).toEqual(expect.arrayContaining(['炸炉', '冷柜']));
    expect(o.engineers.find((x) => x.id === e.id)?.certificates).toEqual([expect.objectContaining({ skill: '冷柜', valid: true })]);
  });

  it('attendance first, the score later on the same row; a failed score may be corrected, a granted certificate not', async () => {
    const e = await f.engineer({ name: '补考学员', skills: [], certificates: [] });
    const plan = (
      await admin.call<FieldTrainingPlan>('POST', '/api/field/training-plans', {
        body: { skill: '炸炉', title: '炸炉维修', trainer: '柯雅文', hours: 8, place: '培训室', startsOn: '2026-11-28', endsOn: '2026-11-29' },
      })
    ).body;
    const url = `/api/field/training-plans/${plan.id}/results`;
    expect((await admin.call('POST', url, { body: { engineerId: e.id, attended: true } })).status).toBe(200);
    const failed = await admin.call<FieldTrainingPlan>('POST', url, { body: { engineerId: e.id, attended: true, score: 50 } });
    expect(failed.body.results).toEqual([expect.objectContaining({ score: 50, passed: false, certificateId: null })]);
    const passed = await admin.call<FieldTrainingPlan>('POST', url, { body: { engineerId: e.id, attended: true, score: 88 } });
    expect(passed.body.results).toHaveLength(1);
    expect(passed.body.results[0]).toMatchObject({ score: 88, passed: true });
    expect(passed.body.results[0].certificateId).not.toBeNull();
    const again = await admin.call('POST', url, { body: { engineerId: e.id, attended: true, score: 40 } });
    expect(again.status).toBe(422);
    expect(again.body.error.fields[0].path).toBe('score');
    const eng = (await admin.get<{ items: { id: string; skills: string[]; certificates: { skill: string }[] }[] }>('/api/field/engineers')).body.items.find(
      (x) => x.id === e.id,
    )!;
    expect(eng.skills).toEqual(['炸炉']);
    expect(eng.certificates.map((c) => c.skill)).toEqual(['炸炉']);
  });
});
