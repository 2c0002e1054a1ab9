/** The feature's façade for the routes: every write answers with the point's whole administration view. */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { AccreditationAct, PointAdmin } from '../../../contracts/network-admin.js';
import type { Star } from '../../../domain/network-admin/index.js';
import type { KpiPackService } from '../kpi/index.js';
import { createAccreditationService, presentPoint, type CandidateInput } from './accreditation.service.js';
import { createEvaluationService } from './evaluations.service.js';

export function createNetworkAdminService(deps: { db: Db; now: () => Date; kpi: KpiPackService }) {
  const accreditation = createAccreditationService(deps);
  const evaluations = createEvaluationService(deps);

  async function pointAdmin(actor: Actor, id: string): Promise<PointAdmin> {
    const { row, profile, month } = await accreditation.point(actor, id);
    const [records, evals, rects, sums] = await Promise.all([
      accreditation.records(deps.db, row.id),
      evaluations.evaluations(actor, row.id),
      evaluations.rectifications(actor, { servicePointId: row.id }),
      evaluations.summaries([row.id]),
    ]);
    return {
      point: presentPoint(row, profile, { month, lastScore: sums.lastScore.get(row.id) ?? null, openRectifications: sums.open.get(row.id) ?? 0 }),
      records,
      evaluations: evals,
      rectifications: rects,
    };
  }

  return {
    evaluations,
    pointAdmin,
    overview: (actor: Actor) => accreditation.overview(actor, evaluations.summaries),
    async createCandidate(actor: Actor, input: CandidateInput) {
      const prof = await accreditation.createCandidate(actor, input);
      return pointAdmin(actor, prof.servicePointId);
    },
    async updateProfile(actor: Actor, id: string, input: { version: number; star?: Star; lng?: number | null; lat?: number | null }) {
      await accreditation.updateProfile(actor, id, input);
      return pointAdmin(actor, id);
    },
    async act(actor: Actor, id: string, input: AccreditationAct) {
      await accreditation.act(actor, id, input);
      return pointAdmin(actor, id);
    },
  };
}
export type NetworkAdminService = ReturnType<typeof createNetworkAdminService>;
