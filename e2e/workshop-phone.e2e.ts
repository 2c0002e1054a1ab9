/** The workshop on a phone (390 × 844): the technician opens the menu, goes to 我的工作, starts a job and pauses it with a reason. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';

const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
let desk: BrowserContext;
let phone: BrowserContext;
let advisor: Page;
let dispatcher: Page;
let tech: Page;
let jobId: string;

const ok = <T>(r: { status: number; body: T }, what: string) => {
  expect(r.status, `${what}: ${JSON.stringify(r.body).slice(0, 300)}`).toBeLessThan(300);
  return r.body;
};

beforeAll(async () => {
  desk = await openBrowser();
  advisor = await desk.newPage();
  await login(advisor, 'advisor', 'demo1234');
  dispatcher = await (await openBrowser()).newPage();
  await login(dispatcher, 'workshop', 'demo1234');
  phone = await openBrowser({ width: 390, height: 844 });
  tech = await phone.newPage();
  await login(tech, 'tech', 'demo1234');
  // A confirmed order with one 保养 job for the technician, through the API (the desk's part of the day is another journey).
  const vehicle = ok(await api(advisor, 'GET', '/api/customers?pageSize=50'), 'customers')
    .items.flatMap((c: { vehicles: { id: string; mileageKm: number }[] }) => c.vehicles)
    .at(-2);
  const op = ok(await api(advisor, 'GET', '/api/labor-operations?q=BY-002'), 'op').items[0];
  let wo = ok(
    await api(advisor, 'POST', '/api/work-orders', { type: 'repair', vehicleId: vehicle.id, mileageIn: vehicle.mileageKm + 200, concerns: '常规保养' }),
    'create',
  );
  wo = ok(await api(advisor, 'PUT', `/api/work-orders/${wo.id}/lines`, { version: wo.version, lines: [{ kind: 'labor', laborOperationId: op.id }] }), 'lines');
  wo = ok(await api(advisor, 'POST', `/api/work-orders/${wo.id}/signature`, { version: wo.version, signature: SIGNATURE }), 'sign');
  ok(await api(advisor, 'POST', `/api/work-orders/${wo.id}/actions`, { version: wo.version, action: 'confirm', reason: '' }), 'confirm');
  const me = ok(await api(tech, 'GET', '/api/auth/me'), 'me');
  const board = ok(await api(dispatcher, 'GET', '/api/workshop/board'), 'board');
  const job = board.unassigned.find((j: { workOrderId: string }) => j.workOrderId === wo.id);
  ok(await api(dispatcher, 'POST', `/api/workshop/jobs/${job.id}/assign`, { version: job.version, technicianEmployeeId: me.employeeId }), 'assign');
  jobId = job.id;
  // The demo day may have the technician on another job already: one running job per technician, so pause it first.
  const mine = ok(await api(tech, 'GET', '/api/workshop/my-jobs'), 'my jobs');
  const running = mine.items.find((j: { id: string }) => j.id === mine.activeJobId);
  if (running) ok(await api(tech, 'POST', `/api/workshop/jobs/${running.id}/pause`, { version: running.version, reason: 'end_of_shift' }), 'pause running');
});
afterAll(async () => {
  await desk?.close();
  await phone?.close();
  await dispatcher?.context().close();
});

describe('the technician on a phone', () => {
  it('opens the menu from the top bar; the name does not wrap into a column', async () => {
    await tech.goto(url('/'));
    const trigger = tech.getByTestId('menu-trigger');
    await trigger.waitFor();
    const box = (await trigger.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Nothing in the header wraps: it stays one 56 px row.
    const header = (await tech.locator('header.ant-layout-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(57);
    expect(await tech.locator('.ant-layout-sider').count()).toBe(0);
    await shot(tech, 'workshop-phone-1-home');
    // The keyboard reaches the trigger and opens it like a tap.
    await trigger.focus();
    await tech.keyboard.press('Enter');
    const drawer = tech.getByTestId('nav-drawer');
    await drawer.getByRole('menuitem', { name: '我的工作' }).waitFor();
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    // The drawer has slid fully in (antd's motion) before the picture.
    await expect.poll(async () => (await tech.locator('.ant-drawer-content-wrapper').boundingBox())?.x).toBe(0);
    await shot(tech, 'workshop-phone-2-menu');
    await drawer.getByRole('menuitem', { name: '我的工作' }).click();
    await tech.waitForURL((u) => u.pathname === '/workshop/my-jobs');
    await tech.getByTestId('my-jobs').waitFor();
    await expect.poll(() => tech.locator('.ant-drawer-open').count()).toBe(0);
  });

  it('starts the job and pauses it with a reason, which the board shows', async () => {
    const card = tech.locator(`[data-testid="my-job"][data-job-id="${jobId}"]`);
    await card.waitFor();
    await card.getByTestId('job-start').click();
    await expect.poll(() => card.getByTestId('job-pause').isEnabled()).toBe(true);
    await card.getByTestId('job-pause').click();
    const form = tech.getByTestId('pause-form');
    await form.waitFor();
    // 其他 without a note is refused on the spot.
    await tech.locator('label:has([data-testid="pause-other"])').click();
    await tech.locator('#pause-ok').click();
    await tech.getByText('选择「其他」时请填写说明').waitFor();
    await shot(tech, 'workshop-phone-3-pause-reason');
    await tech.locator('label:has([data-testid="pause-customer_confirmation"])').click();
    await tech.locator('#pause-ok').click();
    await card.getByTestId('pause-reason').waitFor();
    expect(await card.getByTestId('pause-reason').textContent()).toContain('等客户确认');
    await shot(tech, 'workshop-phone-4-paused');
    const board = ok(await api(dispatcher, 'GET', '/api/workshop/board'), 'board');
    const onBoard = board.lanes.flatMap((l: any) => l.technicians.flatMap((t: any) => t.jobs)).find((j: { id: string }) => j.id === jobId);
    expect(onBoard).toMatchObject({ status: 'paused', pauseReason: 'customer_confirmation' });
  });

  it('the inspector answers the QC checklist on a phone; the pass shows on the order', async () => {
    // The technician finishes; the order goes to 待质检.
    const mine = ok(await api(tech, 'GET', '/api/workshop/my-jobs'), 'my jobs');
    const job = mine.items.find((j: { id: string }) => j.id === jobId);
    ok(await api(tech, 'POST', `/api/workshop/jobs/${jobId}/finish`, { version: job.version }), 'finish');
    const inspector = await (await openBrowser({ width: 390, height: 844 })).newPage();
    await login(inspector, 'qc', 'demo1234');
    await inspector.goto(url('/workshop/qc'));
    await inspector.locator(`[data-testid="qc-open-${job.workOrderId}"]`).click();
    const checklist = inspector.getByTestId('qc-checklist');
    await checklist.waitFor();
    await expect.poll(() => checklist.getByTestId('qc-item').count()).toBeGreaterThan(3);
    // 合格 with items unchecked is refused on the spot.
    await inspector.getByTestId('qc-pass').click();
    await checklist.getByText('未检查').first().waitFor();
    await inspector.getByTestId('qc-all-pass').click();
    await shot(inspector, 'workshop-phone-5-qc-checklist');
    await inspector.getByTestId('qc-road').click();
    await inspector.getByTestId('qc-pass').click();
    await inspector.getByTestId('qc-result').waitFor();
    await shot(inspector, 'workshop-phone-6-qc-passed');
    const order = ok(await api(inspector, 'GET', `/api/work-orders/${job.workOrderId}`), 'order');
    expect(order.status).toBe('ready');
    await inspector.goto(url('/settings/qc-checklists'));
    await inspector.getByTestId('qc-list-maintenance').waitFor();
    await shot(inspector, 'workshop-phone-7-qc-settings');
    await inspector.context().close();
  });
});
