/**
 * Board change events across app instances: NOTIFY inside the changing transaction (delivered only on commit),
 * LISTEN on one dedicated connection per instance (PostgreSQL) or on the embedded engine (PGlite).
 */
import { errorFields, log } from '../../log.js';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { Database, Db, Tx } from '../../db/client.js';

/** The NOTIFY channel; the payload is the service point id. */
export const BOARD_CHANNEL = 'aftersales_board';
const RETRY_MS = 1000;

/** Publish/subscribe of board changes, per service point. */
export interface BoardEvents {
  /** Announce that point `pointId`'s board changed; call inside the changing transaction. */
  publish(q: Db | Tx, pointId: string): Promise<void>;
  /** Call `fn` on every change of the point's board; resolves once listening. Returns the unsubscribe. */
  subscribe(pointId: string, fn: () => void): Promise<() => Promise<void>>;
  /** Subscribers currently registered (for tests and health). */
  listenerCount(): number;
}

type Stop = () => Promise<void>;
type Listen = (onPayload: (payload: string) => void, onLost: () => void) => Promise<Stop>;

/** A dedicated client outside the pool, with the pool's connection settings: LISTEN holds its connection. */
function listenPostgres(database: Database): Listen {
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  return async (onPayload, onLost) => {
    const client = new pg.Client(pool.options);
    let closing = false;
    client.on('notification', (m) => {
      if (m.channel === BOARD_CHANNEL && m.payload) onPayload(m.payload);
    });
    client.on('error', (e) => {
      if (!closing) log.error({ error: errorFields(e) }, 'board-events listener lost');
    });
    client.on('end', () => {
      if (!closing) onLost();
    });
    await client.connect();
    await client.query(`LISTEN ${BOARD_CHANNEL}`);
    return async () => {
      closing = true;
      await client.end().catch(() => undefined);
    };
  };
}

/** The embedded engine is one process: its own NOTIFYs reach its listeners after commit. */
function listenPglite(database: Database): Listen {
  return async (onPayload) => {
    const unlisten = await database.pglite!.listen(BOARD_CHANNEL, onPayload);
    return async () => {
      if (!database.pglite!.closed) await unlisten().catch(() => undefined);
    };
  };
}

/** Board events on `database`; the listening connection opens with the first subscriber and closes with the last. */
export function createBoardEvents(database: Database): BoardEvents {
  const listeners = new Map<string, Set<() => void>>();
  const listen = database.kind === 'postgres' ? listenPostgres(database) : listenPglite(database);
  let running: Promise<Stop> | null = null;
  const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  const deliver = (pointId: string) => {
    for (const fn of listeners.get(pointId) ?? []) fn();
  };
  const everyone = () => {
    for (const set of listeners.values()) for (const fn of set) fn();
  };

  function ensureListening(): Promise<Stop> {
    if (!running) {
      const started = listen(deliver, () => {
        if (running === started) running = null;
        // Changes may have been missed while disconnected: reconnect, then tell every subscriber to reload.
        setTimeout(() => {
          if (count() > 0) ensureListening().then(everyone, () => undefined);
        }, RETRY_MS);
      });
      running = started;
      started.catch(() => {
        if (running === started) running = null;
      });
    }
    return running;
  }

  return {
    async publish(q, pointId) {
      await q.execute(sql`select pg_notify(${BOARD_CHANNEL}, ${pointId})`);
    },
    async subscribe(pointId, fn) {
      let set = listeners.get(pointId);
      if (!set) listeners.set(pointId, (set = new Set()));
      set.add(fn);
      try {
        await ensureListening();
      } catch (e) {
        set.delete(fn);
        throw e;
      }
      return async () => {
        set.delete(fn);
        if (!set.size) listeners.delete(pointId);
        if (count() === 0 && running) {
          const stopping = running;
          running = null;
          await (await stopping.catch(() => async () => undefined))();
        }
      };
    },
    listenerCount: count,
  };
}

const shared = new WeakMap<Database, BoardEvents>();
/** The one BoardEvents of an open database (the work-order hook and the routes of an app share it). */
export function boardEventsFor(database: Database): BoardEvents {
  let events = shared.get(database);
  if (!events) shared.set(database, (events = createBoardEvents(database)));
  return events;
}
