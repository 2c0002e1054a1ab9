/**
 * Steering the network: the HQ network manager opens the KPI pack and drills from the network to the East China
 * region and to the demo station (its advisors and technicians); the station manager writes a monthly report from
 * the template and submits it; the regional manager acknowledges it. Every screenshot is an axe check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';

const contexts: BrowserContext[] = [];
let hq: Page;
let manager: Page;
let region: Page;
let period = '';

beforeAll(async () => {
  for (let i = 0; i < 3; i++) contexts.push(await openBrowser()); // one login each
  [hq, manager, region] = await Promise.all(contexts.map((c) => c.newPage()));
  await login(hq, 'hq-network', 'demo1234');
  await login(manager, 'manager', 'demo1234');
  await login(region, 'region', 'demo1234');
  // A month of this journey's own: the first month from two years ago that has no report yet.
  const taken = new Set(
    ((await api(manager, 'GET', '/api/network-reports?kind=monthly&pageSize=200')).body.items as { period: string }[]).map((r) => r.period),
  );
  const y = new Date().getUTCFullYear() - 2;
  for (let m = 1; m <= 12 && !period; m++) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    if (!taken.has(p)) period = p;
  }
});
afterAll(async () => {
  for (const c of contexts) await c.close();
});

describe('network manager → KPI drill-down → station monthly report submitted and acknowledged', () => {
  it('the HQ network manager drills from the network to a region and a station', async () => {
    await hq.goto(url('/network/kpi'));
    await hq.getByRole('button', { name: '华东大区服务中心' }).waitFor();
    await shot(hq, 'network-kpi-hq');
    await hq.getByRole('button', { name: '华东大区服务中心' }).click();
    const station = hq.getByRole('button', { name: /华东汽车4S店|ST-0001/ }).first();
    await station.waitFor();
    await station.click();
    await hq.getByText('服务顾问', { exact: false }).first().waitFor();
    await shot(hq, 'network-kpi-station-people');
  });

  it('the station manager writes the monthly report and submits it', async () => {
    await manager.goto(url('/network/reports'));
    await manager.getByRole('button', { name: '新建报告' }).click();
    await manager.getByLabel('期间').fill(period);
    await manager.getByRole('button', { name: /^(OK|确定|确 定)$/ }).click();
    const plan = manager.getByTestId('section-plan');
    await plan.waitFor();
    await plan.fill('下月重点:提升预约率(e2e)');
    await shot(manager, 'network-report-draft');
    await manager.getByRole('button', { name: '提交上级' }).click();
    await manager.getByText('已提交').first().waitFor();
  });

  it('the regional manager acknowledges it', async () => {
    await region.goto(url('/network/reports'));
    const row = region.getByRole('button', { name: new RegExp(`${period}.*月度服务站报告`) });
    await row.waitFor();
    await row.click();
    await region.getByLabel('上级意见').fill('已阅,请落实预约率提升');
    await shot(region, 'network-report-acknowledge');
    await region.getByRole('button', { name: '确认收到' }).click();
    await region.getByText('已确认').first().waitFor();
    const list = (await api(region, 'GET', '/api/network-reports?status=acknowledged&kind=monthly')).body.items as { period: string }[];
    expect(list.map((r) => r.period)).toContain(period);
  });
});
