import fs from 'node:fs';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Serve the built SPA; unknown paths fall back to index.html so client routes survive a reload. */
export function mountWeb(app: OpenAPIHono<AppEnv>, webDir: string) {
  const root = path.resolve(webDir);
  app.get('*', (c) => {
    const rel = decodeURIComponent(new URL(c.req.url).pathname);
    let file = path.resolve(root, '.' + rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      file = path.join(root, 'index.html');
    }
    if (!fs.existsSync(file)) return c.text('Web UI not built: run `npm run build`', 503);
    const ext = path.extname(file);
    const immutable = rel.startsWith('/assets/');
    return c.body(fs.readFileSync(file), 200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
