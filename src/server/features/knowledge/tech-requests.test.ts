import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, SIGNATURE, type Factories, type Session } from '../../test/factories.js';
import { createKnowledgeFactories } from '../../test/factories-knowledge.js';
import { seedDemoKnowledge } from './demo-knowledge.js';
import { buildJobHandlers } from '../../main.js';
import { enqueue, runDueJobs } from '../../jobs/queue.js';
import { auditEntries, techRequests } from '../../db/schema.js';
import type { Article, SearchResult, TechRequest } from '../../../contracts/knowledge.js';

let h: Harness;
let f: Factories;
let k: ReturnType<typeof createKnowledgeFactories>;
let clock = '2026-11-24T01:00:00Z'; // Tuesday 09:00 in Shanghai
const at = (iso: string) => {
  clock = iso;
  h.setNow(iso);
};
const runJobs = (worker: string) =>
  runDueJobs(h.db, worker, buildJobHandlers({ database: h.database, config: h.config, now: () => new Date(clock) }), () => new Date(clock));

// The network of the test: the demo station (top) ← an upper point ← the raising point.
let top: Session;
let middle: Session;
let station: Session;
let tech: Session;
let stationId: string;

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  k = createKnowledgeFactories(h, f);
  const m = await f.servicePoint({ kind: 'regional', nameZh: '测试区域中心' });
  const s = await f.servicePoint({ parentId: m.id, kind: 'station', nameZh: '测试服务站' });
  stationId = s.id;
  top = await f.login('techlead');
  middle = await k.staffAt(m.id, ['tech.support', 'knowledge.write']);
  station = await k.staffAt(s.id, ['tech.support', 'knowledge.write', 'knowledge.publish', 'workshop.work']);
  tech = await k.staffAt(s.id, ['workshop.work']);
  at(clock);
});

const raise = async (title = '帕萨特行驶中异响无法定位') => {
  const res = await tech.call<TechRequest>('POST', '/api/tech-requests', {
    body: {
      title,
      symptom: '60km/h 以上底盘有嗡嗡声',
      readings: '胎压 2.4 bar',
      tried: '更换右前轮轴承无效',
      faultCodes: ['c1234'],
      photos: [{ fileName: 'a.png', contentBase64: SIGNATURE }],
    },
  });
  expect(res.status).toBe(201);
  return res.body;
};

describe('difficult-case requests: level by level up the network', () => {
  it('raised at the station with its deadline on the calendar; the technician cannot answer; escalation by hand up to the top, then a field error', async () => {
    const r = await raise();
    expect(r).toMatchObject({
      status: 'open',
      level: 0,
      handlingPointId: stationId,
      levelName: '本站技术主管',
      faultCodes: ['C1234'],
      number: expect.stringMatching(/^JQ\d{12}$/),
    });
    expect(r.photos).toHaveLength(1);
    // Four working hours from Tuesday 09:00 in Shanghai.
    expect(r.dueAt).toBe('2026-11-24T05:00:00.000Z');
    expect((await tech.call('POST', `/api/tech-requests/${r.id}/answer`, { body: { version: r.version, answer: '检查传动轴' } })).status).toBe(403);
    // The upper level sees it but does not hold it yet; it may still step in from above.
    expect((await middle.get<{ items: TechRequest[] }>('/api/tech-requests?view=todo')).body.items.map((x) => x.id)).not.toContain(r.id);
    const up1 = await station.call<TechRequest>('POST', `/api/tech-requests/${r.id}/escalate`, { body: { version: r.version, reason: '本站无诊断数据' } });
    expect(up1.body).toMatchObject({ level: 1, levelName: '区域技术支持', handlingPointName: '测试区域中心' });
    expect((await middle.get<{ items: TechRequest[] }>('/api/tech-requests?view=todo')).body.items.map((x) => x.id)).toContain(r.id);
    const up2 = await middle.call<TechRequest>('POST', `/api/tech-requests/${r.id}/escalate`, { body: { version: up1.body.version, reason: '需主机厂分析' } });
    expect(up2.body).toMatchObject({ level: 2, canEscalate: false });
    const past = await top.call('POST', `/api/tech-requests/${r.id}/escalate`, { body: { version: up2.body.version, reason: '再升级' } });
    expect(past.status).toBe(422);
    expect(past.body.error.fields).toEqual([{ path: 'level', message: expect.stringMatching(/最高/) }]);
    const after = (await top.get<TechRequest>(`/api/tech-requests/${r.id}`)).body;
    expect(after).toMatchObject({ level: 2, version: up2.body.version });
    expect(after.history.map((x) => x.kind)).toEqual(['raised', 'manual', 'manual']);
  });

  it('a passed deadline escalates exactly once with several workers and a duplicate job', async () => {
    at('2026-11-24T01:00:00Z');
    const r = await raise('两个实例');
    await enqueue(h.db, { queue: 'tech-request-deadline', payload: { requestId: r.id, level: 0 }, runAt: new Date('2026-11-24T05:00:00Z') });
    at('2026-11-24T04:59:00Z');
    await Promise.all([runJobs('w1'), runJobs('w2')]);
    expect((await tech.get<TechRequest>(`/api/tech-requests/${r.id}`)).body.level).toBe(0);
    at('2026-11-24T05:30:00Z');
    await Promise.all([runJobs('w1'), runJobs('w2'), runJobs('w3')]);
    const now = (await tech.get<TechRequest>(`/api/tech-requests/${r.id}`)).body;
    expect(now.level).toBe(1);
    expect(now.history.filter((x) => x.kind === 'deadline')).toHaveLength(1);
    const [{ n }] = await h.db
      .select({ n: count() })
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, r.id), eq(auditEntries.action, 'tech-request.escalate')));
    expect(n).toBe(1);
    expect(new Date(now.dueAt!).getTime()).toBeGreaterThan(new Date(clock).getTime());
  });

  it('the answer becomes a draft fault case with one click; published by the 技术主管, the next search finds it', async () => {
    at('2026-11-24T02:00:00Z');
    const r = await raise('制动时方向盘抖动找不到原因');
    const words = `q=${encodeURIComponent('方向盘抖动')}`;
    expect((await tech.get<SearchResult>(`/api/knowledge/search?${words}`)).body.items.filter((i) => i.title.includes('方向盘抖动找不到'))).toEqual([]);
    const answered = await station.call<TechRequest>('POST', `/api/tech-requests/${r.id}/answer`, {
      body: { version: r.version, answer: '前制动盘端跳超差,光盘或更换制动盘' },
    });
    expect(answered.body).toMatchObject({ status: 'answered', answeredByName: expect.any(String) });
    // Answered: no more escalation.
    expect((await station.call('POST', `/api/tech-requests/${r.id}/escalate`, { body: { version: answered.body.version, reason: 'x 升级' } })).status).toBe(
      409,
    );
    const draft = await station.call<Article>('POST', `/api/tech-requests/${r.id}/article`, { body: { version: answered.body.version } });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      kind: 'fault_case',
      fix: '前制动盘端跳超差,光盘或更换制动盘',
      sourceRequestId: r.id,
      faultCodes: ['C1234'],
      servicePointId: stationId,
    });
    // Twice is a conflict, nothing new.
    const again = await station.call('POST', `/api/tech-requests/${r.id}/article`, { body: { version: answered.body.version + 1 } });
    expect(again.status).toBe(409);
    let a = draft.body;
    for (const action of ['submit', 'publish'])
      a = (await station.call<Article>('POST', `/api/knowledge/articles/${a.id}/actions`, { body: { version: a.version, action } })).body;
    expect(a.status).toBe('published');
    const found = (await tech.get<SearchResult>(`/api/knowledge/search?${words}`)).body.items;
    expect(found[0].id).toBe(a.id);
    const [{ articleId }] = await h.db.select({ articleId: techRequests.articleId }).from(techRequests).where(eq(techRequests.id, r.id));
    expect(articleId).toBe(a.id);
  });
});

describe('索赔技术鉴定', () => {
  it('the advisor asks, the 技术主管 decides with evidence; the verdict stays on the order for the claim', async () => {
    const advisor = await f.login('advisor');
    const order = await f.workOrder({ status: 'in_progress' });
    const asked = await advisor.call('POST', `/api/work-orders/${order.id}/appraisals`, {
      body: { question: '变速箱漏油是否属于质量问题', faultCodes: ['p0700'] },
    });
    expect(asked.status).toBe(201);
    expect(
      (await advisor.call('POST', `/api/appraisals/${asked.body.id}/decision`, { body: { version: 1, verdict: 'quality', reasoning: '无权' } })).status,
    ).toBe(403);
    const bad = await top.call('POST', `/api/appraisals/${asked.body.id}/decision`, { body: { version: 1, verdict: 'maybe', reasoning: '' } });
    expect(bad.status).toBe(400);
    const decided = await top.call('POST', `/api/appraisals/${asked.body.id}/decision`, {
      body: { version: 1, verdict: 'quality', reasoning: '油封材料缺陷,非使用不当', evidence: [{ fileName: 'seal.png', contentBase64: SIGNATURE }] },
    });
    expect(decided.body).toMatchObject({ status: 'decided', verdict: 'quality', faultCodes: ['P0700'] });
    expect(decided.body.evidence).toHaveLength(1);
    expect(
      (await top.call('POST', `/api/appraisals/${asked.body.id}/decision`, { body: { version: 2, verdict: 'not_quality', reasoning: '改判' } })).status,
    ).toBe(409);
    const listed = (await advisor.get(`/api/work-orders/${order.id}/appraisals`)).body.items;
    expect(listed).toEqual([expect.objectContaining({ verdict: 'quality', reasoning: '油封材料缺陷,非使用不当' })]);
    // The 技术主管 was told of the request, the order's advisor of the verdict.
    const inbox = async (s: Session) => (await s.get<{ items: { title: string }[] }>('/api/notifications')).body.items.map((n) => n.title);
    expect(await inbox(top)).toContain(`索赔技术鉴定申请:工单 ${order.number}`);
    expect(await inbox(advisor)).toContain(`工单 ${order.number} 的索赔技术鉴定已有结论`);
  });
});

describe('demo data', () => {
  it('fault cases and bulletins to find, open requests waiting, a quality feedback in progress', async () => {
    await seedDemoKnowledge(h.db, h.installed.orgPointId, new Date(clock));
    const found = (await top.get<SearchResult>(`/api/knowledge/search?q=${encodeURIComponent('正时链条异响')}&model=${encodeURIComponent('帕萨特')}`)).body
      .items;
    expect(found.length).toBeGreaterThan(1);
    expect(found.map((a) => a.kind)).toContain('bulletin');
    const todo = (await top.get<{ items: TechRequest[] }>('/api/tech-requests?view=todo')).body.items;
    expect(todo.some((r) => r.title.includes('仪表偶发全部熄灭'))).toBe(true);
  });
});

describe('质量信息反馈', () => {
  it('opened, acted on, linked to the published fix (time to fix measured), closed only with a fix', async () => {
    const q = await k.staffAt(h.installed.orgPointId, ['quality.manage']);
    expect((await tech.call('POST', '/api/quality-feedback', { body: { title: '无权' } })).status).toBe(403);
    const bad = await q.call('POST', '/api/quality-feedback', { body: { title: '月份错', productionMonth: '2022-13' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('productionMonth');
    const opened = await q.call('POST', '/api/quality-feedback', {
      body: { title: '张紧器批量异响', model: '帕萨特', faultCode: 'p0016', firstReportedAt: '2026-11-01T00:00:00Z' },
    });
    expect(opened.status).toBe(201);
    const fb = opened.body;
    const early = await q.call('POST', `/api/quality-feedback/${fb.id}/actions`, { body: { action: 'close', version: fb.version, text: '结束' } });
    expect(early.status).toBe(422);
    const noted = await q.call('POST', `/api/quality-feedback/${fb.id}/actions`, { body: { action: 'note', version: fb.version, text: '送检 3 个张紧器' } });
    expect(noted.body).toMatchObject({ status: 'in_progress', actions: [expect.objectContaining({ text: '送检 3 个张紧器' })] });
    at('2026-11-24T02:00:00Z');
    const fix = await k.article({ kind: 'bulletin', title: '张紧器升级通报' });
    const linked = await q.call('POST', `/api/quality-feedback/${fb.id}/actions`, { body: { action: 'link', version: noted.body.version, articleId: fix.id } });
    expect(linked.body).toMatchObject({ articleTitle: '张紧器升级通报', daysToFix: 23.1 });
    const closed = await q.call('POST', `/api/quality-feedback/${fb.id}/actions`, {
      body: { action: 'close', version: linked.body.version, text: '批次已处理' },
    });
    expect(closed.body.status).toBe('closed');
  });
});

describe('notices to the handlers at each level', () => {
  const titles = async (s: Session) => (await s.get<{ items: { title: string }[] }>('/api/notifications')).body.items.map((n) => n.title);
  it('raised → the station’s technical support; escalated → the next level and the asker; answered → the asker', async () => {
    const r = await raise('通知测试:仪表偶发黑屏');
    expect(await titles(station)).toContain(`新的疑难技术求助 ${r.number}`);
    expect((await titles(middle)).some((t) => t.includes(r.number))).toBe(false);
    const up = await station.call<TechRequest>('POST', `/api/tech-requests/${r.id}/escalate`, { body: { version: r.version, reason: '需要区域支持' } });
    expect(up.status).toBe(200);
    expect(await titles(middle)).toContain(`疑难技术求助 ${r.number} 已升级到区域技术支持`);
    expect(await titles(tech)).toContain(`您的求助 ${r.number} 已升级至 测试区域中心`);
    const answered = await middle.call<TechRequest>('POST', `/api/tech-requests/${r.id}/answer`, {
      body: { version: up.body.version, answer: '检查仪表搭铁点' },
    });
    expect(answered.status).toBe(200);
    expect(await titles(tech)).toContain(`您的求助 ${r.number} 已答复`);
  });
});
