import { afterAll } from 'vitest';
import { buildApp } from '../main.js';
import { loadConfig } from '../config.js';
import { installTemplate } from '../features/templates/install.js';
import { installDemoNetwork } from '../features/templates/demo-network.js';
import { autoDealershipTemplate } from '../../domain/org/templates/auto-dealership.js';
import type { OrgTemplate } from '../../domain/org/templates/types.js';
import { openTestDatabase } from './db.js';

export const ADMIN_PASSWORD = 'admin-test-pw';
export const DEMO_PASSWORD = 'demo1234';

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A test harness per test file: a private database with the demo station installed, the real app
 * wired as in production, a settable clock, and helpers to log in and call the API through app.request().
 */
/** `network`: also the demo's manufacturer network (OEM-HQ, RC-EAST, RC-SOUTH, ST-0002, ST-0003 and their logins). */
export async function createHarness(opts: { template?: OrgTemplate; demo?: boolean; network?: boolean } = {}) {
  const database = await openTestDatabase();
  let clock = new Date('2026-11-22T02:00:00Z');
  const now = () => new Date(clock);
  const config = loadConfig({ DATA_DIR: '/tmp/unused', SESSION_TTL_HOURS: '2160' });
  const installed = await installTemplate(database.db, opts.template ?? autoDealershipTemplate, {
    adminPassword: ADMIN_PASSWORD,
    withDemoEmployees: opts.demo ?? true,
    demoPassword: DEMO_PASSWORD,
  });
  const network = opts.network ? await installDemoNetwork(database.db, installed.orgPointId, { demoPassword: DEMO_PASSWORD, now: now() }) : null;
  // Many submissions come from one test client: the public form's rate limit is tested on its own app.
  const app = buildApp({ database, config, now, publicLimits: { submitLimit: 10_000 } });
  afterAll(() => database.close());

  async function call<T = any>(
    method: string,
    path: string,
    o: { body?: unknown; cookie?: string; token?: string; headers?: Record<string, string>; raw?: BodyInit } = {},
  ): Promise<Res<T>> {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.cookie) headers.cookie = o.cookie;
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body: BodyInit | undefined = o.raw;
    if (o.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(o.body);
    }
    const res = await app.request(path, { method, headers, body });
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : type.includes('text') ? await res.text() : Buffer.from(await res.arrayBuffer());
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  async function login(username: string, password = username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD) {
    const res = await call('POST', '/api/auth/login', { body: { username, password } });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const as = <T = any>(method: string, path: string, o: Parameters<typeof call>[2] = {}) => call<T>(method, path, { ...o, cookie });
    return { cookie, call: as, get: <T = any>(p: string) => as<T>('GET', p) };
  }

  return {
    database,
    db: database.db,
    app,
    config,
    installed,
    network,
    call,
    login,
    now,
    setNow: (d: Date | string) => {
      clock = new Date(d);
    },
    advance: (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    },
  };
}
export type Harness = Awaited<ReturnType<typeof createHarness>>;
