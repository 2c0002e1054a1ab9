/**
 * A keyboard-only day (WCAG 2.1.1, 2.4.3, 2.4.7): signing in, writing a work order at reception, dispatching on the
 * board, opening the cashier's drawer and a complaint intake — with Tab, the arrow keys, Enter and Escape only. Every
 * drawer and modal must keep the focus inside while it is open and give it back to what opened it when it closes.
 * The API is used only to read what the person's keystrokes produced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, newUnassignedJob, openBrowser, url } from './browser.js';

let ctx: BrowserContext;
let page: Page;

async function api<T = any>(p: Page, path: string): Promise<T> {
  return p.evaluate(async (u) => (await fetch(u)).json(), path);
}

/** What has the focus: its test id, or tag and accessible name. */
const focused = (p: Page) =>
  p.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a ? (a.dataset.testid ?? `${a.tagName.toLowerCase()}:${a.getAttribute('aria-label') ?? a.textContent?.trim().slice(0, 20) ?? ''}`) : '';
  });

/** Press Tab until the focus is on (or inside) `selector`; fails when the element cannot be reached by keyboard. */
async function tabTo(p: Page, selector: string, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await p.evaluate((s) => !!document.activeElement?.closest(s), selector)) return;
    await p.keyboard.press('Tab');
  }
  throw new Error(`${selector} is not reachable with Tab (focus is on ${await focused(p)})`);
}

/**
 * After each of `presses` Tabs (and as many Shift+Tabs) the focus is inside the open dialog/drawer — or, for the
 * one step past its last control, out of the document in the browser's own toolbar (activeElement = body), from
 * where the next Tab comes back into the dialog. It never reaches a control of the page behind.
 */
async function expectFocusTrapped(p: Page, container: string, presses = 30) {
  for (const key of ['Tab', 'Shift+Tab']) {
    let visitedInside = 0;
    for (let i = 0; i < presses; i++) {
      await p.keyboard.press(key);
      const where = await p.evaluate(
        (s) => (document.activeElement?.closest(s) ? 'inside' : document.activeElement === document.body || !document.activeElement ? 'chrome' : 'page'),
        container,
      );
      expect(where, `after ${i + 1}× ${key} the focus reached the page behind ${container}: ${await focused(p)}`).not.toBe('page');
      if (where === 'inside') visitedInside++;
    }
    expect(visitedInside).toBeGreaterThan(presses / 2);
  }
}

/** A second person at the station, in a browser of their own. */
async function signIn(username: string) {
  const other = await openBrowser();
  const p = await other.newPage();
  await p.goto(url('/login'));
  await p.locator('input[name="username"]').fill(username);
  await p.locator('input[name="password"]').fill('demo1234');
  await p.keyboard.press('Enter');
  await p.waitForURL((u) => !u.pathname.startsWith('/login'));
  return p;
}

/** Escape closes the drawer/modal and the focus returns to the control that opened it. */
async function expectEscapeReturnsFocus(p: Page, container: string, opener: string) {
  await p.keyboard.press('Escape');
  await expect.poll(() => p.locator(`${container}:visible`).count()).toBe(0);
  await expect.poll(() => p.evaluate((s) => !!document.activeElement?.closest(s), opener)).toBe(true);
}

beforeAll(async () => {
  ctx = await openBrowser();
  page = await ctx.newPage();
});
afterAll(async () => {
  await ctx?.close();
});

describe('a keyboard-only day at the station', () => {
  it('signs in with the keyboard: the user name has the focus, Tab to the password, Enter', async () => {
    await page.goto(url('/login'));
    await page.locator('input[name="username"]').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('username');
    await page.keyboard.type('advisor');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo1234');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });

  it('reception: picks the car, types the mileage and the concern, and saves — keys only', async () => {
    const customers = await api(page, '/api/customers?pageSize=50');
    const vehicle = customers.items.flatMap((c: { vehicles: { id: string; plate: string; mileageKm: number }[] }) => c.vehicles)[0];
    await page.goto(url('/work-orders/new'));
    await page.getByTestId('reception-form').waitFor();
    await tabTo(page, '[data-testid="reception-form"] .ant-select');
    await page.keyboard.type(vehicle.plate);
    await page.locator('.ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('reception-vehicle').waitFor();
    await tabTo(page, '[data-testid="reception-mileage"]');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(vehicle.mileageKm + 500));
    await tabTo(page, '[data-testid="reception-concerns"]');
    await page.keyboard.type('仪表盘机油灯亮');
    await expectAccessible(page, 'keyboard-1-reception');
    // Back to the top: Shift+Tab until the save button (it sits above the form).
    for (let i = 0; i < 80 && (await focused(page)) !== 'reception-save'; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('reception-save');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => /^\/work-orders\/[0-9a-f-]{36}$/.test(u.pathname));
    const id = new URL(page.url()).pathname.split('/').pop();
    const order = await api(page, `/api/work-orders/${id}`);
    expect(order.vehicleId).toBe(vehicle.id);
    expect(order.concerns).toBe('仪表盘机油灯亮');
  });

  it('a complaint intake drawer keeps the focus inside and gives it back on Escape', async () => {
    await page.goto(url('/crm/tickets'));
    await page.getByTestId('ticket-new').waitFor();
    await tabTo(page, '[data-testid="ticket-new"]');
    await page.keyboard.press('Enter');
    await page.locator('.ant-drawer-content-wrapper:visible').waitFor();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.ant-drawer'))).toBe(true);
    await expectFocusTrapped(page, '.ant-drawer');
    await expectEscapeReturnsFocus(page, '.ant-drawer-content-wrapper', '[data-testid="ticket-new"]');
  });

  it('the first Tab offers 跳到主要内容, which moves the focus past the menu to the page', async () => {
    await page.goto(url('/customers'));
    await page.getByTestId('customer-new').waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('skip-link');
    expect(await page.getByTestId('skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab is on the page's own controls, not in the menu.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#main'))).toBe(true);
  });

  it('the customer drawer from the list: trapped focus, Escape returns it to 新建客户', async () => {
    await page.goto(url('/customers'));
    await page.getByTestId('customer-new').waitFor();
    await tabTo(page, '[data-testid="customer-new"]');
    await page.keyboard.press('Enter');
    await page.locator('.ant-drawer-content-wrapper:visible').waitFor();
    await expectFocusTrapped(page, '.ant-drawer', 20);
    await expectEscapeReturnsFocus(page, '.ant-drawer-content-wrapper', '[data-testid="customer-new"]');
  });

  it('the board: a job is dispatched from its 派工 button through the modal, keys only', async () => {
    const dispatcher = await signIn('workshop');
    await dispatcher.goto(url('/workshop/board'));
    await dispatcher.getByTestId('workshop-board').waitFor();
    // A mechanical job of our own waiting for dispatch (the demo's mechanic 梁志勇 may take it).
    const job = await newUnassignedJob(page, dispatcher, '常规保养(键盘 e2e)');
    await dispatcher.reload();
    const opener = `assign-${job.id}`;
    await dispatcher.getByTestId(opener).waitFor();
    await tabTo(dispatcher, `[data-testid="${opener}"]`);
    await dispatcher.keyboard.press('Enter');
    await dispatcher.locator('.ant-modal-wrap:visible').waitFor();
    await expectFocusTrapped(dispatcher, '.ant-modal-wrap', 12);
    await expectEscapeReturnsFocus(dispatcher, '.ant-modal-wrap', `[data-testid="${opener}"]`);
    // Now for real: open it again, type the technician's name in the picker, Enter to choose, Enter on 派工.
    await dispatcher.keyboard.press('Enter');
    await dispatcher.locator('.ant-modal-wrap:visible').waitFor();
    await tabTo(dispatcher, '.ant-modal-wrap .ant-select');
    // A technician who may not take this job (another trade) is marked 不可派工 in the picker: the board sends each
    // job profile's list once and the card refers to it by key.
    const board = await api(dispatcher, '/api/workshop/board');
    const refused: { employeeId: string }[] = board.ineligible[board.unassigned.find((j: { id: string }) => j.id === job.id).ineligibleKey];
    expect(refused.length).toBeGreaterThan(0);
    const other: string = board.lanes
      .flatMap((l: { technicians: { employeeId: string; name: string }[] }) => l.technicians)
      .find((t: { employeeId: string }) => t.employeeId === refused[0].employeeId).name;
    await dispatcher.keyboard.type(other);
    await expect.poll(() => dispatcher.locator('.ant-select-item-option', { hasText: other }).first().textContent()).toContain('不可派工');
    for (const _ of other) await dispatcher.keyboard.press('Backspace');
    await dispatcher.keyboard.type('梁志勇');
    await dispatcher.locator('.ant-select-item-option', { hasText: '梁志勇' }).first().waitFor();
    await dispatcher.keyboard.press('Enter');
    await expect.poll(() => dispatcher.locator('#assign-ok:enabled').count()).toBe(1);
    await expectAccessible(dispatcher, 'keyboard-2-assign');
    await tabTo(dispatcher, '#assign-ok');
    await dispatcher.keyboard.press('Enter');
    await expect.poll(() => dispatcher.locator(`[data-testid="${opener}"]`).count()).toBe(0);
    await dispatcher.context().close();
  });

  it("the cashier's settlement drawer opens from the queue with Enter and returns the focus on Escape", async () => {
    const cashier = await signIn('cashier');
    await cashier.goto(url('/cashier'));
    await cashier.locator('[data-testid^="settle-"]').first().waitFor();
    await tabTo(cashier, '[data-testid^="settle-"]');
    const opener = await focused(cashier);
    await cashier.keyboard.press('Enter');
    await cashier.getByTestId('settlement-drawer').waitFor();
    await expectFocusTrapped(cashier, '.ant-drawer', 20);
    await expectAccessible(cashier, 'keyboard-3-cashier');
    await expectEscapeReturnsFocus(cashier, '.ant-drawer-content-wrapper', `[data-testid="${opener}"]`);
    await cashier.context().close();
  });
});
