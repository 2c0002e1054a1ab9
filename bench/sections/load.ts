/**
 * A small HTTP load client for the throughput section: N concurrent clients (keep-alive node:http) for a fixed time,
 * spread over the targets round-robin; requests/s, latency percentiles and errors.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Target {
  base: string;
  cookie: string;
}
export type LoadKind = 'create-confirm' | 'list' | 'board' | 'search' | 'home' | 'kpi' | 'bare';

const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const pct = (s: number[], p: number) => (s.length ? Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 10) / 10 : null);

/**
 * One request on a keep-alive connection (node:http, not fetch: WHATWG fetch costs several times the CPU per request,
 * and the client shares the machine's two cores with the servers it measures — pgbench's client is C).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function call(t: Target, method: string, p: string, body?: unknown): Promise<any> {
  const payload = body ? JSON.stringify(body) : undefined;
  const url = new URL(`${t.base}${p}`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        headers: { cookie: t.cookie, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 0) >= 300) return reject(new Error(`${method} ${p} → ${res.statusCode} ${text.slice(0, 200)}`));
          try {
            resolve(text ? JSON.parse(text) : null);
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** What the writers need from a target: vehicles with their recorded mileage and a labor operation. */
async function fixtures(t: Target) {
  const customers = await call(t, 'GET', '/api/customers?pageSize=200');
  const cars = (customers.items as { vehicles: { id: string; mileageKm: number }[] }[]).flatMap((c) => c.vehicles);
  const ops = await call(t, 'GET', '/api/labor-operations?pageSize=5');
  return { vehicles: cars.map((v) => v.id), mileage: new Map(cars.map((v) => [v.id, v.mileageKm])), laborOperationId: ops.items[0].id as string };
}

export async function load(targets: Target[], o: { clients: number; seconds: number; kind: LoadKind }) {
  const fx = o.kind === 'create-confirm' ? await Promise.all(targets.map(fixtures)) : [];
  const latencies: number[] = [];
  let requests = 0;
  let units = 0;
  let errors = 0;
  let firstError: string | null = null;
  const end = performance.now() + o.seconds * 1000;
  const timed = async <T>(f: () => Promise<T>) => {
    const s = performance.now();
    const r = await f();
    latencies.push(performance.now() - s);
    requests++;
    return r;
  };
  async function client(i: number) {
    const ti = i % targets.length;
    const t = targets[ti];
    let n = 0;
    while (performance.now() < end) {
      n++;
      try {
        if (o.kind === 'create-confirm') {
          const f = fx[ti];
          // Each client its own cars (client i takes every clients-th vehicle): two clients never race on one car's
          // mileage (MILEAGE_DECREASE), so every refusal counted below is a real one.
          const own = fx[0].vehicles.filter((_, k) => k % o.clients === i % Math.min(o.clients, fx[0].vehicles.length));
          const vehicleId = own[n % own.length];
          // Each car's mileage goes up from what it has recorded (the history and the statement count wrote some
          // cars far up): a global counter fell below them (MILEAGE_DECREASE).
          const mileageIn = (fx[0].mileage.get(vehicleId) ?? 0) + 10;
          fx[0].mileage.set(vehicleId, mileageIn);
          let w = await timed(() => call(t, 'POST', '/api/work-orders', { type: 'maintenance', vehicleId, mileageIn, concerns: '压测:保养' }));
          w = await timed(() =>
            call(t, 'PUT', `/api/work-orders/${w.id}/lines`, { version: w.version, lines: [{ kind: 'labor', laborOperationId: f.laborOperationId }] }),
          );
          w = await timed(() => call(t, 'POST', `/api/work-orders/${w.id}/signature`, { version: w.version, signature: SIGNATURE }));
          await timed(() => call(t, 'POST', `/api/work-orders/${w.id}/actions`, { version: w.version, action: 'confirm' }));
        } else {
          const p = {
            list: '/api/work-orders?pageSize=50',
            board: '/api/workshop/board',
            search: `/api/search?q=${encodeURIComponent(`沪Z${String(((i * 97 + n) % 900) + 1).padStart(5, '0')}`)}`,
            home: '/api/home/today',
            kpi: '/api/kpi?period=month',
            bare: '/bare',
          }[o.kind];
          await timed(() => call(t, 'GET', p));
        }
        units++;
      } catch (e) {
        errors++;
        firstError ??= (e as Error).message;
      }
    }
  }
  const t0 = performance.now();
  await Promise.all(Array.from({ length: o.clients }, (_, i) => client(i)));
  const secs = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const perSecond = (x: number) => Math.round((x / secs) * 10) / 10;
  return {
    requestsPerSecond: perSecond(requests),
    ...(o.kind === 'create-confirm' ? { ordersPerSecond: perSecond(units) } : {}),
    latencyMs: { p50: pct(latencies, 50), p99: pct(latencies, 99) },
    errors,
    ...(firstError ? { firstError } : {}),
  } as { requestsPerSecond: number; ordersPerSecond: number; latencyMs: { p50: number | null; p99: number | null }; errors: number };
}
