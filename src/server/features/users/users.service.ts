import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { hashPassword } from '../auth/index.js';
import { clearFailures, deleteSessionsOfUser, findUserByUsername } from '../auth/index.js';
import { findEmployee } from '../org/index.js';
import * as repo from './users.repo.js';
import type { User, UserCreate, UserUpdate } from '../../../contracts/users.js';

const present = (r: repo.UserView): User => ({
  id: r.user.id,
  username: r.user.username,
  displayName: r.user.displayName,
  servicePointId: r.user.servicePointId,
  servicePointName: r.servicePointName,
  employeeId: r.user.employeeId,
  employeeName: r.employeeName,
  isSuperuser: r.user.isSuperuser,
  isActive: r.user.isActive,
  locale: r.user.locale,
  version: r.user.version,
});

/** User accounts. Authority comes from the employee's positions, so a user is linked to an employee. */
export function createUserService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function checkEmployee(q: Db | Tx, pointId: string, employeeId: string | null | undefined) {
    if (!employeeId) return;
    const e = await findEmployee(q, employeeId);
    if (!e || e.servicePointId !== pointId) throw new AppError('VALIDATION', '员工无效', [{ path: 'employeeId', message: '员工不存在或不属于该网点' }]);
  }
  return {
    async list(actor: Actor) {
      return (await repo.listUserViews(db, actor.pointPath)).map(present);
    },
    async create(actor: Actor, input: UserCreate) {
      if (input.isSuperuser && !actor.isSuperuser) throw forbidden('只有系统管理员可以创建管理员账号');
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        await checkEmployee(tx, point.id, input.employeeId);
        const dup = await findUserByUsername(tx, input.username);
        if (dup) throw new AppError('CONFLICT', `用户名 ${input.username} 已存在`, [{ path: 'username', message: '用户名已存在' }]);
        const row = await repo.insertUser(tx, {
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          servicePointId: point.id,
          employeeId: input.employeeId,
          isSuperuser: input.isSuperuser,
        });
        const out = present((await repo.findUserView(tx, row.id))!);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'user.create',
          entityType: 'user',
          entityId: row.id,
          summary: row.username,
          after: out,
        });
        return out;
      });
    },
    async update(actor: Actor, id: string, input: UserUpdate) {
      const passwordHash = input.password ? await hashPassword(input.password) : undefined;
      return db.transaction(async (tx) => {
        const existing = await repo.findUserView(tx, id);
        if (!existing) throw notFound('用户');
        await visiblePoint(tx, actor, existing.user.servicePointId);
        if (existing.user.isSuperuser && !actor.isSuperuser) throw forbidden('只有系统管理员可以修改管理员账号');
        if (id === actor.userId && input.isActive === false)
          throw new AppError('BUSINESS_RULE', '不能停用自己的账号', [{ path: 'isActive', message: '不能停用自己' }]);
        await checkEmployee(tx, existing.user.servicePointId, input.employeeId);
        const { version, password: _p, ...patch } = input;
        const row = await repo.updateUser(tx, id, version, { ...patch, ...(passwordHash ? { passwordHash } : {}) }, now());
        if (!row) throw staleVersion();
        if (passwordHash || input.isActive === false) await deleteSessionsOfUser(tx, id);
        const out = present((await repo.findUserView(tx, id))!);
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          summary: row.username + (passwordHash ? '(重置密码)' : ''),
          before: present(existing),
          after: out,
        });
        return out;
      });
    },
    /** An administrator lifts the login lock of an account (its recent failures are forgotten). */
    async unlockLogin(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const existing = await repo.findUserView(tx, id);
        if (!existing) throw notFound('用户');
        await visiblePoint(tx, actor, existing.user.servicePointId);
        await clearFailures(tx, existing.user.username);
        await insertAudit(tx, actor, {
          servicePointId: existing.user.servicePointId,
          action: 'user.unlock-login',
          entityType: 'user',
          entityId: id,
          summary: `${existing.user.username} 解除登录锁定`,
        });
        return present(existing);
      });
    },
    async setLocale(userId: string, locale: string) {
      await repo.setUserLocale(db, userId, locale);
    },
  };
}
export type UserService = ReturnType<typeof createUserService>;
