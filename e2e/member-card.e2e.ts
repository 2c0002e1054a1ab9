/** The cashier settles a member's order: the level's discount applies, part is paid from the card, the balance shows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './global-setup.js';

const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
let ctx: BrowserContext;
let admin: Page;
let cashier: Page;

beforeAll(async () => {
  ctx = await openBrowser();
  admin = await ctx.newPage();
  await login(admin, 'admin', E2E_ADMIN_PASSWORD);
  const cashierCtx = await openBrowser();
  cashier = await cashierCtx.newPage();
  await login(cashier, 'cashier', 'demo1234');
});
afterAll(async () => {
  await ctx?.close();
  await cashier?.context().close();
});

/** A delivered order of the card holder's car with a 四轮定位 (labor only). */
async function readyOrderOf(customerId: string) {
  const customer = (await api(admin, 'GET', `/api/customers/${customerId}`)).body;
  const vehicle = customer.vehicles[0];
  const op = (await api(admin, 'GET', '/api/labor-operations?q=BY-006')).body.items[0];
  let w = (
    await api(admin, 'POST', '/api/work-orders', { type: 'maintenance', vehicleId: vehicle.id, mileageIn: vehicle.mileageKm + 500, concerns: '四轮定位' })
  ).body;
  w = (await api(admin, 'PUT', `/api/work-orders/${w.id}/lines`, { version: w.version, lines: [{ kind: 'labor', laborOperationId: op.id }] })).body;
  w = (await api(admin, 'POST', `/api/work-orders/${w.id}/signature`, { version: w.version, signature: SIGNATURE })).body;
  w = (await api(admin, 'POST', `/api/work-orders/${w.id}/actions`, { version: w.version, action: 'confirm', reason: '' })).body;
  type Job = { workOrderId: string; id: string; version: number };
  type Lane = { technicians: { employeeId: string; trade: string | null; isPresent: boolean; jobs: Job[] }[] };
  const board = (await api(admin, 'GET', '/api/workshop/board')).body as { lanes: Lane[]; unassigned: Job[] };
  let job = [...board.lanes.flatMap((l) => l.technicians.flatMap((t) => t.jobs)), ...board.unassigned].find((j) => j.workOrderId === w.id)!;
  expect(job, 'the job is on the board').toBeTruthy();
  if (board.unassigned.some((j) => j.id === job.id)) {
    // The dispatcher gives it to a present mechanic who may take it.
    for (const t of board.lanes.flatMap((l) => l.technicians).filter((x) => x.trade === 'mechanical' && x.isPresent)) {
      const r = await api(admin, 'POST', `/api/workshop/jobs/${job.id}/assign`, { version: job.version, technicianEmployeeId: t.employeeId });
      if (r.status === 200) {
        job = r.body;
        break;
      }
    }
  }
  const started = (await api(admin, 'POST', `/api/workshop/jobs/${job.id}/start`, { version: job.version })).body;
  await api(admin, 'POST', `/api/workshop/jobs/${job.id}/finish`, { version: started.version });
  w = (await api(admin, 'GET', `/api/work-orders/${w.id}`)).body;
  expect(w.status).toBe('qc');
  await api(admin, 'POST', `/api/work-orders/${w.id}/qc`, { version: w.version, passed: true, roadTested: true, notes: '' });
  w = (await api(admin, 'GET', `/api/work-orders/${w.id}`)).body;
  // Passed QC: it waits at the cashier (the car is released only after settlement).
  expect(w.status, JSON.stringify(w).slice(0, 300)).toBe('ready');
  return w as { id: string; quote: { customerPayableFen: number } };
}

describe('the cashier pays an order by member card', () => {
  it('shows the card and balance, applies the level discount, takes the payment from the card and shows the balance left', async () => {
    const cards = (await api(cashier, 'GET', '/api/member-cards?pageSize=50')).body.items as {
      id: string;
      number: string;
      customerId: string;
      balanceFen: number;
      levelName: string;
    }[];
    const card = cards.find((c) => c.levelName === '金卡')!;
    expect(card.balanceFen).toBeGreaterThan(0);
    await cashier.goto(url('/cashier/member-cards'));
    await cashier.getByText(card.number).waitFor();
    await shot(cashier, 'member-card-1-cards');
    await cashier.getByTestId(`card-statement-${card.number}`).click();
    await cashier.getByTestId('statement-balance').waitFor();
    await shot(cashier, 'member-card-2-statement');
    await cashier.keyboard.press('Escape');

    const order = await readyOrderOf(card.customerId);
    await cashier.goto(url(`/cashier?workOrderId=${order.id}`));
    await cashier.getByTestId('member-card-balance').waitFor();
    expect(await cashier.getByTestId('member-card-balance').textContent()).toContain(card.number);
    await cashier.getByTestId('settlement-open').click();
    await cashier.getByTestId('member-discount').waitFor();
    const s = (await api(cashier, 'GET', `/api/work-orders/${order.id}/settlement`)).body;
    expect(s.memberDiscountFen).toBeGreaterThan(0);
    expect(s.payableFen).toBe(order.quote.customerPayableFen - s.memberDiscountFen);
    await cashier.getByTestId('payment-method-0').click();
    await cashier.locator('.ant-select-item-option[title="会员卡"]').click();
    await shot(cashier, 'member-card-3-pay');
    await cashier.getByTestId('payment-submit').click();
    await cashier.getByTestId('settled-summary').waitFor();
    const summary = await cashier.getByTestId('settled-summary').textContent();
    expect(summary).toContain(card.number);
    expect(summary).toContain('卡内余额');
    await shot(cashier, 'member-card-4-settled');
    const after = (await api(cashier, 'GET', `/api/member-cards/${card.id}`)).body;
    expect(after.balanceFen).toBe(card.balanceFen - s.payableFen);
    await cashier.goto(url(`/api/work-orders/${order.id}/settlement/print`));
    await expect.poll(() => cashier.locator('body').textContent()).toContain('卡内余额');
    await shot(cashier, 'member-card-5-print');
  });

  it('the advisor finds 小保养 by its pinyin initials and adds it to an order at the package price; the packages page lists it', async () => {
    const card = (await api(admin, 'GET', '/api/member-cards?pageSize=50')).body.items.find((c: { levelName: string }) => c.levelName === '银卡');
    const customer = (await api(admin, 'GET', `/api/customers/${card.customerId}`)).body;
    const vehicle = customer.vehicles.find((v: { modelFamily: string }) => v.modelFamily === '朗逸');
    const w = (
      await api(admin, 'POST', '/api/work-orders', { type: 'maintenance', vehicleId: vehicle.id, mileageIn: vehicle.mileageKm + 100, concerns: '小保养' })
    ).body;
    await admin.goto(url(`/work-orders/${w.id}`));
    await admin.getByTestId('wo-add-package').click();
    await admin.keyboard.type('xby');
    await admin.locator('.ant-select-item-option', { hasText: '小保养' }).click();
    await admin.getByText('套餐:小保养').first().waitFor();
    await shot(admin, 'member-card-6-package-on-order');
    const order = (await api(admin, 'GET', `/api/work-orders/${w.id}`)).body;
    expect(order.quote.customerPayableFen).toBe(58_800);
    expect(order.lines.every((l: { packageName: string }) => l.packageName === '小保养')).toBe(true);
    await admin.goto(url('/settings/packages'));
    await admin.getByText('大保养').waitFor();
    await shot(admin, 'member-card-7-packages');
  });
});
