import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { login, openBrowser, shot, url } from './browser.js';
import { journeyClock } from './global-setup.js';

let ctx: BrowserContext;
let page: Page;

/** Call the API from inside the page, as its logged-in user. */
async function api<T = any>(p: Page, method: string, path: string, body?: unknown): Promise<T> {
  return p.evaluate(
    async ([m, u, b]) => {
      const r = await fetch(u as string, {
        method: m as string,
        headers: b ? { 'content-type': 'application/json' } : {},
        body: b ? JSON.stringify(b) : undefined,
      });
      return r.json();
    },
    [method, path, body] as const,
  );
}
const statOf = async (key: string) => Number((await page.getByTestId(`appt-stat-${key}`).locator('.ant-statistic-content-value').innerText()).trim());

beforeAll(async () => {
  ctx = await openBrowser();
  // The browser's clock agrees with the server's (10:00 at the station), so today's afternoon slots are bookable.
  await ctx.clock.install({ time: new Date(journeyClock()) });
  page = await ctx.newPage();
  await login(page, 'advisor', 'demo1234');
});
afterAll(async () => {
  await ctx?.close();
});

describe('booking → 到店 → prefilled 接车开单 → the board counts it', () => {
  it('books, marks the arrival, opens the prefilled reception, creates the order, and the week’s figures move', async () => {
    const customers = (await api(page, 'GET', '/api/customers?pageSize=50')).items as { name: string; vehicles: { id: string; plate: string }[] }[];
    const owner = customers.find((c) => c.vehicles.some((v) => v.plate))!;
    const car = owner.vehicles.find((v) => v.plate)!;

    await page.goto(url('/appointments'));
    await page.getByTestId('appt-today').click();
    await page.getByTestId('appt-stat-appointments').locator('.ant-statistic-content-value').waitFor();
    const before = { appointments: await statOf('appointments'), arrivals: await statOf('arrivals') };

    // 预约: the car by its plate, today 16:00, a booked service, a concern.
    await page.getByTestId('appt-new').click();
    const form = page.getByTestId('booking-form');
    await form.getByTestId('booking-vehicle').click();
    await page.keyboard.type(car.plate);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: car.plate }).first().click();
    await form.getByTestId('booking-slot').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '16:00' }).click();
    await form.getByTestId('booking-services').click();
    await page.keyboard.type('BY-001');
    const service = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'BY-001' });
    const serviceLabel = (await service.innerText()).trim();
    await service.click();
    await page.keyboard.press('Escape');
    await form.locator('#concern').fill('4 万公里保养,顺便看下空调');
    await shot(page, 'booking-drawer');
    await page.getByTestId('booking-save').click();
    await form.waitFor({ state: 'hidden' });

    const appts = (await api(page, 'GET', `/api/appointments?from=${journeyClock().slice(0, 10)}&to=${journeyClock().slice(0, 10)}`)).items as {
      id: string;
      plate: string;
      slotStart: string;
    }[];
    const a = appts.find((x) => x.plate === car.plate && x.slotStart === '16:00')!;
    expect(a).toBeTruthy();

    // 到店 → 接车开单, prefilled from the booking.
    await page.getByTestId(`appt-arrived-${a.id}`).click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await page.waitForURL((u) => u.pathname === '/work-orders/new' && u.search.includes(a.id));
    await expect.poll(() => page.getByTestId('reception-vehicle').innerText()).toContain(owner.name);
    expect(await page.getByTestId('reception-concerns').inputValue()).toBe('4 万公里保养,顺便看下空调');
    await expect.poll(() => page.getByTestId('reception-services').innerText()).toContain(serviceLabel.split(' ')[1]);
    // 环车检查: a mark from the car diagram by keyboard (focus the zone, Enter), numbered like the list.
    await page.getByTestId('zone-frontBumper').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('damage-row').count()).toBe(1);
    await shot(page, 'reception-from-booking');

    await page.getByTestId('reception-save').click();
    await page.waitForURL((u) => /^\/work-orders\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByTestId('wo-source').waitFor();
    expect(await page.getByTestId('wo-source').innerText()).toBe('预约进厂');
    const woId = new URL(page.url()).pathname.split('/').pop()!;
    const wo = await api(page, 'GET', `/api/work-orders/${woId}`);
    expect(wo).toMatchObject({ appointmentId: a.id, source: 'appointment' });
    expect(wo.lines.map((l: { kind: string }) => l.kind)).toEqual(['labor']);
    expect(wo.preCheck.damageMarks).toEqual([{ area: '前保险杠', kind: '划痕', note: '' }]);
    await shot(page, 'order-from-booking');

    // The board: the booking shows its order; 预约数 and 到店数 moved by one.
    await page.goto(url('/appointments'));
    await page.getByTestId('appt-today').click();
    await page.getByTestId(`appt-order-${a.id}`).waitFor();
    await expect.poll(() => statOf('appointments')).toBe(before.appointments + 1);
    expect(await statOf('arrivals')).toBe(before.arrivals + 1);
    await shot(page, 'board-after-reception');
  });
});
