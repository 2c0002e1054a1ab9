/**
 * A warranty claim from the work order to the money: a warranty repair (labor paid by the manufacturer) is finished
 * and settled at the demo station; the 索赔专员 prepares the claim from the order in the 索赔 workspace, runs the
 * pre-check, corrects what it flags (the manufacturer's fault and labor codes, the cause part) and submits; the
 * manufacturer's reviewer (hq-claims) approves it; the station hears of it and its monthly statement shows it.
 * Every screenshot is an axe check of the claims pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './global-setup.js';
import { vinCheckDigit } from '../src/domain/identifiers/vin.js';

const SIGNATURE_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const contexts: BrowserContext[] = [];
let admin: Page;
let advisor: Page;
let station: Page;
let hq: Page;
let order: { id: string; number: string; version: number };
let claimId = '';
let claimNumber = '';
let plate = '';

const must = <T = any>(r: { status: number; body: T }, what: string): T => {
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`);
  return r.body;
};
/** Pick an option of an antd Select (by its field label) by typing and choosing the first match. */
async function choose(page: Page, scope: ReturnType<Page['getByTestId']>, label: string, text: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

beforeAll(async () => {
  for (let i = 0; i < 4; i++) contexts.push(await openBrowser());
  [admin, advisor, station, hq] = await Promise.all(contexts.map((c) => c.newPage()));
  await login(admin, 'admin', E2E_ADMIN_PASSWORD);
  await login(advisor, 'advisor', 'demo1234');
  await login(station, 'claims', 'demo1234');
  await login(hq, 'hq-claims', 'demo1234');
  // The car: a 朗逸 invoiced a year ago (inside 包修期 and 三包有效期 under the manufacturer's policy).
  const stamp = Date.now().toString().slice(-6);
  const customer = must(await api(advisor, 'POST', '/api/customers', { kind: 'person', name: `三包旅程${stamp}`, phone: '13900001111' }), 'customer');
  const base = `LSVAN2E2${stamp.slice(0, 1)}M${stamp}`.padEnd(16, '7').slice(0, 16);
  const vin = `${base.slice(0, 8)}${vinCheckDigit(`${base.slice(0, 8)}0${base.slice(8)}`)}${base.slice(8)}`;
  const year = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const vehicle = must(
    await api(advisor, 'POST', '/api/vehicles', {
      customerId: customer.id,
      vin,
      plate: (plate = `沪E${stamp.slice(-5)}`),
      brand: '上汽大众',
      model: '朗逸',
      modelFamily: '朗逸',
      mileageKm: 21_000,
      purchasedOn: year,
      invoicedOn: year,
    }),
    'vehicle',
  );
  // The warranty repair: one labor line paid by the manufacturer, signed, repaired, passed QC and settled.
  const op = must(await api(advisor, 'GET', '/api/labor-operations?pageSize=5'), 'labor').items[0];
  let wo = must(
    await api(advisor, 'POST', '/api/work-orders', { type: 'warranty', vehicleId: vehicle.id, mileageIn: 21_050, concerns: '发动机气门室盖漏油' }),
    'order',
  );
  wo = must(
    await api(advisor, 'PUT', `/api/work-orders/${wo.id}/lines`, {
      version: wo.version,
      lines: [{ kind: 'labor', laborOperationId: op.id, payer: 'warranty' }],
    }),
    'lines',
  );
  wo = must(await api(advisor, 'POST', `/api/work-orders/${wo.id}/signature`, { version: wo.version, signature: SIGNATURE_PNG }), 'signature');
  for (const action of ['confirm', 'start', 'finish', 'qc_pass'])
    wo = must(await api(advisor, 'POST', `/api/work-orders/${wo.id}/actions`, { version: wo.version, action, reason: '' }), action);
  const s = must(await api(advisor, 'POST', `/api/work-orders/${wo.id}/settlement`, {}), 'settlement');
  must(
    await api(admin, 'POST', `/api/settlements/${s.id}/payment`, {
      version: s.version,
      payments: s.payableFen ? [{ method: 'cash', amountFen: s.payableFen }] : [],
    }),
    'payment',
  );
  order = must(await api(advisor, 'GET', `/api/work-orders/${wo.id}`), 'order after settlement');
  expect(order).toMatchObject({ status: 'settled' });
});
afterAll(async () => {
  for (const c of contexts) await c.close();
});

describe('warranty work order → claim → pre-check → submit → HQ approves → the statement shows it', () => {
  it('the 索赔专员 prepares the claim from the settled warranty order', async () => {
    await station.goto(url('/claims'));
    await station.getByTestId('claims-page').waitFor();
    await shot(station, 'claims-01-workspace');
    await station.getByTestId('claim-new').click();
    await station.getByTestId(`claim-from-${order.number}`).waitFor();
    await shot(station, 'claims-02-claimable-orders');
    await station.getByTestId(`claim-from-${order.number}`).click();
    const drawer = station.getByTestId('claim-drawer');
    await drawer.waitFor();
    await expect.poll(() => new URL(station.url()).pathname).toMatch(/^\/claims\/[0-9a-f-]{36}$/);
    claimId = new URL(station.url()).pathname.split('/').pop()!;
    const claim = must(await api(station, 'GET', `/api/claims/${claimId}`), 'claim');
    claimNumber = claim.number;
    expect(claim).toMatchObject({ status: 'draft', workOrderId: order.id });
    await drawer.getByTestId('claim-status').getByText('未上报').waitFor();
  });

  it('the pre-check flags the station labor code; the 索赔专员 corrects the claim and it passes', async () => {
    const drawer = station.getByTestId('claim-drawer');
    await drawer.getByTestId('claim-precheck').click();
    const findings = drawer.getByTestId('claim-findings');
    await findings.getByText('不在厂家目录中').first().waitFor();
    await shot(station, 'claims-03-precheck-findings');

    await drawer.getByTestId('claim-edit').click();
    const form = station.getByTestId('claim-edit-form');
    await form.waitFor();
    await choose(station, form, '故障代码', 'EN-101');
    await form.getByLabel('责任件', { exact: true }).fill('06K103483');
    await choose(station, form, '索赔工时代码', 'WL-EN11');
    await shot(station, 'claims-04-edit');
    await station.getByTestId('claim-edit-form-ok').click();
    await expect.poll(async () => must(await api(station, 'GET', `/api/claims/${claimId}`), 'claim').faultCode).toBe('EN-101');
    const fixed = must(await api(station, 'GET', `/api/claims/${claimId}`), 'claim');
    expect(fixed.lines.map((l: { code: string }) => l.code)).toEqual(['WL-EN11']);
    expect(fixed.causePartNo).toBe('06K103483');

    await drawer.getByTestId('claim-precheck').click();
    await drawer.getByTestId('claim-precheck-passed').waitFor();
    await drawer.getByTestId('claim-submit').click();
    await drawer.getByTestId('claim-status').getByText('已上报').waitFor();
    await shot(station, 'claims-05-submitted');
  });

  it('the manufacturer’s reviewer finds it in the queue and approves it', async () => {
    await hq.goto(url('/claims'));
    await hq.getByRole('button', { name: claimNumber }).click();
    const drawer = hq.getByTestId('claim-drawer');
    await drawer.getByTestId('claim-status').getByText('已上报').waitFor();
    await shot(hq, 'claims-06-hq-review');
    await drawer.getByTestId('claim-approve').click();
    await drawer.getByTestId('claim-status').getByText('通过').waitFor();
    const approved = must(await api(hq, 'GET', `/api/claims/${claimId}`), 'claim');
    expect(approved.approvedFen).toBe(approved.amountFen);
    expect(approved.amountFen).toBeGreaterThan(0);
  });

  it('the station hears of the decision and its monthly statement shows the claim', async () => {
    const inbox = must(await api(station, 'GET', '/api/notifications'), 'inbox').items as { title: string; link: string }[];
    expect(inbox.find((n) => n.title.startsWith(`索赔单 ${claimNumber} 审核通过`))).toMatchObject({ link: `/claims/${claimId}` });
    const claim = must(await api(station, 'GET', `/api/claims/${claimId}`), 'claim');
    await station.goto(url('/claims/statements'));
    const statement = station.getByTestId('claim-statement');
    await statement.getByText(claimNumber).waitFor();
    await statement.getByTestId('claim-statement-total').waitFor();
    await shot(station, 'claims-07-statement');
    const month = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
    const preview = must(await api(station, 'GET', `/api/claim-statements/month?servicePointId=${claim.servicePointId}&month=${month}`), 'statement');
    expect(preview.claims.map((c: { id: string }) => c.id)).toContain(claimId);
  });

  it('the customer’s 换车 request: the car found by plate, the deadlines and the usage charge shown before it is recorded', async () => {
    await station.goto(url('/warranty/returns'));
    await station.getByTestId('return-new').click();
    const form = station.getByTestId('return-request');
    await form.waitFor();
    await form.getByLabel('车辆 / 客户', { exact: true }).click();
    await station.keyboard.type(plate.slice(-5));
    await station.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: plate }).first().click();
    await form.getByLabel('申请理由', { exact: true }).fill('同一问题修理 5 次仍未排除,要求换车');
    await form.getByLabel('车价款', { exact: true }).fill('150000');
    await form.getByLabel('行驶里程', { exact: true }).fill('21050');
    const terms = station.getByTestId('return-terms');
    await terms.getByText('10 个工作日').waitFor();
    await terms.getByText('20 个工作日').waitFor();
    // ¥150,000 × 21,050 km / 1000 × 0.5 % = ¥15,787.50
    await expect.poll(() => station.getByTestId('return-charge').textContent()).toContain('15,787.50');
    await shot(station, 'claims-08-return-request');
    await station.getByTestId('return-request-ok').click();
    await station
      .getByRole('cell', { name: new RegExp(plate) })
      .first()
      .waitFor();
    const list = must(await api(station, 'GET', '/api/warranty/return-requests'), 'returns').items as {
      plate: string;
      usageChargeFen: number;
      status: string;
    }[];
    expect(list.find((r) => r.plate === plate)).toMatchObject({ usageChargeFen: 1_578_750, status: 'open' });
  });

  it('the other tabs of the workspace pass the accessibility check', async () => {
    for (const [tab, testId] of [
      ['preauths', 'claim-preauths'],
      ['old-parts', 'claim-old-parts'],
      ['batches', 'claim-batches'],
    ] as const) {
      await station.goto(url(`/claims/${tab}`));
      await station.getByTestId(testId).waitFor();
      await shot(station, `claims-tab-${tab}`);
    }
    await hq.goto(url('/claims/suppliers'));
    await hq.getByTestId('claim-suppliers').waitFor();
    await shot(hq, 'claims-tab-suppliers');
  });
});
