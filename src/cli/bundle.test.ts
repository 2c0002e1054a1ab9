import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/server-bundle.mjs';

const dir = path.resolve(`dist/server-test-${process.pid}`);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the server compiled ahead (dist/server)', () => {
  it('is one module that runs the CLI without tsx and finds the project files', async () => {
    const out = path.join(dir, 'aftersales.mjs');
    await buildServer(out);
    const source = fs.readFileSync(out, 'utf8');
    expect(source).not.toMatch(/from ["']\.\.?\//); // every project import is inside the bundle
    const unknown = spawnSync(process.execPath, [out, 'frobnicate'], { encoding: 'utf8', timeout: 60_000 });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command');
    const migrate = spawnSync(process.execPath, [out, 'migrate'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DATA_DIR: path.join(dir, 'data') },
    });
    expect(migrate.status, migrate.stderr).toBe(0);
    // migrate found src/server/db/migrations from the bundle's place and built the embedded database
    expect(fs.existsSync(path.join(dir, 'data', 'pglite'))).toBe(true);
  }, 180_000);
});
