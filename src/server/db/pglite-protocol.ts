/** The messages between the main thread (`pglite-remote.ts`) and the embedded engine's thread (`pglite-worker.ts`). */

export type Request =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; rowMode?: 'array' | 'object'; raw?: number[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'listen' | 'unlisten'; channel: string }
  | { id: number; op: 'dump'; compression?: 'none' | 'gzip' | 'auto' }
  | { id: number; op: 'close' };

/** id 0 answers the start; id -1 carries a notification. */
export type Reply = { id: number; ok: unknown } | { id: number; error: WireError } | { id: -1; notify: { channel: string; payload: string } };

/** An error's name, message, stack and plain fields (SQLSTATE `code`, `constraint`, `table`, `detail`…). */
export type WireError = Record<string, string | number | boolean | null>;

export function errorToWire(e: unknown): WireError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const out: WireError = { name: e.name, message: e.message, stack: e.stack ?? null };
  for (const [k, v] of Object.entries(e)) if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v as string | number | boolean | null;
  return out;
}

/** The error again on this side, with its fields (errors.ts reads `code` and `constraint` as from the engine itself). */
export function errorFromWire(w: WireError): Error {
  const e = new Error(String(w.message));
  Object.assign(e, w);
  return e;
}
