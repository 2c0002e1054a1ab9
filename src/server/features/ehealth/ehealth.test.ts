import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createHarness } from '../../test/harness.js';
import { createFactories, ok } from '../../test/factories.js';
import { buildApp, buildJobHandlers } from '../../main.js';
import { ehealthRecords, jobs } from '../../db/schema.js';
import type { Config } from '../../config.js';

const h = await createHarness();
const f = createFactories(h);
const dir = await mkdtemp(path.join(os.tmpdir(), 'ehealth-'));

// A local stand-in for the provincial platform: answers with the status codes queued in `answers`.
const received: { body: Record<string, unknown>; auth: string | undefined }[] = [];
const answers: number[] = [];
const server = createServer((req: IncomingMessage, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    received.push({ body: JSON.parse(body), auth: req.headers.authorization });
    res.statusCode = answers.shift() ?? 200;
    res.end(res.statusCode === 200 ? '{"code":0}' : 'busy');
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
afterAll(() => new Promise<void>((r) => server.close(() => r())));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/repair-record`;

const fileConfig: Config = { ...h.config, EHEALTH_ADAPTER: 'file', EHEALTH_DIR: dir };
const httpConfig: Config = { ...h.config, EHEALTH_ADAPTER: 'http', EHEALTH_URL: url, EHEALTH_TOKEN: 'secret-token' };
const upload = (config: Config, recordId: string) =>
  buildJobHandlers({ database: h.database, config, now: h.now })['ehealth-upload']({ payload: { recordId } } as never);
const recordOf = async (workOrderId: string) => (await h.db.select().from(ehealthRecords).where(eq(ehealthRecords.workOrderId, workOrderId)))[0];

describe('汽车维修电子健康档案', () => {
  it('settlement makes the record once; the file adapter writes it', async () => {
    const wo = await f.workOrder({ status: 'settled' });
    const r = await recordOf(wo.id);
    expect(r).toMatchObject({ status: 'pending', attempts: 0, workOrderNumber: wo.number });
    expect(r.payload.vin).toHaveLength(17);
    expect(r.payload.repairdate).toMatch(/^\d{8}$/);
    expect(r.payload.repairprojectlist.length + r.payload.vehiclepartslist.length).toBeGreaterThan(0);
    const [job] = await h.db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `ehealth-upload:${r.id}:0`));
    expect(job.queue).toBe('ehealth-upload');

    await upload(fileConfig, r.id);
    const sent = await recordOf(wo.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, adapter: 'file', lastError: null });
    const file = path.join(dir, r.payload.settledate, `${r.payload.costlistcode}.json`);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(r.payload);
    // A second run of the job (e.g. a duplicate) sends nothing again.
    await upload(fileConfig, r.id);
    expect((await recordOf(wo.id)).attempts).toBe(1);
    expect(await readdir(path.join(dir, r.payload.settledate))).toHaveLength(1);
  });

  it('the HTTP adapter posts the record; a refusal is retried with backoff, then sent', async () => {
    const wo = await f.workOrder({ status: 'settled' });
    const r = await recordOf(wo.id);
    answers.push(503);
    await upload(httpConfig, r.id);
    const waiting = await recordOf(wo.id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503 busy', adapter: 'http' });
    expect(waiting.nextAttemptAt!.getTime() - h.now().getTime()).toBe(60_000);
    const [retry] = await h.db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `ehealth-upload:${r.id}:1`));
    expect(retry.runAt.toISOString()).toBe(waiting.nextAttemptAt!.toISOString());
    await upload(httpConfig, r.id);
    expect(await recordOf(wo.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(received.at(-1)).toEqual({ body: r.payload, auth: 'Bearer secret-token' });
  });

  it('after the last retry it is failed, listed as a failure, and retried by hand', async () => {
    const wo = await f.workOrder({ status: 'settled' });
    const r = await recordOf(wo.id);
    answers.push(500, 500, 500, 500, 500);
    for (let i = 0; i < 5; i++) await upload(httpConfig, r.id);
    expect(await recordOf(wo.id)).toMatchObject({ status: 'failed', attempts: 5, nextAttemptAt: null });

    // The page's list, through an app wired with the HTTP adapter as the server would be.
    const app = buildApp({ database: h.database, config: httpConfig, now: h.now });
    const info = await h.login('manager');
    const call = async (method: string, p: string) => {
      const res = await app.request(p, { method, headers: { cookie: info.cookie } });
      return { status: res.status, body: await res.json(), headers: res.headers };
    };
    const failed = ok(await call('GET', '/api/ehealth/records?status=failed'), 'failed');
    expect(failed.items.map((x: { id: string }) => x.id)).toEqual([r.id]);
    expect(failed.items[0]).toMatchObject({ lastError: 'HTTP 500 busy', attempts: 5, plate: r.payload.vehicleplatenumber });
    const again = ok(await call('POST', `/api/ehealth/records/${r.id}/retry`), 'retry');
    expect(again).toMatchObject({ status: 'sent', attempts: 6 });
    expect((await call('POST', `/api/ehealth/records/${r.id}/retry`)).status).toBe(409);
    expect(ok(await call('GET', '/api/ehealth/records?status=failed'), 'none').total).toBe(0);
    // Someone without the right may not retry.
    const tech = await h.login('tech');
    expect((await app.request(`/api/ehealth/records/${r.id}/retry`, { method: 'POST', headers: { cookie: tech.cookie } })).status).toBe(403);
  });
});
