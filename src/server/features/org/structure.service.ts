import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { Team } from '../../../contracts/org.js';
import { AppError, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './org.repo.js';
import { presentDepartment, presentTeam } from './org.present.js';

type DeptInput = { parentId?: string | null; nameZh?: string; nameEn?: string; sortOrder?: number };
type TeamInput = { departmentId?: string | null; nameZh?: string; nameEn?: string; trade?: Team['trade'] };

/** Departments and teams of a point's organization. */
export function createStructureService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function checkDept(tx: Db | Tx, pointId: string, id: string | null | undefined, path: string) {
    if (!id) return;
    const d = await repo.findDepartment(tx, id);
    if (!d || d.servicePointId !== pointId) throw new AppError('VALIDATION', '部门无效', [{ path, message: '部门不存在或不属于本网点' }]);
  }
  async function deptInScope(tx: Db | Tx, actor: Actor, id: string) {
    const d = await repo.findDepartment(tx, id);
    if (!d) throw notFound('部门');
    await visiblePoint(tx, actor, d.servicePointId);
    return d;
  }

  return {
    async listDepartments(actor: Actor, pointId?: string) {
      const point = await visiblePoint(db, actor, pointId);
      return (await repo.listDepartments(db, point.id)).map(presentDepartment);
    },
    async createDepartment(actor: Actor, input: DeptInput & { servicePointId?: string; nameZh: string }) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        await checkDept(tx, point.id, input.parentId, 'parentId');
        const row = await repo.insertDepartment(tx, { ...input, servicePointId: point.id });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'department.create',
          entityType: 'department',
          entityId: row.id,
          summary: row.nameZh,
          after: presentDepartment(row),
        });
        return presentDepartment(row);
      });
    },
    async updateDepartment(actor: Actor, id: string, input: DeptInput & { version: number }) {
      return db.transaction(async (tx) => {
        const before = await deptInScope(tx, actor, id);
        await checkDept(tx, before.servicePointId, input.parentId, 'parentId');
        if (input.parentId === id) throw new AppError('VALIDATION', '部门不能以自己为上级', [{ path: 'parentId', message: '不能选择自己' }]);
        const { version, ...patch } = input;
        const row = await repo.updateDepartment(tx, id, version, patch, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'department.update',
          entityType: 'department',
          entityId: id,
          summary: row.nameZh,
          before: presentDepartment(before),
          after: presentDepartment(row),
        });
        return presentDepartment(row);
      });
    },
    async deleteDepartment(actor: Actor, id: string, version: number) {
      await db.transaction(async (tx) => {
        const before = await deptInScope(tx, actor, id);
        const usage = await repo.departmentUsage(tx, id);
        if (usage.children + usage.positions + usage.teams > 0) {
          throw ruleBroken(`部门仍有下级部门 ${usage.children} 个、岗位 ${usage.positions} 个、班组 ${usage.teams} 个,不能删除`, [], 'DEPARTMENT_IN_USE');
        }
        if (!(await repo.deleteDepartment(tx, id, version))) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: before.servicePointId,
          action: 'department.delete',
          entityType: 'department',
          entityId: id,
          summary: before.nameZh,
          before: presentDepartment(before),
        });
      });
    },
    async listTeams(actor: Actor, pointId?: string) {
      const point = await visiblePoint(db, actor, pointId);
      return (await repo.listTeams(db, point.id)).map((r) => presentTeam(r.team, r.memberCount));
    },
    async createTeam(actor: Actor, input: TeamInput & { servicePointId?: string; nameZh: string; trade: Team['trade'] }) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        await checkDept(tx, point.id, input.departmentId, 'departmentId');
        const row = await repo.insertTeam(tx, { ...input, servicePointId: point.id });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'team.create',
          entityType: 'team',
          entityId: row.id,
          summary: row.nameZh,
          after: presentTeam(row, 0),
        });
        return presentTeam(row, 0);
      });
    },
    async updateTeam(actor: Actor, id: string, input: TeamInput & { version: number }) {
      return db.transaction(async (tx) => {
        const before = await repo.findTeam(tx, id);
        if (!before) throw notFound('班组');
        await visiblePoint(tx, actor, before.servicePointId);
        await checkDept(tx, before.servicePointId, input.departmentId, 'departmentId');
        const { version, ...patch } = input;
        const row = await repo.updateTeam(tx, id, version, patch, now());
        if (!row) throw staleVersion();
        const members = (await repo.listTeams(tx, row.servicePointId)).find((t) => t.team.id === id)?.memberCount ?? 0;
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'team.update',
          entityType: 'team',
          entityId: id,
          summary: row.nameZh,
          before: presentTeam(before, members),
          after: presentTeam(row, members),
        });
        return presentTeam(row, members);
      });
    },
  };
}
export type StructureService = ReturnType<typeof createStructureService>;
