/**
 * The manufacturer's field service, from the hotline call to the engineer's check-out: the hotline finds the unit by
 * its serial and takes the call, the phone diagnosis asks for a visit (deadline shown), the dispatcher plans the
 * routes, and the engineer on a phone (390 × 844) checks in (the location refusal is recorded as refused), writes the
 * report and checks out. The product, unit and engineer are made through the API (the e2e server runs the auto demo).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';

let desk: BrowserContext;
let phone: BrowserContext;
let hotline: Page;
let dispatcher: Page;
let engineer: Page;
let serial: string;
let unitId: string;

const ok = <T>(r: { status: number; body: T }, what: string) => {
  expect(r.status, `${what}: ${JSON.stringify(r.body).slice(0, 300)}`).toBeLessThan(300);
  return r.body;
};

beforeAll(async () => {
  desk = await openBrowser();
  hotline = await desk.newPage();
  await login(hotline, 'manager', 'demo1234');
  dispatcher = await (await openBrowser()).newPage();
  await login(dispatcher, 'workshop', 'demo1234');
  phone = await openBrowser({ width: 390, height: 844 });
  engineer = await phone.newPage();
  await login(engineer, 'tech', 'demo1234');
  const tag = Date.now().toString(36).toUpperCase();
  const product = ok(
    await api(hotline, 'POST', '/api/field/products', { model: `E2E-${tag}`, name: '商用冷柜', requiredSkill: '冷柜', warrantyMonths: 24 }),
    'product',
  );
  serial = `SN-E2E-${tag}`;
  const unit = ok(
    await api(hotline, 'POST', '/api/field/units', {
      productId: product.id,
      serial,
      customerName: '上海味美餐饮有限公司',
      customerPhone: '13800138000',
      siteName: '徐汇店后厨',
      siteAddress: '上海市徐汇区漕溪北路 88 号',
      regionCode: '310104',
      lat: 31.19,
      lng: 121.44,
      installedOn: '2026-06-01',
    }),
    'unit',
  );
  unitId = unit.id;
  const me = ok(await api(engineer, 'GET', '/api/auth/me'), 'me');
  const engineers = ok(await api(dispatcher, 'GET', '/api/field/engineers'), 'engineers').items as { id: string; userId: string | null }[];
  const linked: { id: string } | undefined =
    engineers.find((e) => e.userId === me.userId) ??
    ok<{ id: string }>(
      await api(dispatcher, 'POST', '/api/field/engineers', {
        name: '现场工程师',
        username: 'tech',
        homeLat: 31.2,
        homeLng: 121.45,
        skills: ['冷柜'],
        shiftStart: '00:00',
        shiftEnd: '23:59',
        certificates: [{ skill: '冷柜', validFrom: '2025-01-01', validUntil: '2030-12-31' }],
      }),
      'engineer',
    );
  expect(linked?.id).toBeTruthy();
});
afterAll(async () => {
  await desk?.close();
  await phone?.close();
  await dispatcher?.context().close();
});

describe('field service: hotline → visit → plan → the engineer on a phone', () => {
  it('the hotline finds the unit by serial, takes the call, and the diagnosis creates a visit with a deadline', async () => {
    await hotline.goto(url('/field/requests'));
    await hotline.getByTestId('field-unit-search').locator('input').fill(serial.toLowerCase());
    await hotline.getByTestId('field-unit-search').locator('input').press('Enter');
    await hotline.getByTestId('field-take-call').first().click();
    await hotline.getByTestId('field-fault').fill('冷柜不制冷,温度 12℃');
    await shot(hotline, 'field-1-take-call');
    await hotline.getByTestId('field-request-save').click();
    const row = hotline.locator('tr', { hasText: '冷柜不制冷' }).first();
    await row.getByTestId('field-diagnose').click();
    await hotline.getByTestId('field-diagnosis-form').locator('.ant-select').first().click();
    await hotline.locator('.ant-select-item-option', { hasText: '需上门' }).click();
    await hotline.getByTestId('field-note').fill('压缩机不启动,需上门');
    await hotline.getByTestId('field-diagnosis-form-ok').click();
    await expect.poll(async () => (await row.textContent()) ?? '', { timeout: 20_000 }).toContain('待派工');
    await shot(hotline, 'field-2-visit-with-deadline');
    const reqs = ok(await api(hotline, 'GET', `/api/field/requests?unitId=${unitId}`), 'requests').items;
    expect(reqs[0].visits[0].deadlineAt).toBeTruthy();
  });

  it('the dispatcher plans the routes: the visit goes to the certified engineer', async () => {
    await dispatcher.goto(url('/field/board'));
    await dispatcher.getByTestId('field-board').waitFor();
    await dispatcher.getByTestId('field-plan').click();
    const reqs = ok(await api(dispatcher, 'GET', `/api/field/requests?unitId=${unitId}`), 'requests').items;
    await expect
      .poll(async () => (ok(await api(dispatcher, 'GET', `/api/field/visits/${reqs[0].visits[0].id}`), 'visit') as { status: string }).status, {
        timeout: 20_000,
      })
      .toBe('assigned');
    await shot(dispatcher, 'field-3-plan-board');
  });

  it('the engineer checks in (location refused and recorded so), reports and checks out on a 390 × 844 phone', async () => {
    await engineer.goto(url('/field/my-visits'));
    const card = engineer.getByTestId('field-my-visit').filter({ hasText: '上海味美餐饮' }).last();
    await card.waitFor();
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await shot(engineer, 'field-4-phone-route');
    await card.getByTestId('field-check-in').click();
    await card.getByTestId('field-check-out').waitFor();
    await card.getByTestId('field-check-out').click();
    await engineer.getByTestId('field-report').fill('更换压缩机启动电容,试机正常');
    await shot(engineer, 'field-5-check-out');
    await engineer.getByTestId('field-check-out-save').click();
    await expect.poll(async () => (await card.textContent()) ?? '', { timeout: 20_000 }).toContain('已完成');
    const visitId = (await card.getAttribute('data-visit-id'))!;
    const v = ok(await api(engineer, 'GET', `/api/field/visits/${visitId}`), 'visit');
    expect(v.status).toBe('done');
    // No permission was granted to the page: the refusal is recorded, not a made-up position.
    expect(['refused', 'unavailable']).toContain(v.checkInGeo);
    expect(v.checkInLat).toBeNull();
    expect(v.report).toContain('电容');
  });
});
