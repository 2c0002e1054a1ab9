import { pingDb, type Database } from '../../db/client.js';
import type { Health } from '../../../contracts/system.js';

/** The health check: whether the database answers, which one it is, the app version and uptime. */
export function createHealthService(deps: { database: Pick<Database, 'db' | 'kind'>; version: string }) {
  const { database, version } = deps;
  const started = Date.now();
  return {
    async check(): Promise<Health> {
      const ok = await pingDb(database.db);
      return { status: ok ? 'ok' : 'degraded', db: database.kind, version, uptimeSeconds: Math.round((Date.now() - started) / 1000) };
    },
  };
}
export type HealthService = ReturnType<typeof createHealthService>;
