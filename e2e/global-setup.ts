import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export const E2E_ADMIN_PASSWORD = 'e2e-admin-pw';

/**
 * The journeys run on a working morning whatever the hour: the server's clock starts at 10:00 in Shanghai on
 * today's Shanghai date (so the browser, also in Asia/Shanghai, agrees on the day) and runs from there.
 */
export function journeyClock(now = new Date()) {
  const date = now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  return `${date}T10:00:00+08:00`;
}

/** Start `aftersales serve` on a fresh data directory (demo station) and hand its URL to the journeys. */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'as-e2e-'));
  const port = 21000 + Math.floor(Math.random() * 9000);
  const child = spawn(process.execPath, ['bin/aftersales.mjs', 'serve'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      AFTERSALES_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      DATABASE_URL: '',
      AFTERSALES_CLOCK: journeyClock(),
      SESSION_TTL_HOURS: '48',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    // Seeding the demo (three weeks of orders through the API) takes about a minute; a loaded CI machine, several.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 600_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}:\n${log}`));
    });
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
