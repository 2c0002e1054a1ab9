import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { listPointsUnder } from '../service-points/index.js';
import { notify } from '../notifications/index.js';
import { findEmployee } from '../org/index.js';
import * as repo from './improvement.repo.js';

import type { ImprovementAction, ImprovementActionCreate, ImprovementActionUpdate, ImprovementStatus } from '../../../contracts/crm.js';

const present = (r: repo.ImprovementRow, owner: string | null, today: string): ImprovementAction => ({
  id: r.id,
  servicePointId: r.servicePointId,
  causeCategory: r.causeCategory,
  title: r.title,
  description: r.description,
  ownerEmployeeId: r.ownerEmployeeId,
  ownerName: owner,
  dueOn: r.dueOn,
  status: r.status as ImprovementStatus,
  isOverdue: !!r.dueOn && r.dueOn < today && (r.status === 'open' || r.status === 'in_progress'),
  reviewNote: r.reviewNote,
  reviewedAt: r.reviewedAt?.toISOString() ?? null,
  version: r.version,
});

/** Service improvement (服务改进): actions against complaint causes, with owner, due date and review. */
export function createImprovementService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  /** Today in the point's zone (an action is overdue the day after its due date there). */
  const today = (point: { timeZone: string }) => localDate(usableTimeZone(point.timeZone), now());
  async function checkOwner(pointId: string, ownerId: string | null | undefined) {
    if (!ownerId) return;
    const e = await findEmployee(db, ownerId);
    if (!e || e.servicePointId !== pointId) throw new AppError('VALIDATION', '负责人无效', [{ path: 'ownerEmployeeId', message: '员工不存在或不属于本网点' }]);
  }
  return {
    async list(actor: Actor, servicePointId?: string): Promise<ImprovementAction[]> {
      const points = servicePointId ? [await visiblePoint(db, actor, servicePointId)] : await listPointsUnder(db, actor.pointPath);
      const todayOf = new Map(points.map((p) => [p.id, today(p)]));
      const rows = await repo.listImprovementActions(
        db,
        points.map((p) => p.id),
      );
      return rows.map((r) => present(r.a, r.owner, todayOf.get(r.a.servicePointId)!));
    },
    async create(actor: Actor, input: ImprovementActionCreate): Promise<ImprovementAction> {
      const point = await visiblePoint(db, actor, input.servicePointId);
      await checkOwner(point.id, input.ownerEmployeeId);
      return db.transaction(async (tx) => {
        const { servicePointId: _p, ...fields } = input;
        const row = await repo.insertImprovementAction(tx, { ...fields, servicePointId: point.id });
        if (row.ownerEmployeeId)
          await notify(tx, {
            servicePointId: point.id,
            recipientEmployeeId: row.ownerEmployeeId,
            title: `改进措施:${row.title}`,
            body: `截止 ${row.dueOn ?? '未定'}`,
            link: '/crm/improvement',
            dedupeKey: `improvement:${row.id}`,
          });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'improvement.create',
          entityType: 'improvement_action',
          entityId: row.id,
          summary: row.title,
          after: row,
        });
        return present(row, null, today(point));
      });
    },
    async update(actor: Actor, id: string, input: ImprovementActionUpdate): Promise<ImprovementAction> {
      const before = await repo.findImprovementAction(db, id);
      if (!before) throw notFound('改进措施');
      const point = await visiblePoint(db, actor, before.servicePointId);
      await checkOwner(before.servicePointId, input.ownerEmployeeId);
      if (input.status === 'reviewed' && !(input.reviewNote ?? before.reviewNote))
        throw new AppError('VALIDATION', '复核时请填写复核意见', [{ path: 'reviewNote', message: '请填写复核意见' }]);
      return db.transaction(async (tx) => {
        const { version, ...patch } = input;
        const row = await repo.updateImprovementAction(tx, id, version, { ...patch, ...(input.status === 'reviewed' ? { reviewedAt: now() } : {}) }, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'improvement.update',
          entityType: 'improvement_action',
          entityId: id,
          summary: row.title,
          before,
          after: row,
        });
        return present(row, null, today(point));
      });
    },
  };
}
export type ImprovementService = ReturnType<typeof createImprovementService>;
