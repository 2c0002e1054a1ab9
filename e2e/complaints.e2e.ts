import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { login, openBrowser, shot, url } from './browser.js';

let phone: BrowserContext;
let desk: BrowserContext;
let customer: Page;
let staff: Page;
const TITLE = `<script>window.__xss=1</script>喷漆后有色差 ${Date.now() % 100000}`;
let statusUrl = '';

beforeAll(async () => {
  phone = await openBrowser({ width: 390, height: 844 });
  desk = await openBrowser();
  customer = await phone.newPage();
  staff = await desk.newPage();
});
afterAll(async () => {
  await phone?.close();
  await desk?.close();
});

async function modalOk(page: Page) {
  await page.locator('.ant-modal-footer .ant-btn-primary').last().click();
  await page.locator('.ant-modal-wrap').last().waitFor({ state: 'hidden' });
}

describe('a complaint from the public form to the survey', () => {
  it('the customer submits on a phone, without logging in, and gets a tracking link', async () => {
    await customer.goto(url('/feedback'));
    const form = customer.getByTestId('feedback-form');
    await form.waitFor();
    await form
      .locator('.ant-radio-button-wrapper, .ant-radio-wrapper')
      .filter({ hasText: '投诉' })
      .first()
      .click()
      .catch(() => undefined);
    await form.locator('#title').fill(TITLE);
    await form.locator('#description').fill('右前门补漆后颜色明显不一致,已经第二次了');
    await form.locator('#customerName').fill('郑女士');
    await form.locator('#customerPhone').fill('13866668888');
    await customer.getByTestId('feedback-submit').click();
    await expect.poll(() => customer.locator('body').textContent()).toMatch(/TS\d{12}/);
    statusUrl = (await customer.getByTestId('feedback-number').textContent())!.trim();
    expect(statusUrl).toMatch(/\/feedback\/status\/[a-z2-9]{20}$/);
    await shot(customer, 'complaint-1-public-form-done');
  });

  it('the supervisor sees it, the text is shown as text, escalates it, and it is resolved', async () => {
    await login(staff, 'crm', 'demo1234');
    await staff.goto(url('/crm/tickets'));
    const row = staff.locator('tr', { hasText: '喷漆后有色差' }).first();
    await row.waitFor();
    await row.click();
    const drawer = staff.getByTestId('ticket-drawer');
    await drawer.waitFor();
    await expect.poll(() => drawer.textContent()).toContain('<script>window.__xss=1</script>');
    expect(await staff.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await staff.getByTestId('action-escalate').click();
    await staff.locator('.ant-modal #reason').fill('客户第二次投诉,升级处理');
    await modalOk(staff);
    await expect.poll(() => drawer.textContent()).toContain('人工升级');
    await shot(staff, 'complaint-2-escalated');
    await staff.getByTestId('action-respond').click();
    await modalOk(staff);
    await staff.getByTestId('action-resolve').click();
    await staff.locator('.ant-modal #note').fill('已安排免费重新喷漆,并向客户致歉');
    await modalOk(staff);
    await expect.poll(() => drawer.textContent()).toContain('免费重新喷漆');
  });

  it('the customer confirms on the status page and answers the survey', async () => {
    await customer.goto(statusUrl);
    await customer.getByTestId('public-status').waitFor();
    await expect.poll(() => customer.getByTestId('public-status').textContent()).toContain('免费重新喷漆');
    await customer.getByTestId('public-confirm-yes').click();
    const link = customer.getByTestId('public-survey-link');
    await link.waitFor();
    await link.click();
    const survey = customer.getByTestId('survey-form');
    await survey.waitFor();
    const rates = survey.locator('.ant-rate');
    for (let i = 0; i < (await rates.count()); i++) await rates.nth(i).locator('.ant-rate-star').nth(4).click();
    await customer.getByTestId('survey-submit').click();
    await customer.getByTestId('survey-thanks').waitFor();
    await shot(customer, 'complaint-3-survey-thanks');
  });

  it('the supervisor’s dashboard shows compliance, causes and CSI', async () => {
    await staff.goto(url('/crm/dashboard'));
    await staff.getByTestId('chart-pareto').waitFor();
    await expect.poll(() => staff.getByTestId('crm-card-csi').textContent()).toMatch(/\d/);
    await staff.waitForTimeout(800); // let the charts finish their entry animation for the screenshot
    await shot(staff, 'complaint-4-dashboard');
  });
});
