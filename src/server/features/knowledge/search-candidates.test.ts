/**
 * Search candidates by the rarest tokens first (ADR 023): the token counts follow every write of an article's tokens,
 * and the candidate probe keeps the best matches when a common word is in thousands of articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { knowledgeTokenCounts, servicePoints } from '../../db/schema.js';
import { articleTokens } from '../../../domain/knowledge/tokens.js';
import { PROBE_BUDGET } from '../../../domain/knowledge/probe.js';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Session } from '../../test/factories.js';
import { createKnowledgeFactories } from '../../test/factories-knowledge.js';
import type { Article, SearchResult } from '../../../contracts/knowledge.js';
import { recountTokens } from './knowledge.repo.js';

let h: Harness;
let k: ReturnType<typeof createKnowledgeFactories>;
let techlead: Session;
let tech: Session;

const counts = async (tokens: string[]) =>
  Object.fromEntries((await h.db.select().from(knowledgeTokenCounts).where(inArray(knowledgeTokenCounts.token, tokens))).map((r) => [r.token, r.articles]));
const search = async (q: string) => (await tech.get<SearchResult>(`/api/knowledge/search?${q}`)).body;

/** `n` published articles written straight to the table, as new as anything the test makes. */
async function bulk(n: number, title: string, prefix: string) {
  const [point] = await h.db.select({ path: servicePoints.path }).from(servicePoints).where(eq(servicePoints.id, h.installed.orgPointId));
  const tokens = `{${articleTokens({ texts: [title], terms: [] }).join(',')}}`;
  await h.db.execute(sql`
    insert into knowledge_articles (service_point_id, point_path, number, kind, status, title, tokens, author_name, published_at, solved_count)
    select ${h.installed.orgPointId}::uuid, ${point.path}, ${prefix} || g, 'fault_case', 'published', ${title}, ${tokens}::text[], 'test',
      ${h.now().toISOString()}::timestamptz, 0
    from generate_series(1, ${n}) g`);
  await recountTokens(h.db);
}

beforeAll(async () => {
  h = await createHarness();
  const f = createFactories(h);
  k = createKnowledgeFactories(h, f);
  techlead = await f.login('techlead');
  tech = await f.login('tech');
});

describe('token counts', () => {
  it('count each token once per article at creation and move with an edited draft’s words', async () => {
    const before = await counts(['蓄能器', '蓄能', '能器', '柱塞泵', '柱塞']);
    const a = await k.article({ status: 'draft', title: '蓄能器失效', symptom: '蓄能器压力低' });
    const after = await counts(['蓄能器', '蓄能', '能器']);
    expect(after.蓄能 - (before.蓄能 ?? 0)).toBe(1);
    expect(after.能器 - (before.能器 ?? 0)).toBe(1);
    const edited = await techlead.call<Article>('PUT', `/api/knowledge/articles/${a.id}`, {
      body: { version: a.version, title: '柱塞泵失效', symptom: '柱塞泵压力低' },
    });
    expect(edited.status).toBe(200);
    const moved = await counts(['蓄能', '能器', '柱塞']);
    expect(moved.蓄能 ?? 0).toBe(before.蓄能 ?? 0);
    expect(moved.能器 ?? 0).toBe(before.能器 ?? 0);
    expect(moved.柱塞 - (before.柱塞 ?? 0)).toBe(1);
  });
});

describe('candidates by the rarest tokens first', () => {
  it('a common word in thousands of articles hides neither the article with the rare words nor the one holding every common word', async () => {
    // 异响 and 抖动 each in more articles than the probe budget: common tokens, probed with "all of".
    await bulk(PROBE_BUDGET + 100, '底盘异响', 'FC');
    await bulk(PROBE_BUDGET + 100, '方向盘抖动', 'FS');
    const chain = await k.article({ title: '正时链条松旷', fix: '更换张紧器' });
    const whole = await k.article({ title: '怠速异响伴随抖动' });
    const r = await search(`q=${encodeURIComponent('正时链条 异响 抖动')}`);
    const ids = r.items.map((i) => i.id);
    // The rare words' article first, then the one with both common words; the thousands that hold one common word
    // and no rare one are not candidates (ADR 023: partial matches on common words alone are the price of speed).
    expect(ids).toEqual([chain.id, whole.id]);
  });

  it('one common word alone still finds its articles, newest first', async () => {
    const r = await search(`q=${encodeURIComponent('异响')}&limit=5`);
    expect(r.items).toHaveLength(5);
    expect(r.items.every((i) => i.title.includes('异响'))).toBe(true);
  });
});
