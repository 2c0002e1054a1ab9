import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { createClaimFactories } from '../../test/factories-claims.js';
import type { FaultStats } from '../../../contracts/knowledge.js';

let h: Harness;
let f: Factories;
let quality: Session;
const period = 'from=2026-11-01&to=2026-11-30';

beforeAll(async () => {
  h = await createHarness({ network: true });
  f = createFactories(h);
  const cf = createClaimFactories(h, f);
  const station = await h.login('claims');
  const cat = await cf.catalog(await h.login('hq-claims'));
  // A submitted claim (its warranty order is also a repair of a 朗逸 with the claim's fault code EN-001) …
  const { claim } = await cf.claim(station, cat);
  expect((await station.call('POST', `/api/claims/${claim.id}/submit`, { body: { version: claim.version } })).status).toBe(200);
  // … a plain repair of a 途观, a cancelled one (not counted) and a complaint naming no car.
  await f.workOrder({ type: 'repair', status: 'confirmed', vehicle: await f.vehicle({ model: '途观', modelFamily: '途观' }) });
  await f.workOrder({ type: 'repair', status: 'cancelled', vehicle: await f.vehicle({ model: '途观', modelFamily: '途观' }) });
  await f.ticket({ kind: 'complaint', title: '维修后仍有异响' });
  quality = await h.login('hq-quality');
});

describe('fault statistics (质量信息反馈)', () => {
  it('counts repairs, claims and complaints of the network by model, with the monthly trend', async () => {
    const res = await quality.get<FaultStats>(`/api/quality/fault-stats?${period}&by=model`);
    expect(res.status).toBe(200);
    const s = res.body;
    const lavida = s.rows.find((r) => r.key === '朗逸')!;
    expect(lavida.bySource).toMatchObject({ repair: 1, claim: 1 });
    expect(s.rows.find((r) => r.key === '途观')?.bySource).toEqual({ repair: 1 });
    expect(s.totalBySource).toMatchObject({ repair: 2, claim: 1, complaint: 1 });
    expect(s.months).toEqual(['2026-11']);
    expect(s.trend.find((t) => t.key === '朗逸')).toEqual({ month: '2026-11', key: '朗逸', count: 2 });
  });

  it('groups by fault code, part and production batch; filters by source and model', async () => {
    const byCode = (await quality.get<FaultStats>(`/api/quality/fault-stats?${period}&by=faultCode&sources=claim,repair`)).body;
    expect(byCode.rows.find((r) => r.key === 'EN-001')).toMatchObject({ total: 2, model: '朗逸' });
    expect(byCode.totalBySource.complaint).toBeUndefined();
    const byPart = (await quality.get<FaultStats>(`/api/quality/fault-stats?${period}&by=part&model=${encodeURIComponent('朗逸')}`)).body;
    // The warranty order's part line and the claim's part line.
    expect(byPart.rows.reduce((n, r) => n + r.total, 0)).toBeGreaterThanOrEqual(2);
    expect(byPart.rows.every((r) => r.model === '朗逸')).toBe(true);
    const byBatch = (await quality.get<FaultStats>(`/api/quality/fault-stats?${period}&by=vinBatch&sources=repair`)).body;
    expect(byBatch.rows.every((r) => r.key.endsWith('***') && r.key.length === 17)).toBe(true);
  });

  it('exports the same figures as .xlsx', async () => {
    const res = await quality.call<Buffer>('GET', `/api/quality/fault-stats/export?${period}&by=model`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect([res.body[0], res.body[1]]).toEqual([0x50, 0x4b]); // a zip (xlsx) file
  });

  it('refuses an inverted period with a field error, and someone without quality.manage', async () => {
    const bad = await quality.get<{ error: { fields: { path: string }[] } }>('/api/quality/fault-stats?from=2026-11-30&to=2026-11-01');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('"to"');
    expect((await quality.get('/api/quality/fault-stats?from=2026-11-01&to=2026-11-30&sources=parts')).status).toBe(400);
    expect((await (await h.login('advisor')).get(`/api/quality/fault-stats?${period}`)).status).toBe(403);
  });

  it("a station's 技术主管 sees only the station's events", async () => {
    const own = (await (await h.login('techlead')).get<FaultStats>(`/api/quality/fault-stats?${period}`)).body;
    expect(own.totalBySource).toMatchObject({ repair: 2, claim: 1 });
    const other = await (await h.login('s2-techlead')).get<FaultStats>(`/api/quality/fault-stats?${period}`);
    expect(other.status).toBe(200);
    expect(other.body.total).toBe(0);
  });
});
