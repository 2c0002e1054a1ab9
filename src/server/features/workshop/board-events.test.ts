import { beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { buildApp } from '../../main.js';
import { openPostgres } from '../../db/client.js';
import { createApp } from '../../http/app.js';
import { createAuthService } from '../auth/auth.service.js';
import { visiblePoint } from '../service-points/index.js';
import { boardEventsFor, createBoardEvents } from './board-events.js';
import { workshopEventRoutes } from './events.routes.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';

let h: Harness;
let f: Factories;
let dispatcher: Session;
let pointId: string;
beforeAll(async () => {
  h = await createHarness();
  await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, new Date('2026-11-22T02:00:00Z')); // the labor-time catalog the orders use
  f = createFactories(h);
  dispatcher = await h.login('workshop');
  pointId = h.installed.orgPointId;
});

type SseMessage = { event?: string; data?: string; comment?: string };
/** An SSE client over app.request(): reads messages one by one; null when none arrives in time. */
async function openStream(app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }, cookie: string) {
  const res = await app.request('/api/workshop/events', { headers: { cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  async function next(timeoutMs = 5000): Promise<SseMessage | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buf.indexOf('\n\n');
      if (end >= 0) {
        const raw = buf.slice(0, end);
        buf = buf.slice(end + 2);
        const msg: SseMessage = {};
        for (const line of raw.split('\n')) {
          if (line.startsWith(':')) msg.comment = line.slice(1).trim();
          else if (line.startsWith('event: ')) msg.event = line.slice(7);
          else if (line.startsWith('data: ')) msg.data = line.slice(6);
        }
        return msg;
      }
      pending ??= reader.read();
      const left = deadline - Date.now();
      const chunk = await Promise.race([pending, new Promise<null>((r) => setTimeout(() => r(null), Math.max(0, left)))]);
      if (chunk === null) return null;
      pending = null;
      if (chunk.done) return null;
      buf += decoder.decode(chunk.value, { stream: true });
    }
  }
  return { next, close: () => reader.cancel() };
}

describe('live board events (SSE)', () => {
  it('sends ready, then a board event after a job is assigned; refused and rolled-back changes send nothing', async () => {
    const {
      jobs: [job],
    } = await f.jobs({ ops: ['BY-002'] });
    const sse = await openStream(h.app, dispatcher.cookie);
    try {
      expect(await sse.next()).toEqual({ event: 'ready', data: JSON.stringify({ servicePointId: pointId }) });
      expect((await f.assignJob(job, '姜德贵')).status).toBe(422);
      const rolledBack = h.db.transaction(async (tx) => {
        await boardEventsFor(h.database).publish(tx, pointId);
        throw new Error('rolled back');
      });
      await expect(rolledBack).rejects.toThrow('rolled back');
      expect(await sse.next(400)).toBeNull();
      expect((await f.assignJob(job, '梁志勇')).status).toBe(200);
      expect(await sse.next()).toEqual({ event: 'board', data: JSON.stringify({ servicePointId: pointId }) });
    } finally {
      await sse.close();
    }
  });

  it('refuses outsiders before streaming: 401 without a session, 403 without a workshop permission, 404 for an invisible point', async () => {
    expect((await h.app.request('/api/workshop/events')).status).toBe(401);
    const crm = await h.login('crm');
    expect((await h.app.request('/api/workshop/events', { headers: { cookie: crm.cookie } })).status).toBe(403);
    const other = '00000000-0000-4000-8000-000000000000';
    expect((await h.app.request(`/api/workshop/events?servicePointId=${other}`, { headers: { cookie: dispatcher.cookie } })).status).toBe(404);
  });

  it('keeps the connection alive with comments and removes its listener on disconnect', async () => {
    const events = createBoardEvents(h.database);
    const app = createApp({
      auth: createAuthService({ db: h.db, config: h.config, now: () => new Date() }),
      routers: [workshopEventRoutes(events, (actor, id) => visiblePoint(h.db, actor, id), { keepAliveMs: 50 })],
    });
    const sse = await openStream(app, dispatcher.cookie);
    expect((await sse.next())?.event).toBe('ready');
    expect(events.listenerCount()).toBe(1);
    expect(await sse.next()).toEqual({ comment: 'keep-alive' });
    await h.db.transaction(async (tx) => events.publish(tx, pointId));
    let msg = await sse.next();
    while (msg?.comment) msg = await sse.next();
    expect(msg?.event).toBe('board');
    await sse.close();
    await vi.waitFor(() => expect(events.listenerCount()).toBe(0));
  });

  it('reaches clients of another app instance on the same database', async () => {
    // On PostgreSQL a second connection pool, as a second process would have; embedded, a second app on the same PGlite.
    const second = inject('testDb') === 'postgres' ? await openPostgres(h.database.url!, 2) : null;
    const database2 = second ?? h.database;
    const app2 = buildApp({ database: database2, config: h.config, now: () => new Date() });
    const {
      jobs: [job],
    } = await f.jobs({ ops: ['BY-003'] });
    const sse = await openStream(app2, dispatcher.cookie);
    try {
      expect((await sse.next())?.event).toBe('ready');
      expect((await f.assignJob(job, '潘文斌')).status).toBe(200); // through the first instance
      expect(await sse.next()).toEqual({ event: 'board', data: JSON.stringify({ servicePointId: pointId }) });
    } finally {
      await sse.close();
      await vi.waitFor(() => expect(boardEventsFor(database2).listenerCount()).toBe(0));
      await second?.close();
    }
  });
});
