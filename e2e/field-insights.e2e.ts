/**
 * The dispatcher's side of field service beyond planning: drag a visit onto an engineer's lane on the plan board
 * (validated and recorded as an override), and the field KPI dashboard with its charts and drill-down.
 * Data made through the API (the e2e server runs the auto demo).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';

let desk: BrowserContext;
let intake: BrowserContext;
let page: Page;
let visitId: string;
let engineerName: string;

const ok = <T>(r: { status: number; body: T }, what: string) => {
  expect(r.status, `${what}: ${JSON.stringify(r.body).slice(0, 300)}`).toBeLessThan(300);
  return r.body;
};

beforeAll(async () => {
  intake = await openBrowser();
  const hotline = await intake.newPage();
  await login(hotline, 'manager', 'demo1234'); // intake (field.manage)
  desk = await openBrowser();
  page = await desk.newPage();
  await login(page, 'workshop', 'demo1234'); // the dispatcher (field.dispatch)
  const tag = Date.now().toString(36).toUpperCase();
  const product = ok(
    await api(hotline, 'POST', '/api/field/products', { model: `DRAG-${tag}`, name: '制冰机', requiredSkill: '制冰机', warrantyMonths: 24 }),
    'product',
  );
  const unit = ok(
    await api(hotline, 'POST', '/api/field/units', {
      productId: product.id,
      serial: `SN-DRAG-${tag}`,
      customerName: '杭州湖滨酒店',
      siteAddress: '杭州市上城区湖滨路 1 号',
      regionCode: '330102',
      lat: 30.25,
      lng: 120.16,
    }),
    'unit',
  );
  const r = ok(await api(hotline, 'POST', '/api/field/requests', { channel: 'phone', unitId: unit.id, fault: '不出冰' }), 'request');
  const d = ok(
    await api(hotline, 'POST', `/api/field/requests/${r.id}/diagnosis`, { version: r.version, outcome: 'needs_visit', note: '需上门' }),
    'diagnosis',
  );
  visitId = d.visits[0].id;
  engineerName = `拖动${tag.slice(-3)}`;
  ok(
    await api(page, 'POST', '/api/field/engineers', {
      name: engineerName,
      homeLat: 30.26,
      homeLng: 120.17,
      skills: ['制冰机'],
      shiftStart: '00:00',
      shiftEnd: '23:59',
      certificates: [{ skill: '制冰机', validFrom: '2025-01-01', validUntil: '2030-12-31' }],
    }),
    'engineer',
  );
});
afterAll(async () => {
  await desk?.close();
  await intake?.close();
});

describe('field service: drag on the plan board, KPI dashboard', () => {
  it('drags the open visit onto the certified engineer’s lane; the override is recorded', async () => {
    await page.goto(url('/field/board'));
    const card = page.getByTestId('lane-open').getByTestId('lane-visit').filter({ hasText: '杭州湖滨酒店' }).first();
    await card.waitFor();
    const lane = page.locator('section[data-testid^="lane-"]').filter({ hasText: engineerName }).first();
    await card.dragTo(lane);
    await expect.poll(async () => ok(await api(page, 'GET', `/api/field/visits/${visitId}`), 'visit').status, { timeout: 20_000 }).toBe('assigned');
    const overrides = ok(await api(page, 'GET', `/api/field/visits/${visitId}/overrides`), 'overrides').items;
    expect(overrides).toHaveLength(1);
    await shot(page, 'field-insights-1-drag');
  });

  it('shows the KPI dashboard with charts and drills down from the regions to the points', async () => {
    await page.goto(url('/field/kpis'));
    const table = page.getByTestId('field-kpi').locator('.ant-table');
    await expect.poll(async () => (await table.textContent()) ?? '', { timeout: 20_000 }).toContain('合计');
    await page.locator('canvas').first().waitFor({ timeout: 20_000 });
    await shot(page, 'field-insights-2-kpi');
    await page.getByTestId('fkpi-drill').first().click();
    await expect.poll(async () => (await page.locator('.ant-breadcrumb').textContent()) ?? '', { timeout: 20_000 }).toContain('全部地区');
    await expect.poll(async () => (await table.locator('thead').textContent()) ?? '', { timeout: 20_000 }).toContain('服务网点');
  });
});
