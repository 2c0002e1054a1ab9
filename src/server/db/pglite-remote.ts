/**
 * The embedded engine in a worker thread, seen from the main thread (ADR 025): the part of PGlite's interface Drizzle,
 * the migrator, board events and the backups use — query, exec, transaction, listen, dumpDataDir, close — each call a
 * message to `pglite-worker.ts`. Drizzle's parsers are identity functions for the types it reads as text; the worker
 * applies the same by type id. Errors arrive with their SQLSTATE and constraint, so `errors.ts` maps them unchanged.
 */
import type { EngineThread } from './pglite-thread.js';
import { DataDirLockedError } from './lock.js';
import { errorFromWire, type Reply, type Request, type WireError } from './pglite-protocol.js';

type QueryOptions = { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> };
export interface RemoteResults {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}
export interface RemoteTransaction {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<RemoteResults>;
  exec(sql: string): Promise<RemoteResults[]>;
  rollback(): Promise<never>;
  readonly closed: boolean;
}
// Distributive Omit: each request kind without the id the client assigns.
type Call = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

/** The engine's thread did not start (or stopped); the data directory's lock error keeps its type for the CLI. */
function startError(w: WireError): Error {
  if (w.name === 'DataDirLockedError') return new DataDirLockedError(String(w.dataDir), Number(w.pid));
  return errorFromWire(w);
}

export class RemotePglite {
  #worker: EngineThread['worker'];
  #next = 1;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #listeners = new Map<string, Set<(payload: string) => void>>();
  #closed = false;
  /** The directory the engine opened (the thread's answer to the start). */
  dataDir = '';

  private constructor({ worker }: EngineThread) {
    this.#worker = worker;
    worker.removeAllListeners('message');
    worker.on('message', (r: Reply) => this.#receive(r));
    worker.on('error', (e: unknown) => this.#stop(e instanceof Error ? e : new Error(String(e))));
    worker.on('exit', (code) => this.#stop(new Error(`the database thread stopped (exit code ${code}) 数据库线程已停止`)));
  }

  /**
   * Wait until the thread holds the data directory's lock (rejects with DataDirLockedError when another process has
   * it). The engine goes on opening there: requests wait for it, and get its error if it cannot open.
   */
  static async connect(thread: EngineThread): Promise<RemotePglite> {
    const client = new RemotePglite(thread);
    const started = new Promise<unknown>((resolve, reject: (e: Error) => void) => client.#pending.set(0, { resolve, reject }));
    for (const r of thread.early.splice(0)) client.#receive(r as Reply);
    const { worker } = thread;
    try {
      client.dataDir = String(await started);
    } catch (e) {
      await worker.terminate();
      throw e;
    }
    return client;
  }

  get closed() {
    return this.#closed;
  }

  #receive(r: Reply) {
    if ('notify' in r) {
      for (const fn of this.#listeners.get(r.notify.channel) ?? []) fn(r.notify.payload);
      return;
    }
    const waiting = this.#pending.get(r.id);
    if (!waiting) return;
    this.#pending.delete(r.id);
    if ('error' in r) waiting.reject(r.id === 0 ? startError(r.error) : errorFromWire(r.error));
    else waiting.resolve(r.ok);
  }

  #stop(e: Error) {
    this.#closed = true;
    for (const w of this.#pending.values()) w.reject(e);
    this.#pending.clear();
  }

  #call<T>(req: Call, transfer?: ArrayBuffer[]): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('the database is closed 数据库已关闭'));
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#worker.postMessage({ ...req, id }, transfer ?? []);
    });
  }

  /** The type ids Drizzle reads as text (its parsers are identity functions); the worker applies the same. */
  static #raw(options?: QueryOptions) {
    return options?.parsers ? Object.keys(options.parsers).map(Number) : undefined;
  }

  query(sql: string, params?: unknown[], options?: QueryOptions, tx?: number): Promise<RemoteResults> {
    return this.#call({ op: 'query', sql, params, rowMode: options?.rowMode, raw: RemotePglite.#raw(options), tx });
  }

  exec(sql: string, tx?: number): Promise<RemoteResults[]> {
    return this.#call({ op: 'exec', sql, tx });
  }

  /** BEGIN in the thread; `fn`'s statements run inside; COMMIT when it returns, ROLLBACK when it throws. */
  async transaction<T>(fn: (tx: RemoteTransaction) => Promise<T>): Promise<T> {
    const txId = await this.#call<number>({ op: 'begin' });
    let over = false;
    const tx: RemoteTransaction = {
      query: (sql, params, options) => this.query(sql, params, options, txId),
      exec: (sql) => this.exec(sql, txId),
      rollback: () => {
        throw new Error('rollback 事务已回滚');
      },
      get closed() {
        return over;
      },
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (e) {
      over = true;
      await this.#call({ op: 'end', tx: txId, commit: false }).catch(() => undefined);
      throw e;
    }
    over = true;
    await this.#call({ op: 'end', tx: txId, commit: true });
    return result;
  }

  /** LISTEN in the engine; `callback` gets each payload after the notifying transaction commits. */
  async listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>> {
    let set = this.#listeners.get(channel);
    if (!set) {
      this.#listeners.set(channel, (set = new Set()));
      await this.#call({ op: 'listen', channel });
    }
    set.add(callback);
    return async () => {
      set.delete(callback);
      if (set.size === 0 && this.#listeners.get(channel) === set) {
        this.#listeners.delete(channel);
        if (!this.#closed) await this.#call({ op: 'unlisten', channel });
      }
    };
  }

  async dumpDataDir(compression?: 'none' | 'gzip' | 'auto'): Promise<Blob> {
    return new Blob([await this.#call<ArrayBuffer>({ op: 'dump', compression })]);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#call({ op: 'close' });
    this.#closed = true;
    await this.#worker.terminate();
  }
}
