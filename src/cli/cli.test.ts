import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/aftersales.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'as-cli-'));
const port = 20000 + Math.floor(Math.random() * 20000);
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), AFTERSALES_ADMIN_PASSWORD: 'cli-admin-pw', DATABASE_URL: '' };
const children: ChildProcess[] = [];

function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('listening on')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}
const api = (p: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${port}${p}`, init);
async function login() {
  const res = await api('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'cli-admin-pw' }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}
const kill9 = (c: ChildProcess) =>
  new Promise<void>((r) => {
    c.removeAllListeners('exit');
    c.on('exit', () => r());
    c.kill('SIGKILL');
  });

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded mode (PGlite in DATA_DIR)', () => {
  it('creates the demo station on first start; a second process on the same directory refuses clearly; data survives kill -9', async () => {
    const first = await startServer();
    const health = await (await api('/api/health')).json();
    expect(health).toMatchObject({ status: 'ok', db: 'pglite' });

    const second = spawnSync(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: String(port + 1) }, encoding: 'utf8', timeout: 60_000 });
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('in use by another Aftersales process');

    const cookie = await login();
    const chart = await (await api('/api/org/chart', { headers: { cookie } })).json();
    const top = chart.positions.find((p: { superiorId: string | null }) => p.superiorId === null);
    const created = await api('/api/positions', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ titleZh: '断电测试岗', superiorId: top.id }),
    });
    expect(created.status).toBe(201);
    const id = (await created.json()).id;

    await kill9(first); // no shutdown hook runs: the lock file stays behind, as after a crash
    expect(fs.existsSync(path.join(dataDir, 'aftersales.lock'))).toBe(true);
    await startServer();
    const cookie2 = await login();
    const again = await api(`/api/positions/${id}`, { headers: { cookie: cookie2 } });
    expect(again.status).toBe(200);
    expect((await again.json()).titleZh).toBe('断电测试岗');
    await kill9(children.at(-1)!);
  }, 300_000);

  it('backup and restore through the CLI', () => {
    const file = path.join(dataDir, 'b.json.gz');
    const b = spawnSync(process.execPath, [BIN, 'backup', '--out', file], { env, encoding: 'utf8', timeout: 60_000 });
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    const refused = spawnSync(process.execPath, [BIN, 'restore', file], { env, encoding: 'utf8', timeout: 60_000 });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--force');
    const r = spawnSync(process.execPath, [BIN, 'restore', file, '--force'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/positions=\d+/);
  }, 300_000);

  it('explains configuration mistakes and unknown commands', () => {
    const bad = spawnSync(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: 'x' }, encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('PORT');
    const unknown = spawnSync(process.execPath, [BIN, 'frobnicate'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command');
  }, 120_000); // two cold starts of the CLI from the sources: slow on a loaded machine
});
