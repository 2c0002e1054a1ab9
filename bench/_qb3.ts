import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { RemotePglite } from '../src/server/db/pglite-remote.js';
import { startEngineThread } from '../src/server/db/pglite-thread.js';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qb-'));
const b = await RemotePglite.connect(startEngineThread(path.join(dir, 'b')));
const a = await PGlite.create(path.join(dir, 'a'));
const parsers = { [types.TIMESTAMP]: (v: string) => v, [types.TIMESTAMPTZ]: (v: string) => v, [types.DATE]: (v: string) => v, 1231: (v: string) => v };
for (const [name, c] of [
  ['thread', b],
  ['inproc', a],
  ['thread', b],
] as const) {
  const q = c as unknown as PGlite;
  await q.query('create table if not exists t (id serial primary key, v text)');
  await q.query("insert into t (v) select 'x' || g from generate_series(1, 500) g");
  for (let i = 0; i < 300; i++) await q.query('select 1');
  const time = async (label: string, fn: (i: number) => Promise<unknown>, n = 2000) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await fn(i);
    return `${label} ${(((performance.now() - t0) / n) * 1000).toFixed(0)}µs`;
  };
  console.log(
    name,
    await time('plain', (i) => q.query('select v from t where id = $1', [(i % 500) + 1])),
    await time('parsers', (i) => q.query('select v from t where id = $1', [(i % 500) + 1], { rowMode: 'object', parsers })),
    await time(
      'tx',
      (i) =>
        q.transaction(async (tx) => {
          await tx.query("insert into t (v) values ('y')");
          await tx.query('update t set v = $1 where id = $2', ['z', (i % 500) + 1]);
        }),
      1000,
    ),
  );
}
await a.close();
await b.close();
fs.rmSync(dir, { recursive: true, force: true });
