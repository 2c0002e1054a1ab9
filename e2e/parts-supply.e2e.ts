/**
 * Parts supply: an order waits for a part (待料); the planner turns the purchase suggestion into a purchase order
 * and sends it; the keeper receives part of the delivery, which serves the waiting order: it leaves 待料.
 * Every screenshot is an axe check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './global-setup';

const SIGNATURE_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
let ctx: BrowserContext;
let admin: Page;
let advisor: Page;
let planner: Page;
let keeper: Page;
const partNo = `E2E-SUP-${Date.now() % 100000}`;
let orderId = '';

const must = <T>(r: { status: number; body: T }, what: string) => {
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
};

beforeAll(async () => {
  ctx = await openBrowser();
  const page = async (user: string, pw = 'demo1234') => {
    const c = await openBrowser();
    const p = await c.newPage();
    await login(p, user, pw);
    return p;
  };
  [admin, advisor, planner, keeper] = [await page('admin', E2E_ADMIN_PASSWORD), await page('advisor'), await page('planner'), await page('keeper')];
  // A part of our own (nothing in stock), bought in packs of 2 from a local supplier.
  const part = must(
    await api(admin, 'POST', '/api/parts', { partNo, name: '前雾灯总成(e2e)', unit: '个', retailPriceFen: 30_000, costPriceFen: 18_000 }),
    'part',
  );
  const vendor = must(
    await api(planner, 'POST', '/api/vendors', { code: `E2E${Date.now() % 100000}`, name: 'e2e 汽配', kind: 'local', leadTimeDays: 2 }),
    'vendor',
  );
  must(await api(planner, 'PUT', `/api/parts/${part.id}/planning`, { vendorId: vendor.id, pack: 2 }), 'planning');
  // The advisor's order needs one: confirmed and started, it waits for the part (待料).
  const customers = must(await api(advisor, 'GET', '/api/customers?pageSize=50'), 'customers');
  const vehicle = customers.items.flatMap((c: { vehicles: { id: string; mileageKm: number }[] }) => c.vehicles).at(-5);
  let wo = must(
    await api(advisor, 'POST', '/api/work-orders', { type: 'repair', vehicleId: vehicle.id, mileageIn: vehicle.mileageKm + 300, concerns: '右前雾灯破损' }),
    'order',
  );
  wo = must(
    await api(advisor, 'PUT', `/api/work-orders/${wo.id}/lines`, { version: wo.version, lines: [{ kind: 'parts', partId: part.id, qty: 1 }] }),
    'lines',
  );
  wo = must(await api(advisor, 'POST', `/api/work-orders/${wo.id}/signature`, { version: wo.version, signature: SIGNATURE_PNG }), 'signature');
  wo = must(await api(advisor, 'POST', `/api/work-orders/${wo.id}/actions`, { version: wo.version, action: 'confirm', reason: '' }), 'confirm');
  wo = must(await api(advisor, 'POST', `/api/work-orders/${wo.id}/actions`, { version: wo.version, action: 'start', reason: '' }), 'start');
  orderId = wo.id;
  expect(must(await api(advisor, 'GET', `/api/work-orders/${orderId}`), 'order').status).toBe('waiting_parts');
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

describe('parts supply: suggestion → purchase order → partial receipt serves a waiting order', () => {
  it('the planner orders the suggested pack from the suggestion and sends it', async () => {
    await planner.goto(url('/purchasing'));
    const row = planner.getByTestId('suggestion').locator('tr', { hasText: partNo });
    await row.waitFor();
    await shot(planner, 'sup-01-suggestion');
    await row.locator('input[type="checkbox"]').check();
    await planner.getByTestId('create-orders').click();
    const order = planner.getByTestId('purchase-orders').locator('tr', { hasText: 'e2e 汽配' }).first();
    await order.waitFor();
    await order.getByRole('button', { name: /发\s*出/ }).click();
    await planner.getByTestId('purchase-orders').locator('tr', { hasText: 'e2e 汽配' }).first().getByText('已发出').waitFor();
    await shot(planner, 'sup-02-order-sent');
  });

  it('the keeper receives one of two: the waiting order is served and leaves 待料', async () => {
    const orders = must(await api(keeper, 'GET', '/api/purchase-orders?pageSize=100'), 'orders').items as { number: string; lines: { partNo: string }[] }[];
    const po = orders.find((o) => o.lines.some((l) => l.partNo === partNo))!;
    await keeper.goto(url('/purchasing'));
    await keeper.getByTestId(`receive-${po.number}`).click();
    const modal = keeper.locator('.ant-modal');
    await modal.waitFor();
    await modal.locator('.ant-select').first().click();
    await keeper.locator('.ant-select-item-option').first().click();
    const qty = modal.locator('input.ant-input-number-input').first();
    await qty.fill('1');
    await shot(keeper, 'sup-03-receive');
    await modal.getByRole('button', { name: /OK|确\s*定/ }).click();
    await modal.waitFor({ state: 'detached' });
    await keeper.getByTestId('purchase-orders').locator('tr', { hasText: po.number }).getByText('部分到货').waitFor();
    await shot(keeper, 'sup-04-partly-received');
    expect(must(await api(advisor, 'GET', `/api/work-orders/${orderId}`), 'order').status).toBe('in_progress');
    const backorders = must(await api(advisor, 'GET', '/api/backorders'), 'backorders').items as { workOrderId: string }[];
    expect(backorders.some((b) => b.workOrderId === orderId)).toBe(false);
  });

  it('the planner overrides the part’s reorder point beside the computed one and edits the vendor’s lead time', async () => {
    await planner.goto(url('/purchasing'));
    await planner.getByRole('tab', { name: '采购参数' }).click();
    await planner.getByRole('searchbox', { name: '按配件编号或名称搜索' }).fill(partNo);
    await planner.keyboard.press('Enter');
    const row = planner.getByTestId('part-planning').locator('tr', { hasText: partNo });
    await row.waitFor();
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    const modal = planner.locator('.ant-modal');
    await modal.waitFor();
    await modal.getByLabel(/^订货点/).fill('6');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await modal.waitFor({ state: 'detached' });
    await row.locator('.ant-tag', { hasText: '6' }).waitFor();
    await shot(planner, 'sup-05-planning-override');
    await planner.getByRole('tab', { name: '供应商' }).click();
    const vendor = planner.getByTestId('vendors').locator('tr', { hasText: 'e2e 汽配' });
    await vendor.getByRole('button', { name: /编\s*辑/ }).click();
    const form = planner.getByTestId('vendor-form');
    await form.getByLabel('到货周期(天)').fill('4');
    await planner
      .locator('.ant-modal')
      .getByRole('button', { name: /OK|确\s*定/ })
      .click();
    await vendor.getByText('4', { exact: true }).waitFor();
    await shot(planner, 'sup-06-vendors');
  });
});
