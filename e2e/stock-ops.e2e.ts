/**
 * Transfers and stocktaking at the demo station: the keeper sees the parts ST-0002 shipped in transit and receives
 * them; opens the count in progress, enters the last counted quantity and sees the variance with its value; the
 * stock page shows another station's stock of a part. Every screenshot is an axe check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { login, openBrowser, shot, url } from './browser.js';

let ctx: BrowserContext;
let keeper: Page;
beforeAll(async () => {
  ctx = await openBrowser();
  keeper = await ctx.newPage();
  await login(keeper, 'keeper', 'demo1234');
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

describe('transfers and stocktaking', () => {
  it('the keeper sees the transfer in transit from Suzhou and receives it into a location', async () => {
    await keeper.goto(url('/transfers'));
    const row = keeper.getByTestId('transfers').locator('tr', { hasText: '在途' }).first();
    await row.waitFor();
    await shot(keeper, 'stock-01-transfers');
    await row.getByRole('button', { name: /收\s*货/ }).click();
    const dialog = keeper.getByRole('dialog');
    await dialog.getByLabel('入库库位').click();
    await keeper.locator('.ant-select-item-option').first().click();
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await keeper.getByTestId('transfers').locator('tr', { hasText: '已收货' }).first().waitFor();
  });

  it('the keeper opens the count in progress, enters the last line and sees the variance', async () => {
    await keeper.goto(url('/stocktaking'));
    const row = keeper.getByTestId('counts').locator('tr', { hasText: '盘点中' }).first();
    await row.waitFor();
    await row.getByRole('button').first().click();
    const lines = keeper.getByTestId('count-lines');
    await lines.waitFor();
    const empty = lines.locator('input').last();
    await empty.fill('1');
    await keeper.getByTestId('save-counts').click();
    await keeper.getByText('实盘数量已保存').waitFor();
    // The last line (book 15, counted 1) now shows its variance; the sheet is complete and can be submitted.
    await lines.locator('tr', { hasText: '空气滤清器' }).getByText('-14').waitFor();
    expect(await keeper.getByTestId('submit-count').isEnabled()).toBe(true);
    await shot(keeper, 'stock-02-count');
  });

  it('the stock page shows the network stock of a part', async () => {
    await keeper.goto(url('/parts/stock'));
    await keeper.getByTestId('network-06L115562').click();
    await keeper.locator('.ant-popover').getByText(/苏州/).waitFor();
    await shot(keeper, 'stock-03-network');
  });
});
