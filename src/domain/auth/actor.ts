import { combineLimits, type AuthorityLimits, type Permission } from './permissions.js';

/** Who is acting: resolved once per request from the session or API token. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  servicePointId: string;
  /** Materialized path of the user's point ('/rootId/…/pointId/'); the data scope is every point under it. */
  pointPath: string;
  isSuperuser: boolean;
  employeeId: string | null;
  permissions: ReadonlySet<string>;
  limits: Required<AuthorityLimits>;
  positionTitles: string[];
  locale: string;
  via: 'session' | 'token';
}

/** Build the permission set and authority limits from the positions held. */
export function derivePowers(positions: { permissions: string[]; limits: AuthorityLimits }[]) {
  const permissions = new Set<string>();
  for (const p of positions) for (const perm of p.permissions) permissions.add(perm);
  return { permissions, limits: combineLimits(positions.map((p) => p.limits)) };
}

export function can(actor: Pick<Actor, 'isSuperuser' | 'permissions'>, permission: Permission): boolean {
  return actor.isSuperuser || actor.permissions.has(permission);
}

/** A point is visible when it is the actor's point or below it. */
export function canSeePointPath(actor: Pick<Actor, 'pointPath'>, pointPath: string): boolean {
  return pointPath.startsWith(actor.pointPath);
}
