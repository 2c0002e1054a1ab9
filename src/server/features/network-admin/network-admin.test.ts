import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { createFactories, ok } from '../../test/factories.js';
import { rollupService } from '../../main.js';
import type { NetworkPoint, PointAdmin, Rectification, Scorecard } from '../../../contracts/network-admin.js';

const h = await createHarness({ network: true });
const f = createFactories(h);
const PDF = `data:application/pdf;base64,${Buffer.from('%PDF-1.4\n%test\n').toString('base64')}`;
const ITEMS = [
  { key: 'facility', nameZh: '硬件设施', weight: 30, method: 'passfail' },
  { key: 'process', nameZh: '服务流程抽查', weight: 50, method: 'sampled' },
  { key: 'training', nameZh: '培训达标', weight: 20, method: 'passfail' },
];

describe('network administration', () => {
  it('the network page shows every point with tier, stars, accreditation and this month’s numbers from the rollups', async () => {
    h.setNow('2026-11-10T02:00:00Z');
    await f.workOrder({ status: 'settled' });
    h.setNow('2026-11-30T10:00:00Z');
    await rollupService({ database: h.database, config: h.config, now: h.now }).rebuild({ from: '2026-11-10', to: '2026-11-10', pointCodes: ['ST-0001'] });
    const hq = await h.login('hq-network');
    const o = ok(await hq.get<{ month: string; items: NetworkPoint[] }>('/api/network/overview'), 'overview');
    expect(o.month).toBe('2026-11');
    const byCode = new Map(o.items.map((p) => [p.code, p]));
    expect([...byCode.keys()].sort()).toEqual(['OEM-HQ', 'RC-EAST', 'RC-SOUTH', 'ST-0001', 'ST-0002', 'ST-0003']);
    expect(byCode.get('ST-0001')).toMatchObject({ kind: 'station', star: 'none', accreditation: 'operating', month: { carsSettled: 1 } });
    expect(byCode.get('RC-EAST')?.month.carsSettled).toBe(1); // the region sums its stations
    expect(byCode.get('ST-0002')?.month.carsSettled).toBe(0);
    // A station's own staff see only their point; a stranger to the feature is refused.
    const advisor = await h.login('advisor');
    expect((await advisor.get('/api/network/overview')).status).toBe(403);
  });

  it('walks a candidate dealer 申请 → 考察 → 初审 → 签约 → 运营 → 整改 with dated records and documents; bad steps change nothing', async () => {
    const hq = await h.login('hq-network');
    const east = ok(await hq.get<{ items: NetworkPoint[] }>('/api/network/overview'), 'o').items.find((p) => p.code === 'RC-EAST')!;
    const cand = ok(
      await hq.call<PointAdmin>('POST', '/api/network/candidates', {
        body: {
          parentId: east.id,
          kind: 'franchise',
          code: 'FR-WX01',
          nameZh: '无锡候选服务商',
          regionCodes: ['320214'],
          lng: 120.3,
          lat: 31.57,
          on: '2026-10-08',
          note: '递交申请材料',
        },
      }),
      'candidate',
    );
    expect(cand.point).toMatchObject({ accreditation: 'applied', nextActions: ['survey', 'exit'], lng: 120.3, parentId: east.id });
    const id = cand.point.id;
    // Skipping a step is refused; so is a future date or one before the last record.
    const skip = await hq.call('POST', `/api/network/points/${id}/accreditation`, { body: { version: cand.point.version, action: 'sign', on: '2026-11-01' } });
    expect(skip.status).toBe(409);
    const future = await hq.call('POST', `/api/network/points/${id}/accreditation`, {
      body: { version: cand.point.version, action: 'survey', on: '2026-12-01' },
    });
    expect(future.body.error.fields).toEqual([{ path: 'on', message: '日期不能在将来' }]);
    const before = await hq.call('POST', `/api/network/points/${id}/accreditation`, {
      body: { version: cand.point.version, action: 'survey', on: '2026-10-01' },
    });
    expect(before.body.error.fields[0].path).toBe('on');
    const badDoc = await hq.call('POST', `/api/network/points/${id}/accreditation`, {
      body: {
        version: cand.point.version,
        action: 'survey',
        on: '2026-10-20',
        documents: [{ fileName: 'x.pdf', contentBase64: Buffer.from('<script>').toString('base64') }],
      },
    });
    expect(badDoc.status).toBe(400);
    let cur = ok(await hq.get<PointAdmin>(`/api/network/points/${id}`), 'get');
    expect(cur.records).toHaveLength(1);
    expect(cur.point.accreditation).toBe('applied');

    const steps: [string, string][] = [
      ['survey', '2026-10-20'],
      ['approve', '2026-11-02'],
      ['sign', '2026-11-15'],
      ['open', '2026-11-20'],
      ['rectify', '2026-11-28'],
    ];
    for (const [action, on] of steps) {
      const documents = action === 'sign' ? [{ fileName: '特约服务协议.pdf', contentBase64: PDF }] : [];
      cur = ok(
        await hq.call<PointAdmin>('POST', `/api/network/points/${id}/accreditation`, {
          body: { version: cur.point.version, action, on, note: action, documents },
        }),
        action,
      );
    }
    expect(cur.point.accreditation).toBe('rectifying');
    expect(cur.records.map((r) => `${r.fromStatus}→${r.toStatus}@${r.on}`)).toEqual([
      'null→applied@2026-10-08',
      'applied→surveyed@2026-10-20',
      'surveyed→preliminary@2026-11-02',
      'preliminary→signed@2026-11-15',
      'signed→operating@2026-11-20',
      'operating→rectifying@2026-11-28',
    ]);
    const signed = cur.records.find((r) => r.toStatus === 'signed')!;
    expect(signed.documents).toMatchObject([{ fileName: '特约服务协议.pdf', mimeType: 'application/pdf' }]);
    expect((await hq.get(`/api/attachments/${signed.documents[0].id}`)).status).toBe(200);
    // A stale version is a conflict.
    expect((await hq.call('POST', `/api/network/points/${id}/accreditation`, { body: { version: 1, action: 'resume', on: '2026-11-29' } })).status).toBe(409);
    const star = ok(await hq.call<PointAdmin>('PATCH', `/api/network/points/${id}/profile`, { body: { version: cur.point.version, star: '3' } }), 'star');
    expect(star.point.star).toBe('3');
  });

  it('a scorecard whose weights do not add up is a field error; filled per point and period with history; rectification reviewed above', async () => {
    const hq = await h.login('hq-network');
    const bad = await hq.call('POST', '/api/network/scorecards', { body: { nameZh: '季度考评', items: ITEMS.map((i, n) => (n ? i : { ...i, weight: 20 })) } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ path: 'items', message: '权重合计须为 100(现为 90)' }]);
    expect(ok(await hq.get<{ items: Scorecard[] }>('/api/network/scorecards'), 'cards').items).toHaveLength(0);
    const card = ok(await hq.call<Scorecard>('POST', '/api/network/scorecards', { body: { nameZh: '季度考评', items: ITEMS } }), 'card');
    const st = ok(await hq.get<{ items: NetworkPoint[] }>('/api/network/overview'), 'o').items.find((p) => p.code === 'ST-0002')!;

    const fill = (period: string, passed: number) =>
      hq.call('POST', '/api/network/evaluations', {
        body: {
          servicePointId: st.id,
          scorecardId: card.id,
          period,
          scores: { facility: { pass: true }, process: { sampled: 10, passed }, training: { pass: false } },
        },
      });
    expect((await fill('2026-Q3', 6)).body.total).toBe(60);
    expect((await fill('2026-Q4', 9)).body.total).toBe(75);
    expect((await fill('2026-Q4', 9)).status).toBe(409);
    const future = await fill('2027-Q1', 9);
    expect(future.body.error.fields).toEqual([{ path: 'period', message: '期间不能在将来' }]);
    const wrong = await hq.call('POST', '/api/network/evaluations', {
      body: { servicePointId: st.id, scorecardId: card.id, period: '2026-10', scores: { facility: { pass: true }, process: { sampled: 5, passed: 6 } } },
    });
    expect(wrong.body.error.fields.map((x: { path: string }) => x.path)).toEqual(['scores.process.passed', 'scores.training']);
    const admin = ok(await hq.get<PointAdmin>(`/api/network/points/${st.id}`), 'admin');
    expect(admin.evaluations.map((e) => [e.period, e.total])).toEqual([
      ['2026-Q3', 60],
      ['2026-Q4', 75],
    ]);
    expect(admin.point.lastScore).toBe(75);

    const r = ok(
      await hq.call<Rectification>('POST', '/api/network/rectifications', {
        body: { servicePointId: st.id, evaluationId: admin.evaluations[1].id, title: '技师培训补课', ownerName: '顾建平', dueOn: '2026-12-15' },
      }),
      'rect',
    );
    expect(r).toMatchObject({ status: 'open', isOverdue: false, pointName: '苏州园区东岳4S店售后服务部' });
    const late = await hq.call('POST', '/api/network/rectifications', { body: { servicePointId: st.id, title: 'x', ownerName: 'y', dueOn: '2026-11-01' } });
    expect(late.body.error.fields).toEqual([{ path: 'dueOn', message: '截止日期不能早于今天' }]);
    // Review needs it done first and a note; then it counts no more as open.
    expect(
      (await hq.call('PATCH', `/api/network/rectifications/${r.id}`, { body: { version: r.version, status: 'reviewed', reviewNote: '已核实' } })).status,
    ).toBe(400);
    const done = ok(await hq.call<Rectification>('PATCH', `/api/network/rectifications/${r.id}`, { body: { version: r.version, status: 'done' } }), 'done');
    h.setNow('2026-12-20T02:00:00Z');
    expect(ok(await hq.get<{ items: Rectification[] }>(`/api/network/rectifications?servicePointId=${st.id}`), 'l').items[0].isOverdue).toBe(false);
    const noNote = await hq.call('PATCH', `/api/network/rectifications/${r.id}`, { body: { version: done.version, status: 'reviewed' } });
    expect(noNote.body.error.fields).toEqual([{ path: 'reviewNote', message: '复核时请填写复核意见' }]);
    const reviewed = ok(
      await hq.call<Rectification>('PATCH', `/api/network/rectifications/${r.id}`, {
        body: { version: done.version, status: 'reviewed', reviewNote: '培训记录已核实' },
      }),
      'review',
    );
    expect(reviewed).toMatchObject({ status: 'reviewed', reviewedByName: expect.any(String) });
    expect(ok(await hq.get<PointAdmin>(`/api/network/points/${st.id}`), 'a').point.openRectifications).toBe(0);
    h.setNow('2026-11-30T10:00:00Z');
  });
});
