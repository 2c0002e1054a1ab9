import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { buildApp, buildJobHandlers } from './main.js';
import { loadConfig } from './config.js';
import { createLogger, errorFields, scrub } from './log.js';
import { installTemplate } from './features/templates/index.js';
import { defaultChannels, notify } from './features/notifications/index.js';
import { runDueJobs } from './jobs/queue.js';
import { autoDealershipTemplate } from '../domain/org/templates/auto-dealership.js';
import { openTestDatabase } from './test/db.js';

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(String(chunk));
    done();
  },
});
const logger = createLogger(sink);

describe('scrub', () => {
  it.each([
    ['客户 13912347514 来电', '客户 139****7514 来电'],
    ['+86 18800001111;', '+86 188****1111;'],
    ['订单号 2026112213912347514', '订单号 2026112213912347514'],
    ['/api/public/surveys/abcdefghjkmnpqrstuvw?x=1', '/api/public/surveys/[token]?x=1'],
    ['https://x/feedback/status/abcdefghjkmnpqrstuvw', 'https://x/feedback/status/[token]'],
    ['/api/public/extra-work/Ab3_-Ab3_-Ab3_-Ab3_-Ab3_-Ab3_-xy/decision', '/api/public/extra-work/[token]/decision'],
    ['链接 /extra-work/Ab3_-Ab3_-Ab3_-Ab3_-Ab3_-Ab3_-xy 请确认', '链接 /extra-work/[token] 请确认'],
    ['/api/extra-work/0b0e8c1e-8d8e-4f4e-9a9a-0123456789ab', '/api/extra-work/0b0e8c1e-8d8e-4f4e-9a9a-0123456789ab'],
    ['login?password=hunter2&user=a', 'login?password=[omitted]&user=a'],
  ])('%s → %s', (input, expected) => expect(scrub(input)).toBe(expected));

  it('drops the parameters of a failed query', () => {
    const e = new DrizzleQueryError('insert into users (username, password_hash) values ($1, $2)', ['li', '$scrypt$abc'], new Error('duplicate key'));
    const f = errorFields(e);
    expect(JSON.stringify(f)).not.toContain('$scrypt$abc');
    expect(f.message).toContain('insert into users');
  });
});

describe('the log of a journey', () => {
  const opened = openTestDatabase();
  afterAll(async () => (await opened).close());

  it('holds no full phone number, password, hash or live token', async () => {
    const database = await opened;
    const config = loadConfig({ DATA_DIR: '/tmp/unused' });
    await installTemplate(database.db, autoDealershipTemplate, { adminPassword: 'admin-log-pw', withDemoEmployees: true, demoPassword: 'demo1234' });
    const services = { database, config, now: () => new Date(), logger, channels: defaultChannels(logger), publicLimits: { submitLimit: 100 } };
    const app = buildApp(services);
    const call = (method: string, path: string, body?: unknown, cookie?: string) =>
      app.request(path, {
        method,
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const login = await call('POST', '/api/auth/login', { username: 'admin', password: 'admin-log-pw' });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    await call('POST', '/api/auth/login', { username: 'admin', password: 'wrong-password-1' });
    const created = await call('POST', '/api/public/tickets', {
      kind: 'complaint',
      title: '刹车异响',
      description: '刹车时有异响,联系 13912347514',
      customerName: '钱先生',
      customerPhone: '13912347514',
      customerEmail: '',
      vehicleRef: '',
    });
    expect(created.status).toBe(201);
    const { trackingToken } = (await created.json()) as { trackingToken: string };
    await call('GET', `/api/public/tickets/${trackingToken}`);
    await call('POST', '/api/customers', { kind: 'person', name: '孙女士', phone: '13800138000' }, cookie);
    // What the survey sender puts in a customer's SMS: a name, the number and a link with a live token.
    await notify(database.db, {
      servicePointId: null,
      channel: 'sms',
      title: '钱先生(13912347514)请评价',
      body: `http://x/feedback/survey/${trackingToken}`,
      dedupeKey: 'log-test-sms',
    });
    await runDueJobs(database.db, 'log-test', buildJobHandlers(services), () => new Date(Date.now() + 3_600_000));
    const text = lines.join('');
    expect(text).toContain('notification sent');
    expect(text).not.toMatch(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/);
    for (const secret of ['admin-log-pw', 'wrong-password-1', '$scrypt', trackingToken, '钱先生']) expect(text).not.toContain(secret);
  });
});
