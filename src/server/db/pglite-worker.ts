/**
 * The embedded engine in its own thread (ADR 025). PGlite runs PostgreSQL compiled to WebAssembly synchronously on
 * the thread that calls it: on the main thread its start (~0.6 s) and every statement wait behind the HTTP work and
 * the other way round. Here it starts while the main thread is still loading the server, and executes statements on
 * the second core while the main thread parses requests and builds the next query. The main side is
 * `pglite-remote.ts`; the messages are `pglite-protocol.ts`.
 *
 * The engine's directory is `workerData.dataDir`; the thread takes the lock of the directory above it (DATA_DIR) first.
 */
import path from 'node:path';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './lock.js';
import { errorToWire, type Reply, type Request } from './pglite-protocol.js';

if (!parentPort) throw new Error('pglite-worker.ts runs as a worker thread');
const port = parentPort;

/** Thrown inside a transaction's callback to roll it back when the main thread asks for it. */
const ROLLBACK = new Error('rollback requested');
/** The parsers Drizzle asks for (the types it reads as text), by the type ids it names. */
const identity = (v: string) => v;
const parsersCache = new Map<string, Record<number, (v: string) => string>>();
function parsersFor(raw: number[] | undefined) {
  if (!raw?.length) return undefined;
  const key = raw.join(',');
  let p = parsersCache.get(key);
  if (!p) parsersCache.set(key, (p = Object.fromEntries(raw.map((oid) => [oid, identity]))));
  return p;
}

/**
 * After an answer, look for the next request for a moment before sleeping: inside a transaction it usually comes
 * within a fraction of a millisecond, and waking a sleeping thread costs more than that on a virtual machine.
 */
const SPIN_MS = 0.25;
let spinning = false;
function spin() {
  spinning = false;
  const until = performance.now() + SPIN_MS;
  do {
    const got = receiveMessageOnPort(port);
    if (got) return dispatch(got.message as Request);
  } while (performance.now() < until);
}

const send = (reply: Reply, transfer: ArrayBuffer[] = []) => {
  port.postMessage(reply, transfer);
  // Once what is under way has settled (setImmediate runs after the pending promise work), wait a moment for more.
  if (!spinning) {
    spinning = true;
    setImmediate(spin);
  }
};
const fail = (id: number, e: unknown) => send({ id, error: errorToWire(e) });

/** The lock on the data directory, released when the engine closes (or fails to open). */
let release = () => {};
let announced = false;
/**
 * Take the lock, say which directory (id 0: the main thread waits only for this), then open the engine; requests
 * wait for it, and get its error when it cannot open.
 */
const opened = (async () => {
  const dir = path.resolve((workerData as { dataDir: string }).dataDir);
  release = lockDataDir(path.dirname(dir));
  send({ id: 0, ok: dir });
  announced = true;
  return PGlite.create(dir);
})();
opened.catch((e) => {
  release();
  if (!announced) send({ id: 0, error: errorToWire(e) });
});

const txs = new Map<number, Transaction>();
const enders = new Map<number, (commit: boolean) => void>();
/** The 'end' request waiting on each transaction's COMMIT or ROLLBACK. */
const ends = new Map<number, number>();
const takeEnd = (txId: number) => {
  const id = ends.get(txId);
  ends.delete(txId);
  return id;
};
const unlisteners = new Map<string, () => Promise<void>>();
let nextTx = 1;

async function handle(m: Request): Promise<void> {
  if (m.op === 'close') {
    const pg = await opened.catch(() => undefined);
    if (pg && !pg.closed) await pg.close();
    release();
    send({ id: m.id, ok: true });
    return port.close();
  }
  const pg = await opened;
  switch (m.op) {
    case 'query': {
      const target = m.tx ? txs.get(m.tx) : pg;
      if (!target) throw new Error(`transaction ${m.tx} is over`);
      const r = await target.query(m.sql, m.params, { rowMode: m.rowMode, parsers: parsersFor(m.raw) });
      return send({ id: m.id, ok: { rows: r.rows, fields: r.fields, affectedRows: r.affectedRows } });
    }
    case 'exec': {
      const target = m.tx ? txs.get(m.tx) : pg;
      if (!target) throw new Error(`transaction ${m.tx} is over`);
      const r = await target.exec(m.sql);
      return send({ id: m.id, ok: r.map((x) => ({ rows: x.rows, fields: x.fields, affectedRows: x.affectedRows })) });
    }
    case 'begin': {
      // The callback holds the engine (PGlite serializes everything else behind it) until 'end' arrives.
      const txId = nextTx++;
      pg.transaction(async (tx) => {
        txs.set(txId, tx);
        send({ id: m.id, ok: txId });
        const commit = await new Promise<boolean>((resolve) => enders.set(txId, resolve));
        txs.delete(txId);
        if (!commit) throw ROLLBACK;
      }).then(
        () => send({ id: takeEnd(txId) ?? m.id, ok: true }),
        (e) => {
          txs.delete(txId);
          enders.delete(txId);
          const endId = takeEnd(txId);
          // A rollback asked for is a success; a failed BEGIN answers the begin, a failed COMMIT the end.
          if (e === ROLLBACK && endId !== undefined) send({ id: endId, ok: true });
          else fail(endId ?? m.id, e);
        },
      );
      return;
    }
    case 'end': {
      const resolve = enders.get(m.tx);
      if (!resolve) throw new Error(`transaction ${m.tx} is over`);
      enders.delete(m.tx);
      ends.set(m.tx, m.id);
      return resolve(m.commit);
    }
    case 'listen': {
      if (!unlisteners.has(m.channel))
        unlisteners.set(m.channel, await pg.listen(m.channel, (payload) => send({ id: -1, notify: { channel: m.channel, payload } })));
      return send({ id: m.id, ok: true });
    }
    case 'unlisten': {
      await unlisteners.get(m.channel)?.();
      unlisteners.delete(m.channel);
      return send({ id: m.id, ok: true });
    }
    case 'dump': {
      const buf = await (await pg.dumpDataDir(m.compression)).arrayBuffer();
      return send({ id: m.id, ok: buf }, [buf]);
    }
  }
}

const dispatch = (m: Request) => {
  handle(m).catch((e) => fail(m.id, e));
};

port.on('message', dispatch);
