import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { AppEnv } from './context.js';

const require = createRequire(import.meta.url);
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
};

/** /api/docs: Swagger UI served from the installed package (no CDN; the machines may be offline). */
export function mountDocs(app: OpenAPIHono<AppEnv>) {
  const dir = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  app.get('/api/docs', (c) =>
    c.html(html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Aftersales API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script></body></html>`),
  );
  // The start-up script is a file too: the CSP allows no inline script.
  app.get('/api/docs/assets/init.js', (c) =>
    c.body("SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });\n", 200, {
      'content-type': ASSETS['swagger-ui-bundle.js'],
      'cache-control': 'no-cache',
    }),
  );
  app.get('/api/docs/assets/:file', (c) => {
    const file = c.req.param('file');
    const type = ASSETS[file];
    if (!type) return c.notFound();
    return c.body(fs.readFileSync(path.join(dir, file)), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
}
