/**
 * Technical support (issue 15): the knowledge base — fault cases, technical bulletins, manual sections — searched in
 * Chinese (Intl.Segmenter words + character pairs in a GIN-indexed token array), ranked by applicability,
 * effectiveness and recency; "solved it / not helpful" per use; difficult-case requests up the network; technical
 * appraisals for warranty; fault statistics and quality feedback.
 *
 * Other features use `api` (KnowledgeApi): `suggest(tx, { pointId, vehicleId?, vin?, model?, product?, faultCodes?,
 * symptom? })` for their own 技术支持 panel, and `appraisalFor(tx, workOrderId)` for the warranty claim.
 */
import type { Db, Tx } from '../../db/client.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { knowledgeRoutes } from './knowledge.routes.js';
import { createKnowledgeService, type SuggestInput } from './knowledge.service.js';
import { techRequestRoutes } from './tech-requests.routes.js';
import { createTechDeadlineHandler, createTechRequestService, TECH_DEADLINE_QUEUE } from './tech-requests.service.js';
import type { Appraisal, SearchResult } from '../../../contracts/knowledge.js';
import { appraisalRoutes } from './appraisals.routes.js';
import { seedDemoKnowledge } from './demo-knowledge.js';
import { qualityRoutes } from './quality.routes.js';
import { createQualityService } from './quality.service.js';
import { createFaultStatsService } from './fault-stats.service.js';
import { appraisalFor, createAppraisalService } from './appraisals.service.js';

export type { SuggestInput } from './knowledge.service.js';

export interface KnowledgeApi {
  /** The best matching published articles for a piece of work at a point (reaching down from the points above). */
  suggest(q: Db | Tx, input: SuggestInput): Promise<SearchResult>;
  /** The latest decided 索赔技术鉴定 of a work order (verdict, reasoning, evidence), null when none. */
  appraisalFor(q: Db | Tx, workOrderId: string): Promise<Appraisal | null>;
}

export function knowledgeModule(ctx: ModuleContext): FeatureModule & { api: KnowledgeApi } {
  const { db, now } = ctx;
  const svc = createKnowledgeService({ db, now });
  return {
    routers: [
      knowledgeRoutes(svc),
      techRequestRoutes(createTechRequestService({ db, now, knowledge: svc })),
      appraisalRoutes(createAppraisalService({ db, now })),
      qualityRoutes(createQualityService({ db, now }), createFaultStatsService({ db })),
    ],
    jobs: { [TECH_DEADLINE_QUEUE]: createTechDeadlineHandler({ db, now }) },
    demo: ({ db: d, pointId, now: at }) => seedDemoKnowledge(d, pointId, at),
    api: { suggest: (q, input) => svc.suggest(q, input), appraisalFor },
  };
}
