import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { demoSteps } from '../../main.js';
import { warrantyWatchNotices } from '../../db/schema.js';
import { findPointByCode } from '../service-points/index.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ network: true });
  const st1 = (await findPointByCode(h.db, 'ST-0001'))!;
  for (const step of demoSteps({ database: h.database, config: h.config, now: h.now }))
    await step({ db: h.db, pointId: st1.id, templateKey: 'auto-dealership', now: h.now() });
}, 120_000);

describe('warranty across the manufacturer network (demo data)', () => {
  it('HQ keeps the policies; a station reads them and cannot write them', async () => {
    const quality = await h.login('hq-quality');
    const items = (await quality.get('/api/warranty/policies')).body.items;
    expect(items.map((p: { modelFamily: string }) => p.modelFamily).sort()).toEqual(['ID.3', 'ID.4', '凌渡', '帕萨特', '朗逸', '途岳', '途观'].sort());
    expect(items.every((p: { editable: boolean }) => p.editable)).toBe(true);
    const s2 = await h.login('s2-advisor');
    const seen = (await s2.get('/api/warranty/policies')).body.items;
    expect(seen).toHaveLength(7);
    expect(seen.some((p: { editable: boolean }) => p.editable)).toBe(false);
    expect((await s2.call('PUT', `/api/warranty/policies/${seen[0].id}`, { body: { version: 1, terms: seen[0].terms } })).status).toBe(403);
  });

  it('the car near a 三包 threshold shows its watch, with warnings sent once', async () => {
    const claims = await h.login('claims');
    const notices = await h.db.select().from(warrantyWatchNotices);
    expect(notices.map((n) => n.key).sort()).toEqual(['W12-days:warning', 'W12-repeat:P0301:warning']);
    const view = (await claims.get(`/api/warranty/vehicles/${notices[0].vehicleId}`)).body;
    expect(view.watch.repairDays).toBe(27);
    expect(view.watch.problems).toEqual([{ code: 'P0301', zh: '发动机一缸失火', count: 3 }]);
    expect(view.coverage).toMatchObject({ covered: true, period: 'sanbao' });
    // Another station's people do not see the car.
    expect((await (await h.login('s3-advisor')).get(`/api/warranty/vehicles/${notices[0].vehicleId}`)).status).toBe(404);
  });

  it('the recall is half done; HQ sees completion by region and station, a region only its own', async () => {
    const quality = await h.login('hq-quality');
    const [c] = (await quality.get('/api/campaigns')).body.items;
    expect(c).toMatchObject({ vinCount: 90, doneCount: 45, completionPermille: 500 });
    const all = (await quality.get(`/api/campaigns/${c.id}/completion`)).body;
    expect(all.regions.map((r: { code: string; stations: { code: string }[] }) => [r.code, r.stations.map((s) => s.code)])).toEqual([
      ['RC-EAST', ['ST-0001', 'ST-0002']],
      ['RC-SOUTH', ['ST-0003']],
    ]);
    expect(all.regions[0]).toMatchObject({ total: 60, done: 30, completionPermille: 500 });
    const south = (await (await h.login('south-region')).get(`/api/campaigns/${c.id}/completion`)).body;
    expect(south.regions.map((r: { code: string }) => r.code)).toEqual(['RC-SOUTH']);
    // A station sees the HQ campaign, and cannot import into it.
    const s3 = await h.login('s3-claims');
    expect((await s3.get('/api/campaigns')).body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const form = new FormData();
    form.append('file', new File(['x'], 'v.csv'));
    expect((await s3.call('POST', `/api/campaigns/${c.id}/imports`, { raw: form })).status).toBe(403);
  });
});
