/**
 * Every page of every feature manifest, checked with axe-core as an administrator would see it (all menus), the
 * public pages without login, and the technician's pages on a phone: no serious or critical WCAG 2.1 AA violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { E2E_ADMIN_PASSWORD } from './global-setup';
import { expectAccessible, login, openBrowser, url } from './browser';

/** The staff pages, read from the manifests (so a new page is checked from its first day). */
function manifestPaths(): string[] {
  const dir = path.resolve('src/web/features');
  const paths = new Set<string>();
  for (const feature of fs.readdirSync(dir)) {
    for (const file of ['manifest.ts', 'manifest.tsx']) {
      const f = path.join(dir, feature, file);
      if (!fs.existsSync(f)) continue;
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/path: '([^']+)'/g)) paths.add(m[1]);
    }
  }
  return [...paths].filter((p) => !p.includes(':') && !p.startsWith('/login') && !p.startsWith('/feedback')).sort();
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

let ctx: BrowserContext;
let page: Page;
beforeAll(async () => {
  ctx = await openBrowser();
  page = await ctx.newPage();
});
afterAll(async () => ctx?.close());

describe('accessibility of every page (axe-core, WCAG 2.1 AA)', () => {
  it('the public pages: login and the customer feedback form', async () => {
    for (const p of ['/login', '/feedback']) {
      await page.goto(url(p));
      await settle(page);
      await expectAccessible(page, p);
    }
  });

  it('every staff page in the manifests', async () => {
    const paths = manifestPaths();
    if (paths.length < 20) throw new Error(`only ${paths.length} pages found in the manifests`);
    await login(page, 'admin', E2E_ADMIN_PASSWORD);
    for (const p of paths) {
      await page.goto(url(p));
      await settle(page);
      await expectAccessible(page, p);
    }
  }, 600_000);

  it('the main pages in English', async () => {
    await page.goto(url('/'));
    await settle(page);
    await page.getByTestId('lang-switch').click();
    await page.locator('html[lang="en"]').waitFor();
    try {
      for (const p of ['/', '/work-orders', '/work-orders/new', '/workshop/board', '/cashier', '/crm/tickets', '/customers', '/org/chart']) {
        await page.goto(url(p));
        await settle(page);
        await expectAccessible(page, `en ${p}`);
      }
    } finally {
      await page.getByTestId('lang-switch').click();
      await page.locator('html[lang="zh-CN"]').waitFor();
    }
  }, 300_000);

  it('the technician’s pages on a phone', async () => {
    const phone = await openBrowser({ width: 390, height: 844 });
    try {
      const p = await phone.newPage();
      await login(p, 'tech', 'demo1234');
      for (const path of ['/workshop/my-jobs', '/']) {
        await p.goto(url(path));
        await settle(p);
        await expectAccessible(p, `phone ${path}`);
      }
    } finally {
      await phone.close();
    }
  });
});
