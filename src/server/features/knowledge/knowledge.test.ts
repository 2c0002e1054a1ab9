import { beforeAll, describe, expect, it } from 'vitest';
import { asc, count as countOf, eq } from 'drizzle-orm';
import { knowledgeArticles, knowledgeRevisions } from '../../db/schema.js';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, SIGNATURE, vin, type Factories, type Session } from '../../test/factories.js';
import { createKnowledgeFactories } from '../../test/factories-knowledge.js';
import type { Article, SearchResult } from '../../../contracts/knowledge.js';

let h: Harness;
let f: Factories;
let k: ReturnType<typeof createKnowledgeFactories>;
let techlead: Session;
let tech: Session;

const count = async () => (await h.db.select({ n: countOf() }).from(knowledgeArticles))[0].n;
const revisionsOf = async (id: string) =>
  (
    await h.db
      .select({ revision: knowledgeRevisions.revision })
      .from(knowledgeRevisions)
      .where(eq(knowledgeRevisions.articleId, id))
      .orderBy(asc(knowledgeRevisions.revision))
  ).map((r) => r.revision);
const search = async (as: Session, q: string) => (await as.get<SearchResult>(`/api/knowledge/search?${q}`)).body;

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  k = createKnowledgeFactories(h, f);
  techlead = await f.login('techlead');
  tech = await f.login('tech');
});

describe('articles: draft → review → published → withdrawn, by position', () => {
  it('a bulletin with an inverted VIN range is refused field by field and nothing is stored', async () => {
    const before = await count();
    const res = await techlead.call('POST', '/api/knowledge/articles', {
      body: { kind: 'bulletin', title: '正时链条异响', vinRanges: [{ from: 'LSVAA4187N2000199', to: 'LSVAA4181N2000100' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'vinRanges.0.to', message: expect.stringMatching(/颠倒/) }]);
    expect(await count()).toBe(before);
  });

  it('the technician cannot write; a writer without the reviewer position cannot publish; the 技术主管 publishes', async () => {
    expect((await tech.call('POST', '/api/knowledge/articles', { body: { kind: 'fault_case', title: '无权' } })).status).toBe(403);
    const writer = await k.staffAt(h.installed.orgPointId, ['knowledge.write', 'workshop.work']);
    const draft = await k.article({ as: writer, status: 'review', title: '冷车启动异响', symptom: '冷车启动时发动机前部有哗啦声', faultCodes: ['p0016'] });
    expect(draft).toMatchObject({ status: 'review', faultCodes: ['P0016'], number: expect.stringMatching(/^KB\d{4}\d{5}$/) });
    const refused = await writer.call('POST', `/api/knowledge/articles/${draft.id}/actions`, { body: { version: draft.version, action: 'publish' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.fields[0].path).toBe('action');
    expect((await techlead.get<Article>(`/api/knowledge/articles/${draft.id}`)).body.status).toBe('review');
    // Not found by search before it is published.
    expect((await search(tech, 'q=哗啦声')).items.map((i) => i.id)).not.toContain(draft.id);
    const published = await techlead.call<Article>('POST', `/api/knowledge/articles/${draft.id}/actions`, {
      body: { version: draft.version, action: 'publish' },
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', reviewerName: expect.any(String), revision: 1 });
    expect((await search(tech, 'q=哗啦声')).items.map((i) => i.id)).toContain(draft.id);
    expect(await revisionsOf(draft.id)).toEqual([1]);
    // A stale version changes nothing; withdrawing takes it out of search.
    expect((await techlead.call('POST', `/api/knowledge/articles/${draft.id}/actions`, { body: { version: draft.version, action: 'withdraw' } })).status).toBe(
      409,
    );
    const w = await techlead.call<Article>('POST', `/api/knowledge/articles/${draft.id}/actions`, {
      body: { version: published.body.version, action: 'withdraw' },
    });
    expect(w.body.status).toBe('withdrawn');
    expect((await search(tech, 'q=哗啦声')).items.map((i) => i.id)).not.toContain(draft.id);
    // Revised: the next revision's draft; published again, two revisions kept.
    const r = await techlead.call<Article>('POST', `/api/knowledge/articles/${draft.id}/actions`, { body: { version: w.body.version, action: 'revise' } });
    expect(r.body).toMatchObject({ status: 'draft', revision: 2 });
    const edited = await techlead.call<Article>('PUT', `/api/knowledge/articles/${draft.id}`, {
      body: { version: r.body.version, title: '冷车启动异响(修订)', symptom: '冷车启动时发动机前部有哗啦声', fix: '更换正时链条张紧器', faultCodes: ['P0016'] },
    });
    expect(edited.status).toBe(200);
    await techlead.call('POST', `/api/knowledge/articles/${draft.id}/actions`, { body: { version: edited.body.version, action: 'submit' } });
    await techlead.call('POST', `/api/knowledge/articles/${draft.id}/actions`, { body: { version: edited.body.version + 1, action: 'publish' } });
    const hit = (await search(tech, 'q=张紧器')).items.find((i) => i.id === draft.id);
    expect(hit?.title).toBe('冷车启动异响(修订)');
    expect(await revisionsOf(draft.id)).toEqual([1, 2]);
  });

  it('publishing a draft directly is a wrong status (409) and changes nothing', async () => {
    const a = await k.article({ status: 'draft' });
    const res = await techlead.call('POST', `/api/knowledge/articles/${a.id}/actions`, { body: { version: a.version, action: 'publish' } });
    expect(res.status).toBe(409);
    expect((await techlead.get<Article>(`/api/knowledge/articles/${a.id}`)).body.status).toBe('draft');
  });

  it('images are stored with the article and served to readers', async () => {
    const a = await k.article({ title: '带图案例', images: [{ fileName: 'p.png', contentBase64: SIGNATURE }] });
    expect(a.images).toHaveLength(1);
    const img = await tech.get(`/api/knowledge/articles/${a.id}/images/${a.images[0].id}`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
  });
});

describe('search in Chinese, ranked', () => {
  it('finds by words, fault code and model; the car’s own model first; other models excluded', async () => {
    const general = await k.article({ title: '变速箱换挡冲击通用排查', symptom: '换挡冲击明显', fix: '检查油位' });
    const passat = await k.article({ title: '帕萨特变速箱换挡冲击', symptom: '2挡升3挡换挡冲击', models: ['帕萨特'], fix: '升级 TCU 软件' });
    const magotan = await k.article({ title: '迈腾变速箱换挡冲击', symptom: '换挡冲击', models: ['迈腾'] });
    const r = await search(tech, `q=${encodeURIComponent('换挡冲击')}&model=${encodeURIComponent('帕萨特 330TSI')}`);
    const ids = r.items.map((i) => i.id);
    expect(ids.indexOf(passat.id)).toBe(0);
    expect(ids).toContain(general.id);
    expect(ids).not.toContain(magotan.id);
    // By fault code alone.
    const code = await k.article({ title: '失火', symptom: '发动机抖动', faultCodes: ['P0302'] });
    const byCode = await search(tech, 'faultCodes=p0302');
    expect(byCode.items[0]).toMatchObject({ id: code.id, matchedCodes: ['P0302'] });
    // Words that are in no article: nothing.
    expect((await search(tech, `q=${encodeURIComponent('天窗漏水')}`)).items.filter((i) => [general.id, passat.id].includes(i.id))).toEqual([]);
  });

  it('bad input is a field error', async () => {
    const res = await tech.get('/api/knowledge/search?limit=500');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('limit');
  });
});

describe('"this solved it" / "not helpful" per use', () => {
  it('counts once per reader and work order, a changed answer moves the counts, and ranking follows', async () => {
    const good = await k.article({ title: '雨刮异响案例甲', symptom: '雨刮工作时异响' });
    const bad = await k.article({ title: '雨刮异响案例乙', symptom: '雨刮工作时异响' });
    const order = await f.workOrder({ status: 'in_progress', concerns: '雨刮异响' });
    const use = (id: string, outcome: string, as = tech) =>
      as.call<Article>('POST', `/api/knowledge/articles/${id}/uses`, { body: { contextType: 'work_order', contextId: order.id, outcome } });
    expect((await use(bad.id, 'solved')).body).toMatchObject({ solvedCount: 1, unhelpfulCount: 0 });
    expect((await use(bad.id, 'solved')).body).toMatchObject({ solvedCount: 1, unhelpfulCount: 0 });
    expect((await use(bad.id, 'unhelpful')).body).toMatchObject({ solvedCount: 0, unhelpfulCount: 1, effectiveness: 1 / 3 });
    expect((await use(good.id, 'solved')).body).toMatchObject({ solvedCount: 1, effectiveness: 2 / 3 });
    // The work order's panel: its concerns as the query, the reader's own answers shown, the better one first.
    const panel = await search(tech, `workOrderId=${order.id}`);
    const ids = panel.items.map((i) => i.id);
    expect(ids.indexOf(good.id)).toBeLessThan(ids.indexOf(bad.id));
    expect(panel.items.find((i) => i.id === bad.id)?.myAnswer).toBe('unhelpful');
    // An unknown outcome changes nothing.
    expect((await use(good.id, 'maybe')).status).toBe(400);
    expect((await tech.get<Article>(`/api/knowledge/articles/${good.id}`)).body.solvedCount).toBe(1);
  });
});

describe('reach: down the network from the publishing point; a station’s case stays until promoted', () => {
  it('a bulletin of the upper point reaches both points below; a case of one stays there until promoted', async () => {
    const a = await f.servicePoint();
    const b = await f.servicePoint();
    const atA = await k.staffAt(a.id, ['workshop.work', 'knowledge.write', 'knowledge.publish']);
    const atB = await k.staffAt(b.id, ['workshop.work']);
    const bulletin = await k.article({ kind: 'bulletin', title: '空调异味技术通报', symptom: '空调出风口异味' });
    const own = await k.article({ as: atA, title: '空调异味本店案例', symptom: '空调出风口异味' });
    const q = `q=${encodeURIComponent('空调异味')}`;
    expect((await search(atA, q)).items.map((i) => i.id)).toEqual(expect.arrayContaining([bulletin.id, own.id]));
    expect((await search(atB, q)).items.map((i) => i.id)).toContain(bulletin.id);
    expect((await search(atB, q)).items.map((i) => i.id)).not.toContain(own.id);
    expect((await atB.get(`/api/knowledge/articles/${own.id}`)).status).toBe(404);
    // Promotion by the point below itself is refused; by the reviewer above, it reaches B.
    expect((await atA.call('POST', `/api/knowledge/articles/${own.id}/actions`, { body: { version: own.version, action: 'promote' } })).status).toBe(422);
    const up = await techlead.call<Article>('POST', `/api/knowledge/articles/${own.id}/actions`, { body: { version: own.version, action: 'promote' } });
    expect(up.status).toBe(200);
    expect(up.body.servicePointId).toBe(h.installed.orgPointId);
    expect((await search(atB, q)).items.map((i) => i.id)).toContain(own.id);
    // A draft of the upper point does not reach down.
    const draft = await k.article({ status: 'draft', title: '空调异味草稿', symptom: '空调出风口异味' });
    expect((await atB.get(`/api/knowledge/articles/${draft.id}`)).status).toBe(404);
  });

  it('at reception the car shows the bulletins for its model and VIN range only', async () => {
    const v = await f.vehicle({ brand: '上汽大众', model: '帕萨特 330TSI', modelFamily: '帕萨特', vin: vin('LSVAA418N2000150') });
    const hit = await k.article({
      kind: 'bulletin',
      title: '帕萨特批次召回通报',
      models: ['帕萨特'],
      vinRanges: [{ from: 'LSVAA4187N2000100', to: 'LSVAA4181N2000199' }],
    });
    const miss = await k.article({
      kind: 'bulletin',
      title: '帕萨特另一批次',
      models: ['帕萨特'],
      vinRanges: [{ from: 'LSVAA4180N2000300', to: 'LSVAA4180N2000399' }],
    });
    const general = await k.article({ kind: 'bulletin', title: '通用保养通报' });
    const ids = ((await f.login('advisor').then((s) => s.get(`/api/vehicles/${v.id}/bulletins`))).body.items as Article[]).map((a) => a.id);
    expect(ids).toContain(hit.id);
    expect(ids).not.toContain(miss.id);
    expect(ids).not.toContain(general.id);
  });
});
