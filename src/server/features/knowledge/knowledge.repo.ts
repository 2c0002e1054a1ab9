import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { COMMON_PROBE, chooseProbe } from '../../../domain/knowledge/probe.js';
import { attachments, knowledgeArticles, knowledgeRevisions, knowledgeTokenCounts, knowledgeUses, servicePoints } from '../../db/schema.js';

type Q = Db | Tx;
export type ArticleRow = typeof knowledgeArticles.$inferSelect;

export async function insertArticle(q: Q, v: typeof knowledgeArticles.$inferInsert) {
  const [row] = await q.insert(knowledgeArticles).values(v).returning();
  await countTokens(q, row.tokens, []);
  return row;
}
export async function findArticle(q: Q, id: string, lock = false) {
  const base = q.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
/** Update when the version still matches; undefined when someone else changed it first. */
export async function updateArticle(q: Q, id: string, version: number, patch: Partial<typeof knowledgeArticles.$inferInsert>, at: Date) {
  const before = patch.tokens
    ? (await q.select({ tokens: knowledgeArticles.tokens }).from(knowledgeArticles).where(eq(knowledgeArticles.id, id)))[0]
    : undefined;
  const [row] = await q
    .update(knowledgeArticles)
    .set({ ...patch, updatedAt: at, version: sql`${knowledgeArticles.version} + 1` })
    .where(and(eq(knowledgeArticles.id, id), eq(knowledgeArticles.version, version)))
    .returning();
  if (row && before) await countTokens(q, row.tokens, before.tokens);
  return row;
}

/**
 * Keep the token counts (knowledge_token_counts) in step with an article's tokens: +1 for each token gained, -1 for
 * each lost; one statement, rows touched in token order (two writers lock shared tokens in the same order).
 */
export async function countTokens(q: Q, added: string[], removed: string[]) {
  const was = new Set(removed);
  const now = new Set(added);
  const delta = [...[...now].filter((t) => !was.has(t)).map((t) => [t, 1] as const), ...[...was].filter((t) => !now.has(t)).map((t) => [t, -1] as const)];
  if (!delta.length) return;
  delta.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  await q.execute(sql`
    insert into knowledge_token_counts (token, articles)
    select t, d from unnest(${textArray(delta.map((x) => x[0]))}, ${`{${delta.map((x) => x[1]).join(',')}}`}::int[]) as x(t, d)
    on conflict (token) do update set articles = knowledge_token_counts.articles + excluded.articles`);
}
/** Recount every token from the stored articles (after a bulk load that wrote articles straight to the table). */
export async function recountTokens(q: Q) {
  await q.execute(sql`delete from knowledge_token_counts`);
  await q.execute(sql`insert into knowledge_token_counts (token, articles) select t, count(*)::int from knowledge_articles, unnest(tokens) t group by t`);
}
/** How many articles hold each of these tokens (tokens nobody holds are absent). */
export async function tokenCounts(q: Q, tokens: string[]) {
  if (!tokens.length) return new Map<string, number>();
  const rows = await q
    .select({ token: knowledgeTokenCounts.token, articles: knowledgeTokenCounts.articles })
    .from(knowledgeTokenCounts)
    .where(inArray(knowledgeTokenCounts.token, tokens));
  return new Map(rows.map((r) => [r.token, r.articles]));
}
export const insertRevision = (q: Q, v: typeof knowledgeRevisions.$inferInsert) => q.insert(knowledgeRevisions).values(v);

/**
 * What a reader may find: published articles of their point and of every point above it (a bulletin reaches down),
 * and — for the reader's own work — articles of points below them. `ancestorIds` come from the reader's path.
 */
const reach = (ancestorIds: string[], path: string) =>
  or(inArray(knowledgeArticles.servicePointId, ancestorIds), sql`${knowledgeArticles.pointPath} like ${`${path}%`}`);

export const CANDIDATES = 300;
/**
 * Search candidates: published, within reach, fit for the car's model (the ranker's hard limit, applied here so the
 * limit is not spent on other models' articles), and found by the query's rarest tokens first (domain/knowledge
 * chooseProbe: "any of" the rare ones, "all of" the common ones, GIN) or by a fault code; best token overlap first,
 * then newest. With no words and no codes: those for the car's model(s) and the general ones, newest first. Two
 * statements: the token counts, then the candidates. The final order is domain/knowledge rankArticles.
 */
export async function candidates(
  q: Q,
  f: { ancestorIds: string[]; path: string; tokens: string[]; codes: string[]; models: string[]; kind?: string; limit?: number },
) {
  const k = knowledgeArticles;
  const tokens = textArray(f.tokens);
  const codes = textArray(f.codes);
  const models = textArray(f.models);
  const asked = f.tokens.length > 0 || f.codes.length > 0;
  const probe = asked ? chooseProbe(f.tokens, await tokenCounts(q, f.tokens)) : { rare: [], common: [] };
  const overlap = sql<number>`(select count(*) from unnest(${k.tokens}) w where w = any(${tokens})) + 3 * (select count(*) from unnest(${k.faultCodes}) c where c = any(${codes}))`;
  // One token and no code: every candidate overlaps by one, so the order is recency alone (an index order).
  const byOverlap = asked && f.tokens.length + f.codes.length > 1;
  return q
    .select({
      id: k.id,
      number: k.number,
      kind: k.kind,
      title: k.title,
      symptom: k.symptom,
      fix: k.fix,
      servicePointId: k.servicePointId,
      brands: k.brands,
      models: k.models,
      vinRanges: k.vinRanges,
      products: k.products,
      faultCodes: k.faultCodes,
      symptoms: k.symptoms,
      // Only the query's tokens the article holds: all the ranker counts, a fraction of the bytes.
      tokens: sql<string[]>`array(select w from unnest(${k.tokens}) w where w = any(${tokens}))`,
      solvedCount: k.solvedCount,
      unhelpfulCount: k.unhelpfulCount,
      publishedAt: k.publishedAt,
    })
    .from(k)
    .where(
      and(
        eq(k.status, 'published'),
        reach(f.ancestorIds, f.path),
        f.kind ? eq(k.kind, f.kind) : undefined,
        asked
          ? or(
              probe.rare.length ? sql`${k.tokens} && ${textArray(probe.rare)}` : undefined,
              probe.common.length ? sql`${k.tokens} @> ${textArray(probe.common.slice(0, COMMON_PROBE))}` : undefined,
              f.codes.length ? sql`${k.faultCodes} && ${codes}` : undefined,
            )
          : f.models.length
            ? or(sql`${k.models} && ${models}`, sql`${k.models} = '{}'::text[]`)
            : undefined,
        asked && f.models.length
          ? sql`(${k.models} = '{}'::text[] or exists (select 1 from unnest(${k.models}) m, unnest(${models}) c where btrim(m) <> '' and starts_with(lower(btrim(c)), lower(btrim(m)))))`
          : undefined,
      ),
    )
    .orderBy(...(byOverlap ? [desc(overlap)] : []), desc(k.publishedAt))
    .limit(f.limit ?? CANDIDATES);
}
/** A text[] parameter. */
const textArray = (xs: string[]) => sql`${`{${xs.map(arrayItem).join(',')}}`}::text[]`;
/** An element of a PostgreSQL array literal, quoted and escaped. */
const arrayItem = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Published bulletins within reach that name the car's model or brand (the reception shows the applicable ones). */
export const bulletinsFor = (q: Q, f: { ancestorIds: string[]; path: string }) =>
  q
    .select()
    .from(knowledgeArticles)
    .where(and(eq(knowledgeArticles.status, 'published'), eq(knowledgeArticles.kind, 'bulletin'), reach(f.ancestorIds, f.path)))
    .orderBy(desc(knowledgeArticles.publishedAt))
    .limit(500);

export async function listArticles(q: Q, f: { path: string; status?: string; kind?: string; authorUserId?: string }) {
  return q
    .select()
    .from(knowledgeArticles)
    .where(
      and(
        sql`${knowledgeArticles.pointPath} like ${`${f.path}%`}`,
        f.status ? eq(knowledgeArticles.status, f.status) : undefined,
        f.kind ? eq(knowledgeArticles.kind, f.kind) : undefined,
        f.authorUserId ? eq(knowledgeArticles.authorUserId, f.authorUserId) : undefined,
      ),
    )
    .orderBy(desc(knowledgeArticles.updatedAt))
    .limit(200);
}

export const pointNames = async (q: Q, ids: string[]) =>
  new Map(
    ids.length
      ? (
          await q
            .select({ id: servicePoints.id, name: servicePoints.nameZh })
            .from(servicePoints)
            .where(inArray(servicePoints.id, [...new Set(ids)]))
        ).map((p) => [p.id, p.name])
      : [],
  );

export async function findUse(q: Q, k: { articleId: string; contextType: string; contextId: string | null; userId: string }) {
  const [row] = await q
    .select()
    .from(knowledgeUses)
    .where(
      and(
        eq(knowledgeUses.articleId, k.articleId),
        eq(knowledgeUses.contextType, k.contextType),
        k.contextId ? eq(knowledgeUses.contextId, k.contextId) : sql`${knowledgeUses.contextId} is null`,
        eq(knowledgeUses.userId, k.userId),
      ),
    );
  return row;
}
export const insertUse = (q: Q, v: typeof knowledgeUses.$inferInsert) => q.insert(knowledgeUses).values(v);
export const setUse = (q: Q, id: string, solved: boolean, at: Date) => q.update(knowledgeUses).set({ solved, at }).where(eq(knowledgeUses.id, id));
export async function usesOf(q: Q, f: { userId: string; contextType: string; contextId: string | null; articleIds: string[] }) {
  if (!f.articleIds.length) return new Map<string, boolean>();
  const rows = await q
    .select({ articleId: knowledgeUses.articleId, solved: knowledgeUses.solved })
    .from(knowledgeUses)
    .where(
      and(
        eq(knowledgeUses.userId, f.userId),
        eq(knowledgeUses.contextType, f.contextType),
        f.contextId ? eq(knowledgeUses.contextId, f.contextId) : sql`${knowledgeUses.contextId} is null`,
        inArray(knowledgeUses.articleId, f.articleIds),
      ),
    );
  return new Map(rows.map((r) => [r.articleId, r.solved]));
}
export const addCounts = (q: Q, id: string, solved: number, unhelpful: number) =>
  q
    .update(knowledgeArticles)
    .set({ solvedCount: sql`${knowledgeArticles.solvedCount} + ${solved}`, unhelpfulCount: sql`${knowledgeArticles.unhelpfulCount} + ${unhelpful}` })
    .where(eq(knowledgeArticles.id, id));

/** An image of an article, with its bytes (the article's reach was checked by the caller). */
export async function articleImage(q: Q, articleId: string, attachmentId: string) {
  const [row] = await q
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.ownerType, 'knowledge_article'), eq(attachments.ownerId, articleId)));
  return row;
}
