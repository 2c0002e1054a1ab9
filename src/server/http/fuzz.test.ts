/**
 * Every operation of /api/openapi.json with malformed input, as admin, as a technician and without login: no answer
 * may be a 5xx. Bounded (fixed seed, a few thousand requests); FUZZ_PER_FIELD=5 FUZZ_SEED=… runs a larger one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.js';
import { createFactories } from '../test/factories.js';
import { operations, requestsFor, rng, type FuzzRequest } from '../test/fuzz.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const PER_FIELD = Number(process.env.FUZZ_PER_FIELD ?? 1);
/** Streams that never end, and calls that end the session the fuzzer is using. */
const SKIP = [/\/events$/, /\/auth\/logout$/, /\/auth\/password$/];

let h: Harness;
const cookies: Record<string, string | undefined> = {};
let ids: string[] = [];

beforeAll(async () => {
  h = await createHarness();
  const f = createFactories(h);
  const order = await f.workOrder({ status: 'delivered' });
  cookies.admin = (await h.login('admin')).cookie;
  cookies.technician = (await h.login('tech')).cookie;
  cookies.anonymous = undefined;
  const admin = await h.login('admin');
  const tickets = (await admin.get('/api/tickets')).body.items as { id: string }[];
  ids = [order.id, order.vehicleId, order.customerId, order.servicePointId, tickets[0]?.id, crypto.randomUUID()].filter(Boolean) as string[];
}, 120_000);

async function send(r: FuzzRequest, cookie?: string) {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (r.contentType) headers['content-type'] = r.contentType;
  const res = await h.app.request(r.url, { method: r.method, headers, body: r.method === 'GET' || r.method === 'HEAD' ? undefined : r.body });
  await res.arrayBuffer();
  return res.status;
}

describe('OpenAPI fuzz: no 5xx for any input', () => {
  it('walks every operation with malformed input as admin, technician and anonymous', async () => {
    const doc = (await h.call('GET', '/api/openapi.json')).body;
    const random = rng(SEED);
    const ops = operations(doc).filter((op) => !SKIP.some((re) => re.test(op.path)));
    expect(ops.length).toBeGreaterThan(100);
    const histogram: Record<string, number> = {};
    const failures: string[] = [];
    let total = 0;
    for (const op of ops) {
      for (const r of requestsFor(doc, op, { random, ids, perField: PER_FIELD })) {
        for (const who of ['admin', 'technician', 'anonymous'] as const) {
          // Mutating calls with bodies go out as admin and anonymous; the technician gets the parameter cases.
          if (who === 'technician' && r.why.startsWith('body') && random() < 0.7) continue;
          const status = await send(r, cookies[who]);
          total++;
          histogram[status] = (histogram[status] ?? 0) + 1;
          if (status >= 500) failures.push(`${status} ${who} ${r.method} ${op.path} — ${r.why}`);
        }
      }
    }
    console.info(`fuzz (${h.database.kind}, seed ${SEED}): ${total} requests, statuses ${JSON.stringify(histogram)}`);
    expect(failures.slice(0, 40)).toEqual([]);
  }, 900_000);
});
