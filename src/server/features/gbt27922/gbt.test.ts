import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { createFactories, ok } from '../../test/factories.js';
import { rollupService } from '../../main.js';
import { and, eq } from 'drizzle-orm';
import { auditEntries } from '../../db/schema.js';
import type { GbtAssessment, GbtEvidenceView, GbtWeights } from '../../../contracts/gbt27922.js';
import { DEFAULT_WEIGHTS } from '../../../domain/gbt27922/index.js';

const h = await createHarness({ network: true });
const f = createFactories(h);

describe('GB/T 27922 self-assessment', () => {
  it('collects evidence for the 15 indicators from the organization, the KPI rollups and the actions; scores, saves and prints', async () => {
    h.setNow('2026-10-12T02:00:00Z');
    await f.workOrder({ status: 'settled' });
    h.setNow('2026-11-10T02:00:00Z');
    await f.workOrder({ status: 'settled' });
    h.setNow('2026-11-30T10:00:00Z');
    await rollupService({ database: h.database, config: h.config, now: h.now }).rebuild({ from: '2026-10-01', to: '2026-11-30', pointCodes: ['ST-0001'] });
    const quality = await h.login('hq-quality');
    const points = ok(await quality.get<{ items: { id: string; code: string }[] }>('/api/service-points'), 'points').items;
    const st1 = points.find((p) => p.code === 'ST-0001')!.id;

    const ev = ok(await quality.get<GbtEvidenceView>(`/api/gbt27922/evidence?servicePointId=${st1}`), 'evidence');
    expect(ev).toMatchObject({ from: '2025-12-01', to: '2026-11-30', weights: DEFAULT_WEIGHTS, manual: {} });
    expect(ev.indicators).toHaveLength(15);
    const by = new Map(ev.indicators.map((i) => [i.key, i]));
    // The dealership's organization: an org chart with duties; the staffing table sampled per position.
    expect(by.get('organization')?.found[0]).toMatch(/^组织结构图:\d+ 个岗位$/);
    expect(by.get('staffing')?.system?.kind).toBe('sampled');
    // Two months with settled cars and no comebacks: both meet the first-time-fix threshold.
    expect(by.get('repair')?.system).toEqual({ kind: 'sampled', sampled: 2, passed: 2 });
    expect(by.get('repair')?.found[0]).toBe('近 12 个月一次修复率 100.0%');
    // No data for culture or recycling: manual evidence is asked for.
    expect(by.get('culture')?.system).toBeNull();
    expect(by.get('recycling')?.system).toBeNull();

    // A head position without a holder or duties turns 组织架构 into a failure naming it.
    const admin = await h.login('admin');
    const top = ok(await admin.get<{ items: { id: string; superiorId: string | null; servicePointId: string }[] }>('/api/positions'), 'positions').items.find(
      (p) => p.superiorId === null && p.servicePointId === st1,
    )!;
    ok(
      await admin.call('POST', '/api/positions', { body: { servicePointId: st1, titleZh: '市场拓展部经理', superiorId: top.id, headOf: 'sales' } }),
      'position',
    );
    const ev2 = ok(await quality.get<GbtEvidenceView>(`/api/gbt27922/evidence?servicePointId=${st1}`), 'evidence2');
    const org = ev2.indicators.find((i) => i.key === 'organization')!;
    expect(org.system).toMatchObject({ kind: 'fail', reason: expect.stringContaining('负责人空缺:市场拓展部经理') });

    // Weights not adding up: a field error.
    const bad = await quality.call('POST', '/api/gbt27922/preview', { body: { servicePointId: st1, weights: { ...DEFAULT_WEIGHTS, culture: 50 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('weights');
    const badManual = await quality.call('POST', '/api/gbt27922/preview', {
      body: { servicePointId: st1, manual: { culture: { judgement: { kind: 'sampled', sampled: 2, passed: 3 } }, nope: { judgement: { kind: 'pass' } } } },
    });
    expect(badManual.body.error.fields.map((x: { path: string }) => x.path).sort()).toEqual(['manual.culture.judgement.passed', 'manual.nope']);

    const input = {
      servicePointId: st1,
      manual: {
        culture: { judgement: { kind: 'pass' }, note: '服务承诺上墙,月度培训记录' },
        recycling: { judgement: { kind: 'excluded', reason: '旧件由主机厂统一回收' } },
      },
    };
    const saved = ok(await quality.call<GbtAssessment>('POST', '/api/gbt27922/assessments', { body: input }), 'save');
    const s = new Map(saved.indicators.map((i) => [i.key, i]));
    expect(s.get('culture')).toMatchObject({ source: 'manual', applicable: true, lost: 0, note: '服务承诺上墙,月度培训记录' });
    expect(s.get('recycling')).toMatchObject({ source: 'manual', applicable: false });
    expect(s.get('technical')).toMatchObject({ source: 'missing', judgement: { kind: 'fail' } });
    expect(s.get('organization')).toMatchObject({ source: 'system', judgement: { kind: 'fail' } });
    // score = earned ÷ applicable × 100
    const applicable = saved.indicators.filter((i) => i.applicable).reduce((a, i) => a + i.weight, 0);
    const earned = saved.indicators.reduce((a, i) => a + i.earned, 0);
    expect(saved.score).toBeCloseTo((earned / applicable) * 100, 1);
    expect(saved.next?.gaps.map((g) => g.key)).toContain('technical');
    expect(saved.next?.gaps.map((g) => g.key)).not.toContain('culture');

    const list = ok(await quality.get<{ items: { id: string; score: number }[] }>(`/api/gbt27922/assessments?servicePointId=${st1}`), 'list');
    expect(list.items).toEqual([expect.objectContaining({ id: saved.id, score: saved.score })]);
    const print = await quality.call('GET', `/api/gbt27922/assessments/${saved.id}/print`);
    expect(print.status).toBe(200);
    expect(String(print.body)).toContain('自评报告');
    // The next assessment starts from the saved manual evidence.
    const again = ok(await quality.get<GbtEvidenceView>(`/api/gbt27922/evidence?servicePointId=${st1}`), 'again');
    expect(again.manual).toEqual({
      culture: { judgement: { kind: 'pass' }, note: '服务承诺上墙,月度培训记录' },
      recycling: { judgement: { kind: 'excluded', reason: '旧件由主机厂统一回收' }, note: '' },
    });
    // Outside one's scope: 404 (the second station's manager).
    const s2 = await h.login('s2-manager');
    expect((await s2.get(`/api/gbt27922/assessments/${saved.id}`)).status).toBe(404);
  }, 120_000);

  it('the weights are a setting at HQ or a regional centre, inherited down the tree, validated, versioned and audited; the score uses them', async () => {
    h.setNow('2026-11-30T10:00:00Z');
    const quality = await h.login('hq-quality');
    type P = { id: string; code: string; kind: string; parentId: string | null; nameZh: string };
    const points = ok(await quality.get<{ items: P[] }>('/api/service-points'), 'points').items;
    const st1 = points.find((p) => p.code === 'ST-0001')!;
    const hq = points.find((p) => p.kind === 'hq')!;
    const region = points.find((p) => p.id === st1.parentId)!;
    expect(region.kind).toBe('regional');
    const weightsAt = async (id: string) => ok(await quality.get<GbtWeights>(`/api/gbt27922/weights?servicePointId=${id}`), 'weights');
    expect(await weightsAt(st1.id)).toMatchObject({ source: 'default', weights: DEFAULT_WEIGHTS, version: 0, fromPointId: null, canEdit: false });
    expect(await weightsAt(hq.id)).toMatchObject({ source: 'default', version: 0, canEdit: true });

    // Bad weights: field errors in Chinese, nothing stored.
    const put = (id: string, body: unknown) => quality.call('PUT', `/api/gbt27922/weights/${id}`, { body });
    const zero = await put(hq.id, {
      version: 0,
      weights: { ...DEFAULT_WEIGHTS, organization: 0, staffing: DEFAULT_WEIGHTS.staffing + DEFAULT_WEIGHTS.organization },
    });
    expect(zero.status).toBe(400);
    expect(zero.body.error.fields).toEqual([{ path: 'weights.organization', message: expect.stringContaining('权重须大于 0') }]);
    const notHundred = await put(hq.id, { version: 0, weights: { ...DEFAULT_WEIGHTS, culture: 50 } });
    expect(notHundred.body.error.fields).toEqual([{ path: 'weights', message: expect.stringContaining('权重合计须为 100') }]);
    const missing = await put(hq.id, { version: 0, weights: { organization: 100 } });
    expect(missing.body.error.fields.map((x: { path: string }) => x.path)).toContain('weights.complaints');
    const notNumber = await put(hq.id, { version: 0, weights: { ...DEFAULT_WEIGHTS, culture: '7' } });
    expect(notNumber.status).toBe(400);
    expect(notNumber.body.error.fields[0].path).toBe('weights.culture');
    expect(await weightsAt(hq.id)).toMatchObject({ source: 'default', version: 0 });
    // Only at a network point.
    const atStation = await put(st1.id, { version: 0, weights: DEFAULT_WEIGHTS });
    expect(atStation.status).toBe(422);
    expect(atStation.body.error.fields[0].path).toBe('weights');

    // HQ sets them: 投诉处理 heavier, 服务文化 lighter; every point below inherits.
    const heavy = { ...DEFAULT_WEIGHTS, complaints: DEFAULT_WEIGHTS.complaints + 6, culture: DEFAULT_WEIGHTS.culture - 6 };
    const set = ok(await put(hq.id, { version: 0, weights: heavy }), 'set');
    expect(set).toMatchObject({ source: 'own', version: 1, weights: heavy, updatedByName: expect.any(String) });
    expect((await put(hq.id, { version: 0, weights: DEFAULT_WEIGHTS })).status).toBe(409);
    expect(await weightsAt(st1.id)).toMatchObject({ source: 'inherited', fromPointId: hq.id, fromPointName: hq.nameZh, weights: heavy, version: 0 });
    const [audit] = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'gbt27922.weights'), eq(auditEntries.entityId, hq.id)));
    expect(audit).toMatchObject({ before: DEFAULT_WEIGHTS, after: heavy });
    expect(audit.summary).toContain('投诉处理 12.67');

    // The assessment scores with them: a failed 投诉处理 costs its heavier weight.
    const failComplaints = { servicePointId: st1.id, manual: { complaints: { judgement: { kind: 'fail', reason: '超时未结' } } } };
    const scored = ok(
      await quality.call<GbtAssessment>('POST', '/api/gbt27922/assessments', { body: { ...failComplaints, weights: DEFAULT_WEIGHTS } }),
      'save',
    );
    expect(scored.weights).toEqual(heavy); // saving ignores weights sent along
    expect(scored.indicators.find((i) => i.key === 'complaints')).toMatchObject({ weight: 12.67, lost: 12.67 });
    expect(ok(await quality.get<GbtEvidenceView>(`/api/gbt27922/evidence?servicePointId=${st1.id}`), 'ev').weights).toEqual(heavy);

    // The regional centre overrides for its stations; HQ's other stations keep HQ's.
    const even = { ...DEFAULT_WEIGHTS };
    ok(await put(region.id, { version: 0, weights: even }), 'region');
    expect(await weightsAt(st1.id)).toMatchObject({ source: 'inherited', fromPointId: region.id, weights: even });
    const updated = ok(await put(hq.id, { version: 1, weights: DEFAULT_WEIGHTS }), 'update');
    expect(updated).toMatchObject({ version: 2, weights: DEFAULT_WEIGHTS });
    // A station's manager may read the weights in force but not set them.
    const s2 = await h.login('s2-manager');
    const s2Point = points.find((p) => p.code === 'ST-0002')!;
    expect(ok(await s2.get<GbtWeights>(`/api/gbt27922/weights?servicePointId=${s2Point.id}`), 's2')).toMatchObject({ canEdit: false });
  }, 120_000);
});
