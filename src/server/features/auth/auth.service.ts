import type { Db } from '../../db/client.js';
import type { Config } from '../../config.js';
import { AppError, notFound } from '../../http/errors.js';
import { derivePowers, type Actor } from '../../../domain/auth/actor.js';
import { insertAudit } from '../audit/index.js';
import * as repo from './auth.repo.js';
import { hashPassword, newSecret, sha256, verifyPassword } from './passwords.js';

export interface AuthDeps {
  db: Db;
  config: Pick<Config, 'SESSION_TTL_HOURS' | 'LOGIN_MAX_FAILURES' | 'LOGIN_WINDOW_MINUTES'>;
  now: () => Date;
}

const BAD_LOGIN = '用户名或密码错误';
// Compared against when the user does not exist, so timing does not reveal which usernames exist.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function createAuthService(deps: AuthDeps) {
  const { db, config, now } = deps;
  const ttlMs = config.SESSION_TTL_HOURS * 3600_000;

  /** Build the request's actor from a user id (positions → permissions and limits). */
  async function loadActor(userId: string, via: Actor['via']): Promise<Actor | null> {
    const found = await repo.findUserWithPoint(db, userId);
    if (!found) return null;
    const held = found.user.employeeId ? await repo.positionsOfEmployee(db, found.user.employeeId) : [];
    return actorOf(found.user, found.pointPath, held, via);
  }

  function actorOf(
    user: NonNullable<Awaited<ReturnType<typeof repo.findUserWithPoint>>>['user'],
    pointPath: string,
    held: Awaited<ReturnType<typeof repo.positionsOfEmployee>>,
    via: Actor['via'],
  ): Actor | null {
    if (!user.isActive) return null;
    const { permissions, limits } = derivePowers(held);
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      servicePointId: user.servicePointId,
      pointPath,
      isSuperuser: user.isSuperuser,
      employeeId: user.employeeId,
      permissions,
      limits,
      positionTitles: held.map((p) => p.titleZh),
      locale: user.locale,
      via,
    };
  }

  async function login(input: { username: string; password: string; ip: string; userAgent: string }) {
    const since = new Date(now().getTime() - config.LOGIN_WINDOW_MINUTES * 60_000);
    const failures = await repo.countRecentFailures(db, input.username, input.ip, since);
    // Counted per account *and* address: a stranger failing on someone's account does not lock them out
    // elsewhere; an address failing on many accounts is stopped as a whole.
    if (failures.byUserAtIp >= config.LOGIN_MAX_FAILURES || failures.byIp >= config.LOGIN_MAX_FAILURES * 4) {
      throw new AppError('RATE_LIMITED', `登录失败次数过多,请 ${config.LOGIN_WINDOW_MINUTES} 分钟后再试`);
    }
    const user = await repo.findUserByUsername(db, input.username);
    const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.isActive) {
      await repo.recordLoginAttempt(db, input.username, input.ip, false, now());
      throw new AppError('UNAUTHENTICATED', BAD_LOGIN);
    }
    const token = newSecret();
    const at = now();
    await db.transaction(async (tx) => {
      await repo.clearFailures(tx, user.username);
      await repo.insertSession(tx, {
        tokenHash: sha256(token),
        userId: user.id,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: new Date(at.getTime() + ttlMs),
        ip: input.ip,
        userAgent: input.userAgent.slice(0, 300),
      });
      await insertAudit(
        tx,
        { userId: user.id, displayName: user.displayName },
        {
          servicePointId: user.servicePointId,
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          summary: `登录 (${input.ip})`,
        },
      );
    });
    return { token, expiresAt: new Date(at.getTime() + ttlMs) };
  }

  /** Resolve a session cookie; slides the expiry at most once a minute. */
  async function actorFromSession(token: string): Promise<Actor | null> {
    const at = now();
    const found = await repo.liveSessionActor(db, sha256(token), at);
    if (!found) return null;
    const { session } = found;
    if (at.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await repo.touchSession(db, session.tokenHash, at, new Date(at.getTime() + ttlMs));
    }
    return actorOf(found.user, found.pointPath, found.held, 'session');
  }

  async function actorFromToken(token: string): Promise<Actor | null> {
    const at = now();
    const row = await repo.findLiveToken(db, sha256(token), at);
    if (!row) return null;
    if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > 60_000) await repo.touchToken(db, row.id, at);
    return loadActor(row.userId, 'token');
  }

  async function logout(actor: Actor | null, token: string) {
    await db.transaction(async (tx) => {
      await repo.deleteSession(tx, sha256(token));
      if (actor) {
        await insertAudit(tx, actor, {
          servicePointId: actor.servicePointId,
          action: 'auth.logout',
          entityType: 'user',
          entityId: actor.userId,
        });
      }
    });
  }

  async function changePassword(actor: Actor, current: string, next: string) {
    const found = await repo.findUserWithPoint(db, actor.userId);
    if (!found) throw notFound('用户');
    if (!(await verifyPassword(current, found.user.passwordHash))) {
      throw new AppError('VALIDATION', '当前密码不正确', [{ path: 'currentPassword', message: '当前密码不正确' }]);
    }
    const hash = await hashPassword(next);
    await db.transaction(async (tx) => {
      await repo.updatePasswordHash(tx, actor.userId, hash, now());
      await insertAudit(tx, actor, {
        servicePointId: actor.servicePointId,
        action: 'user.password',
        entityType: 'user',
        entityId: actor.userId,
        summary: '修改密码',
      });
    });
  }

  async function createToken(actor: Actor, name: string, expiresAt: Date | null) {
    const secret = `as_${newSecret(24)}`;
    const row = await db.transaction(async (tx) => {
      const created = await repo.insertApiToken(tx, {
        userId: actor.userId,
        name,
        prefix: secret.slice(0, 8),
        tokenHash: sha256(secret),
        expiresAt,
      });
      await insertAudit(tx, actor, {
        servicePointId: actor.servicePointId,
        action: 'token.create',
        entityType: 'api_token',
        entityId: created.id,
        after: { name, prefix: created.prefix, expiresAt },
      });
      return created;
    });
    return { token: secret, row };
  }

  async function revokeToken(actor: Actor, id: string) {
    const row = await repo.findToken(db, id);
    if (!row || (row.userId !== actor.userId && !actor.isSuperuser)) throw notFound('令牌');
    await db.transaction(async (tx) => {
      await repo.revokeToken(tx, id, now());
      await insertAudit(tx, actor, {
        servicePointId: actor.servicePointId,
        action: 'token.revoke',
        entityType: 'api_token',
        entityId: id,
        before: { name: row.name, prefix: row.prefix },
      });
    });
  }

  return {
    login,
    logout,
    actorFromSession,
    actorFromToken,
    loadActor,
    changePassword,
    createToken,
    revokeToken,
    listTokens: (actor: Actor) => repo.listTokensOfUser(db, actor.userId),
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
