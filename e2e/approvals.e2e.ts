import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';

let advisorCtx: BrowserContext;
let deskCtx: BrowserContext;
let advisor: Page;
let desk: Page;
let order: { id: string; number: string };

beforeAll(async () => {
  advisorCtx = await openBrowser();
  deskCtx = await openBrowser();
  advisor = await advisorCtx.newPage();
  desk = await deskCtx.newPage();
  await login(advisor, 'advisor', 'demo1234');
});
afterAll(async () => {
  await advisorCtx?.close();
  await deskCtx?.close();
});

describe('a discount above the advisor’s 5 % is approved from 待我审批', () => {
  it('the advisor asks for 8 % on an order that passed QC (settled before the car is released)', async () => {
    type W = { id: string; number: string; status: string; version: number; quote: { customerPayableFen: number } };
    const list = (await api<{ items: W[] }>(advisor, 'GET', '/api/work-orders?status=ready&pageSize=200')).body.items;
    expect(list.length).toBeGreaterThan(0);
    const ready = await api<W>(advisor, 'GET', `/api/work-orders/${list[list.length - 1].id}`);
    const w = ready.body;
    const s = await api(advisor, 'POST', `/api/work-orders/${w.id}/settlement`, {
      discountFen: Math.floor(w.quote.customerPayableFen * 0.08),
      reason: '老客户续保(e2e)',
    });
    expect(s.body.status).toBe('pending_approval');
    order = { id: w.id, number: w.number };
  });

  it('the 前台主管 sees the bell count and the request on the home page', async () => {
    await login(desk, 'frontdesk', 'demo1234');
    const bell = desk.getByTestId('notification-bell');
    await expect.poll(async () => (await bell.getAttribute('aria-label')) ?? '').toMatch(/\d+/);
    await desk.getByTestId('mywork-approvals').waitFor();
    await shot(desk, 'approvals-1-home-bell');
    await bell.click();
    const panel = desk.getByTestId('notification-panel');
    await expect.poll(() => panel.textContent()).toContain(order.number);
    expect(await panel.textContent()).toContain('8%');
    await panel.locator('button', { hasText: order.number }).first().click();
    await desk.waitForURL((u) => u.pathname === '/approvals');
  });

  it('approves from the list, and the advisor is told', async () => {
    const row = desk.locator('tr', { hasText: order.number });
    await row.waitFor();
    expect(await row.getByTestId('approval-pct').textContent()).toBe('8%');
    expect(await row.textContent()).toContain('老客户续保(e2e)');
    await shot(desk, 'approvals-2-list');
    await row.getByRole('button', { name: /批准/ }).click();
    await desk.locator('#approval-note').fill('同意,按政策执行');
    await shot(desk, 'approvals-3-decide');
    await desk.locator('.ant-modal-footer .ant-btn-primary').last().click();
    await row.waitFor({ state: 'detached' });
    expect((await api(advisor, 'GET', `/api/work-orders/${order.id}/settlement`)).body.status).toBe('approved');
    const inbox = (await api<{ items: { title: string }[] }>(advisor, 'GET', '/api/notifications')).body.items;
    expect(inbox.some((n) => n.title.includes('优惠 8% 已批准'))).toBe(true);
  });

  it('in English the home page reads in full and the manager’s charts do not overlap', async () => {
    await desk.evaluate(() => localStorage.setItem('aftersales.locale', 'en-US'));
    await desk.goto(url('/'));
    await desk.getByText('My approvals').first().waitFor();
    await desk.getByTestId('mywork-promised').waitFor();
    await desk
      .locator('.ant-card-loading')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await desk.waitForTimeout(800); // the charts draw
    await shot(desk, 'approvals-4-home-en');
    // The manager's station figures, in English.
    await desk.context().clearCookies();
    await login(desk, 'manager', 'demo1234');
    await desk.goto(url('/'));
    await desk.getByTestId('mywork-promised').waitFor();
    await desk.waitForTimeout(1500); // the charts load and draw
    await shot(desk, 'approvals-5-manager-en');
    await desk.evaluate(() => localStorage.setItem('aftersales.locale', 'zh-CN'));
  });
});
