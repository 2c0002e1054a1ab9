import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/server-bundle.mjs';

const dir = path.resolve(`dist/server-test-${process.pid}`);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the server compiled ahead (dist/server)', () => {
  it('is one script that runs the CLI without tsx, finds the project files and keeps its compiled code (ADR 026)', async () => {
    const out = path.join(dir, 'aftersales.cjs');
    await buildServer(out);
    const source = fs.readFileSync(out, 'utf8');
    expect(source).not.toMatch(/require\(["']\.\.?\//); // every project import is inside the bundle
    expect(fs.existsSync(path.join(dir, 'pglite-worker.mjs'))).toBe(true);
    const unknown = spawnSync(process.execPath, [out, 'frobnicate'], { encoding: 'utf8', timeout: 60_000 });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command');
    // Run as bin/aftersales.mjs runs it: the first run writes the code cache of its command, the second uses it.
    const loader = path.join(dir, 'run.mjs');
    fs.writeFileSync(
      loader,
      `import { runBundle } from ${JSON.stringify(pathToFileURL(path.resolve('scripts/server-bundle.mjs')).href)};\n` +
        `const r = runBundle(${JSON.stringify(out)});\nprocess.on('exit', () => process.stderr.write('cacheUsed=' + r.cacheUsed));\n`,
    );
    const migrate = () =>
      spawnSync(process.execPath, [loader, 'migrate'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, DATA_DIR: path.join(dir, 'data') } });
    const first = migrate();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('cacheUsed=false');
    expect(fs.existsSync(`${out}.migrate.v8cache`)).toBe(true);
    const second = migrate();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain('cacheUsed=true');
    // migrate found src/server/db/migrations from the bundle's place and built the embedded database
    expect(fs.existsSync(path.join(dir, 'data', 'pglite'))).toBe(true);
    // A rebuild drops the caches of the bundle it replaces.
    await buildServer(out);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache'))).toEqual([]);
  }, 240_000);
});
