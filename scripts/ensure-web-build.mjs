// Build the SPA when dist/web is missing or older than any file under src/web (so `npm start` just works).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'dist/web/index.html');
const newest = (dir) => {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
};
const sources = Math.max(newest(path.join(root, 'src/web')), newest(path.join(root, 'src/contracts')), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs);
if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= sources) process.exit(0);
console.log('Building the web UI (first start takes a minute)… 正在构建前端界面…');
const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
