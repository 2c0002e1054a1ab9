import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { login, openBrowser, shot, url } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './global-setup.js';

let ctx: BrowserContext;
let page: Page;
beforeAll(async () => {
  ctx = await openBrowser();
  page = await ctx.newPage();
});
afterAll(() => ctx?.close());

describe('a service manager on the organization pages', () => {
  it('logs in, opens the org chart, reads a job description, edits a position, switches language', async () => {
    await login(page, 'admin', E2E_ADMIN_PASSWORD);
    await page.goto(url('/org/chart'));
    await page.getByTestId('org-chart').waitFor();
    await page.waitForFunction(() => !!(window as unknown as { __openPosition?: unknown }).__openPosition);
    await expect.poll(() => page.locator('text=组织结构图').count()).toBeGreaterThan(0);
    await shot(page, 'org-chart');

    // Open 前台主管's job description the way a click on its box does.
    const positions = await page.evaluate(
      async () => (await (await fetch('/api/positions')).json()).items as { id: string; titleZh: string; version: number }[],
    );
    const fd = positions.find((p) => p.titleZh === '前台主管')!;
    await page.evaluate((id) => (window as unknown as { __openPosition: (id: string) => void }).__openPosition(id), fd.id);
    await expect.poll(() => page.getByTestId('position-drawer-title').textContent()).toContain('前台主管');
    const drawer = page.getByTestId('position-drawer');
    await expect.poll(() => drawer.textContent()).toContain('处理客户投诉');
    await shot(page, 'job-description');

    // Edit it: change the grade and save.
    await page.getByTestId('position-edit').click();
    const grade = page.getByTestId('position-form').locator('#grade');
    await grade.fill('M4-A');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(async () => await page.evaluate(async (id) => (await (await fetch(`/api/positions/${id}`)).json()).grade, fd.id)).toBe('M4-A');

    // Switch to English: the menu and the chart title follow, and the choice survives a reload.
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    await page.locator('.ant-drawer-close').click();
    await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('text=Org chart').count()).toBeGreaterThan(0);
    await page.reload();
    await page.getByTestId('org-chart').waitFor();
    await expect.poll(() => page.locator('text=Org chart').count()).toBeGreaterThan(0);
    await shot(page, 'org-chart-en');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('text=组织结构图').count()).toBeGreaterThan(0);
  });

  it('shows the staffing table with planned vs actual and downloads it as .xlsx', async () => {
    await page.goto(url('/org/staffing'));
    await page.getByTestId('staffing-export').waitFor();
    await expect.poll(() => page.locator('text=超编').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('staffing-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await shot(page, 'staffing');
  });

  it('a wrong password shows the server’s message', async () => {
    const p = await ctx.newPage();
    await p.context().clearCookies();
    await p.goto(url('/login'));
    await p.locator('input[name="username"]').fill('admin');
    await p.locator('input[name="password"]').fill('wrong-password');
    await p.getByTestId('login-submit').click();
    await expect.poll(() => p.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    await p.close();
  });
});
