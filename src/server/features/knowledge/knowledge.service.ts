import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { workshopJobs } from '../../db/schema.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { vinRangeProblems, type Situation } from '../../../domain/knowledge/applicability.js';
import { effectiveness, rankArticles, type ArticleKind } from '../../../domain/knowledge/ranking.js';
import { isEditable, nextArticleStatus, type ArticleStatus } from '../../../domain/knowledge/status.js';
import { articleTokens, normalizeCode, tokenize } from '../../../domain/knowledge/tokens.js';
import type {
  Article,
  ArticleAction,
  ArticleHit,
  ArticleInput,
  ArticleListQuery,
  ArticleUpdate,
  ArticleUseInput,
  KnowledgeSearch,
} from '../../../contracts/knowledge.js';
import { AppError, invalid, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { attachmentsOf, saveAttachmentsInTx } from '../attachments/index.js';
import { findVehicle } from '../customers/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint, visiblePoint } from '../service-points/index.js';
import { workOrderInScope } from '../work-orders/index.js';
import * as repo from './knowledge.repo.js';
import { claimContext, visitContext } from './contexts.repo.js';

type Q = Db | Tx;
/** Those who search and read the knowledge base. */
export const READERS = [
  'workshop.work',
  'workshop.dispatch',
  'work-orders.manage',
  'knowledge.write',
  'knowledge.publish',
  'tech.support',
  'quality.manage',
  'claims.manage',
  'claims.review',
  'field.work',
  'field.dispatch',
] as const;

/** The ids of a point path '/a/b/c/' from the root down. */
export const idsOfPath = (path: string) => path.split('/').filter(Boolean);

/** What the technical-support panel is asked with (the work order, the job, the claim, the field visit). */
export interface SuggestInput {
  pointId: string;
  vehicleId?: string | null;
  vin?: string | null;
  brand?: string | null;
  model?: string | null;
  product?: string | null;
  faultCodes?: string[];
  symptom?: string | null;
  kind?: ArticleKind;
  limit?: number;
}

const clean = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
const cleanCodes = (xs: string[]) => [...new Set(xs.map(normalizeCode).filter(Boolean))];

function tokensOf(
  a: Pick<
    repo.ArticleRow,
    'title' | 'symptom' | 'cause' | 'fix' | 'body' | 'parts' | 'laborOperation' | 'faultCodes' | 'models' | 'brands' | 'symptoms' | 'products'
  >,
) {
  return articleTokens({
    texts: [a.title, a.symptom, a.cause, a.fix, a.body, a.parts, a.laborOperation],
    terms: [...a.faultCodes, ...a.models, ...a.brands, ...a.symptoms, ...a.products],
  });
}

export function createKnowledgeService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function present(q: Q, rows: repo.ArticleRow[]): Promise<Article[]> {
    const names = await repo.pointNames(
      q,
      rows.map((r) => r.servicePointId),
    );
    const images = await attachmentsOf(
      q,
      'knowledge_article',
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind as ArticleKind,
      status: r.status as ArticleStatus,
      title: r.title,
      symptom: r.symptom,
      cause: r.cause,
      fix: r.fix,
      body: r.body,
      parts: r.parts,
      laborOperation: r.laborOperation,
      brands: r.brands,
      models: r.models,
      vinRanges: r.vinRanges,
      products: r.products,
      faultCodes: r.faultCodes,
      symptoms: r.symptoms,
      servicePointId: r.servicePointId,
      servicePointName: names.get(r.servicePointId) ?? '',
      revision: r.revision,
      authorName: r.authorName,
      reviewerName: r.reviewerName,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      solvedCount: r.solvedCount,
      unhelpfulCount: r.unhelpfulCount,
      effectiveness: effectiveness(r.solvedCount, r.unhelpfulCount),
      sourceRequestId: r.sourceRequestId,
      images: images.get(r.id) ?? [],
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  /** A published article reaches the reader from above; any article within the reader's scope is theirs to see. */
  async function readable(q: Q, actor: Actor, id: string, lock = false) {
    const a = await repo.findArticle(q, id, lock);
    if (!a) throw notFound('文章');
    const below = a.pointPath.startsWith(actor.pointPath);
    const above = a.status === 'published' && actor.pointPath.startsWith(a.pointPath);
    if (!below && !above) throw notFound('文章');
    return a;
  }
  /** Articles the actor edits or reviews: within their scope only. */
  async function own(q: Q, actor: Actor, id: string) {
    const a = await repo.findArticle(q, id, true);
    if (!a?.pointPath.startsWith(actor.pointPath)) throw notFound('文章');
    return a;
  }

  function fieldsOf(input: Omit<ArticleInput, 'kind' | 'images'>) {
    const problems = vinRangeProblems(input.vinRanges);
    if (problems.length) throw invalid(problems, 'VIN 范围有误');
    return {
      title: input.title,
      symptom: input.symptom,
      cause: input.cause,
      fix: input.fix,
      body: input.body,
      parts: input.parts,
      laborOperation: input.laborOperation,
      brands: clean(input.brands),
      models: clean(input.models),
      vinRanges: input.vinRanges.map((r) => ({ from: r.from.toUpperCase(), to: r.to.toUpperCase() })),
      products: clean(input.products),
      faultCodes: cleanCodes(input.faultCodes),
      symptoms: clean(input.symptoms),
    };
  }

  const audit = (tx: Tx, actor: Actor, a: repo.ArticleRow, action: string, summary: string, after?: unknown) =>
    insertAudit(tx, actor, {
      servicePointId: a.servicePointId,
      action: `knowledge.${action}`,
      entityType: 'knowledge_article',
      entityId: a.id,
      summary,
      after,
    });

  /** Create a draft inside a transaction (also used for the fault case made from a difficult-case answer). */
  async function createInTx(tx: Tx, actor: Actor, pointId: string, input: ArticleInput, extra: { sourceRequestId?: string } = {}) {
    const point = await visiblePoint(tx, actor, pointId);
    const f = fieldsOf(input);
    const at = now();
    const a = await repo.insertArticle(tx, {
      servicePointId: point.id,
      pointPath: point.path,
      number: await nextDocumentNumber(tx, point, 'knowledgeArticle', at),
      kind: input.kind,
      status: 'draft',
      ...f,
      tokens: tokensOf(f),
      authorUserId: actor.userId,
      authorName: actor.displayName,
      sourceRequestId: extra.sourceRequestId ?? null,
    });
    await saveAttachmentsInTx(tx, {
      servicePointId: point.id,
      ownerType: 'knowledge_article',
      ownerId: a.id,
      files: input.images,
      userId: actor.userId,
      path: 'images',
    });
    await audit(tx, actor, a, 'create', `${a.number} ${a.title}`, { kind: a.kind });
    return a;
  }

  async function suggest(
    q: Q,
    input: SuggestInput & { userId?: string; contextType?: string; contextId?: string | null },
  ): Promise<{ items: ArticleHit[]; words: string[] }> {
    const point = await findPoint(q, input.pointId);
    if (!point) throw notFound('服务网点');
    let s: Situation = { brand: input.brand, model: input.model, vin: input.vin, product: input.product };
    if (input.vehicleId) {
      const v = await findVehicle(q, input.vehicleId);
      if (v) s = { brand: v.brand || s.brand, model: v.model || s.model, modelFamily: v.modelFamily, vin: v.vin || s.vin, product: s.product };
    }
    const words = input.symptom ? tokenize(input.symptom) : [];
    const codes = cleanCodes(input.faultCodes ?? []);
    s.words = words;
    s.faultCodes = codes;
    const at = now();
    const rows = await repo.candidates(q, {
      ancestorIds: idsOfPath(point.path),
      path: point.path,
      tokens: [...words, ...codes],
      codes,
      models: clean([s.model ?? '', s.modelFamily ?? '']),
      kind: input.kind,
    });
    const ranked = rankArticles(
      rows.map((r) => ({ ...r, kind: r.kind as ArticleKind })),
      s,
      at,
      input.limit ?? 10,
    );
    const names = await repo.pointNames(
      q,
      ranked.map((r) => r.item.servicePointId),
    );
    const mine =
      input.userId && input.contextType
        ? await repo.usesOf(q, {
            userId: input.userId,
            contextType: input.contextType,
            contextId: input.contextId ?? null,
            articleIds: ranked.map((r) => r.item.id),
          })
        : new Map<string, boolean>();
    return {
      words,
      items: ranked.map(({ item: a, score, codes: matched }) => ({
        id: a.id,
        number: a.number,
        kind: a.kind,
        title: a.title,
        symptom: a.symptom,
        fix: a.fix,
        faultCodes: a.faultCodes,
        models: a.models,
        servicePointName: names.get(a.servicePointId) ?? '',
        publishedAt: a.publishedAt?.toISOString() ?? null,
        score,
        matchedCodes: matched,
        effectiveness: effectiveness(a.solvedCount, a.unhelpfulCount),
        solvedCount: a.solvedCount,
        unhelpfulCount: a.unhelpfulCount,
        myAnswer: mine.has(a.id) ? (mine.get(a.id) ? 'solved' : 'unhelpful') : null,
      })),
    };
  }

  /** The point of the piece of work (order, job, claim, visit) the actor may see, for a search or an answer in its context. */
  async function pointOfContext(q: Q, actor: Actor, contextType: string, contextId: string | null): Promise<string | null> {
    if (!contextId) return null;
    if (contextType === 'work_order') return (await workOrderInScope(q, actor, contextId)).servicePointId;
    if (contextType === 'job') {
      const [job] = await q.select({ workOrderId: workshopJobs.workOrderId }).from(workshopJobs).where(eq(workshopJobs.id, contextId));
      if (!job) throw notFound('派工');
      return (await workOrderInScope(q, actor, job.workOrderId)).servicePointId;
    }
    const c = contextType === 'claim' ? await claimContext(q, contextId) : contextType === 'visit' ? await visitContext(q, contextId) : undefined;
    if (!c) throw notFound(contextType === 'claim' ? '索赔单' : '外出服务');
    return (await visiblePoint(q, actor, c.servicePointId)).id;
  }

  return {
    present,
    suggest,
    createInTx,
    /** The model family (or model) of a car, for a fault case made from work on it. */
    async modelsOfVehicle(q: Q, vehicleId: string | null) {
      const v = vehicleId ? await findVehicle(q, vehicleId) : undefined;
      return v && (v.modelFamily || v.model) ? [v.modelFamily || v.model] : [];
    },
    async search(actor: Actor, f: KnowledgeSearch) {
      let input: SuggestInput & { userId?: string; contextType?: string; contextId?: string | null } = {
        pointId: actor.servicePointId,
        brand: f.brand,
        model: f.model,
        vin: f.vin,
        product: f.product,
        faultCodes: f.faultCodes?.split(/[,,\s]+/) ?? [],
        symptom: f.q,
        kind: f.kind,
        limit: f.limit,
        userId: actor.userId,
        contextType: 'search',
        contextId: null,
      };
      if (f.workOrderId) {
        // The panel of a work order: the order's point and car; the concerns when no words are typed.
        const order = await workOrderInScope(db, actor, f.workOrderId);
        input = {
          ...input,
          pointId: order.servicePointId,
          vehicleId: order.vehicleId,
          symptom: f.q ?? order.concerns,
          contextType: 'work_order',
          contextId: order.id,
        };
      }
      if (f.claimId) {
        // The panel of a warranty claim: the claim's car, its fault code and description.
        const c = await claimContext(db, f.claimId);
        if (!c) throw notFound('索赔单');
        const point = await visiblePoint(db, actor, c.servicePointId);
        input = {
          ...input,
          pointId: point.id,
          vehicleId: c.vehicleId,
          faultCodes: [...(input.faultCodes ?? []), ...(c.faultCode ? [c.faultCode] : [])],
          symptom: f.q ?? c.faultDescription,
          contextType: 'claim',
          contextId: f.claimId,
        };
      } else if (f.visitId) {
        // The panel of a field visit: the unit's product and the fault reported by the customer.
        const v = await visitContext(db, f.visitId);
        if (!v) throw notFound('外出服务');
        const point = await visiblePoint(db, actor, v.servicePointId);
        input = { ...input, pointId: point.id, product: v.product, symptom: f.q ?? v.fault ?? '', contextType: 'visit', contextId: f.visitId };
      }
      return suggest(db, input);
    },
    async list(actor: Actor, f: ArticleListQuery) {
      const rows = await repo.listArticles(db, { path: actor.pointPath, status: f.status, kind: f.kind, authorUserId: f.mine ? actor.userId : undefined });
      return present(db, rows);
    },
    async get(actor: Actor, id: string) {
      return (await present(db, [await readable(db, actor, id)]))[0];
    },
    async create(actor: Actor, input: ArticleInput) {
      return db.transaction(async (tx) => (await present(tx, [await createInTx(tx, actor, actor.servicePointId, input)]))[0]);
    },
    async update(actor: Actor, id: string, input: ArticleUpdate) {
      return db.transaction(async (tx) => {
        const a = await own(tx, actor, id);
        if (a.version !== input.version) throw staleVersion();
        if (!isEditable(a.status as ArticleStatus)) throw new AppError('ILLEGAL_TRANSITION', '只有草稿可以修改(已发布的文章请先“修订”)');
        const f = fieldsOf(input);
        const row = await repo.updateArticle(tx, a.id, a.version, { ...f, tokens: tokensOf(f) }, now());
        if (!row) throw staleVersion();
        await saveAttachmentsInTx(tx, {
          servicePointId: a.servicePointId,
          ownerType: 'knowledge_article',
          ownerId: a.id,
          files: input.images,
          userId: actor.userId,
          path: 'images',
        });
        await audit(tx, actor, row, 'update', `${a.number} ${row.title}`);
        return (await present(tx, [row]))[0];
      });
    },
    /**
     * submit (author) → publish / reject (a reviewer: knowledge.publish) → withdraw; revise reopens a published
     * article as the next revision's draft; promote moves a published case to the reviewer's own (higher) point,
     * so it reaches every station below it.
     */
    async act(actor: Actor, id: string, input: ArticleAction) {
      return db.transaction(async (tx) => {
        const a = await own(tx, actor, id);
        if (a.version !== input.version) throw staleVersion();
        const reviewer = can(actor, 'knowledge.publish');
        const needs = input.action === 'submit' ? 'knowledge.write' : 'knowledge.publish';
        if (!can(actor, needs))
          throw new AppError('FORBIDDEN', needs === 'knowledge.publish' ? '发布、退回、撤回和修订须由审核岗位(如技术主管)执行' : '没有编写技术资料的岗位权限', [
            { path: 'action', message: needs === 'knowledge.publish' ? '您的岗位没有审核发布权限' : '您的岗位没有编写权限' },
          ]);
        const at = now();
        if (input.action === 'promote') {
          if (a.status !== 'published') throw new AppError('ILLEGAL_TRANSITION', '只有已发布的文章可以上推');
          if (actor.servicePointId === a.servicePointId || !reviewer)
            throw new AppError('BUSINESS_RULE', '只能由上级网点的审核岗位上推', [{ path: 'action', message: '请由区域或主机厂的审核人员上推' }]);
          const point = (await findPoint(tx, actor.servicePointId))!;
          const row = await repo.updateArticle(tx, a.id, a.version, { servicePointId: point.id, pointPath: point.path }, at);
          if (!row) throw staleVersion();
          await audit(tx, actor, row, 'promote', `${a.number} 上推至 ${point.nameZh}`, { from: a.servicePointId, to: point.id });
          return (await present(tx, [row]))[0];
        }
        const next = nextArticleStatus(a.status as ArticleStatus, input.action);
        if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
        const patch: Partial<repo.ArticleRow> = { status: next.to };
        if (input.action === 'submit') patch.submittedAt = at;
        if (input.action === 'publish') Object.assign(patch, { publishedAt: at, reviewerName: actor.displayName, withdrawnAt: null });
        if (input.action === 'withdraw') patch.withdrawnAt = at;
        if (input.action === 'revise') Object.assign(patch, { revision: a.revision + 1, reviewerName: null });
        const row = await repo.updateArticle(tx, a.id, a.version, patch, at);
        if (!row) throw staleVersion();
        if (input.action === 'publish') {
          const { tokens: _t, ...snapshot } = row;
          await repo.insertRevision(tx, {
            articleId: a.id,
            servicePointId: a.servicePointId,
            revision: row.revision,
            snapshot,
            publishedAt: at,
            publishedByName: actor.displayName,
          });
        }
        await audit(tx, actor, row, input.action, `${a.number} ${a.title}:${input.action}${input.note ? ` ${input.note}` : ''}`, {
          from: a.status,
          to: next.to,
        });
        return (await present(tx, [row]))[0];
      });
    },
    /** "This solved it" / "not helpful", once per reader, article and piece of work; a changed answer moves the counts. */
    async recordUse(actor: Actor, id: string, input: ArticleUseInput) {
      return db.transaction(async (tx) => {
        const a = await readable(tx, actor, id, true);
        if (a.status !== 'published') throw new AppError('ILLEGAL_TRANSITION', '只有已发布的文章可以评价');
        const contextPointId = await pointOfContext(tx, actor, input.contextType, input.contextId);
        const solved = input.outcome === 'solved';
        const key = { articleId: a.id, contextType: input.contextType, contextId: input.contextId, userId: actor.userId };
        const prior = await repo.findUse(tx, key);
        const at = now();
        if (!prior) {
          await repo.insertUse(tx, { ...key, servicePointId: contextPointId ?? actor.servicePointId, solved, at });
          await repo.addCounts(tx, a.id, solved ? 1 : 0, solved ? 0 : 1);
        } else if (prior.solved !== solved) {
          await repo.setUse(tx, prior.id, solved, at);
          await repo.addCounts(tx, a.id, solved ? 1 : -1, solved ? -1 : 1);
        }
        const row = (await repo.findArticle(tx, a.id))!;
        return (await present(tx, [row]))[0];
      });
    },
    /** Published bulletins that apply specifically to this car (model, brand or VIN range met): shown at reception. */
    async bulletinsOfVehicle(actor: Actor, vehicleId: string) {
      const v = await findVehicle(db, vehicleId);
      if (!v) throw notFound('车辆');
      const point = await visiblePoint(db, actor, v.servicePointId);
      const rows = await repo.bulletinsFor(db, { ancestorIds: idsOfPath(point.path), path: point.path });
      const ranked = rankArticles(
        rows.map((r) => ({ ...r, kind: r.kind as ArticleKind })),
        { brand: v.brand, model: v.model, modelFamily: v.modelFamily, vin: v.vin },
        now(),
        50,
      ).filter((r) => r.item.brands.length + r.item.models.length + r.item.vinRanges.length > 0);
      return present(
        db,
        ranked.map((r) => r.item),
      );
    },
    async attachment(actor: Actor, id: string, attachmentId: string) {
      const a = await readable(db, actor, id);
      const img = await repo.articleImage(db, a.id, attachmentId);
      if (!img) throw notFound('附件');
      return { fileName: img.fileName, mimeType: img.mimeType, bytes: Buffer.from(img.content, 'base64') };
    },
  };
}
export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
