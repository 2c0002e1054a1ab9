import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';
import { E2E_ADMIN_PASSWORD } from './global-setup.js';

let ctx: BrowserContext;
let boardCtx: BrowserContext;
let advisor: Page;
let admin: Page;
let boardA: Page;
let boardB: Page;
let wo: { id: string; number: string; version: number };

beforeAll(async () => {
  ctx = await openBrowser();
  boardCtx = await openBrowser();
  advisor = await ctx.newPage();
  await login(advisor, 'advisor', 'demo1234');
  const adminCtx = await openBrowser();
  admin = await adminCtx.newPage();
  await login(admin, 'admin', E2E_ADMIN_PASSWORD);
  boardA = await boardCtx.newPage();
  await login(boardA, 'workshop', 'demo1234');
  boardB = await boardCtx.newPage();
});
afterAll(async () => {
  await ctx?.close();
  await boardCtx?.close();
  await admin?.context().close();
});

describe('a car through the station: reception → board → parts → QC → cashier → delivery → gate', () => {
  it('the advisor writes the work order, the customer signs on the screen, and the 任务委托书 prints', async () => {
    const res = await api(advisor, 'GET', '/api/customers?pageSize=50');
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    const customers = res.body.items;
    const vehicle = customers.flatMap((c: { vehicles: { id: string; mileageKm: number }[] }) => c.vehicles).at(-1);
    const op = (await api(advisor, 'GET', '/api/labor-operations?q=ZD-001')).body.items[0];
    const part = (await api(advisor, 'GET', '/api/parts?q=5Q0698151D')).body.items[0];
    const created = (
      await api(advisor, 'POST', '/api/work-orders', {
        type: 'repair',
        vehicleId: vehicle.id,
        mileageIn: vehicle.mileageKm + 300,
        concerns: '刹车有异响',
        fuelLevelPct: 60,
        preCheck: { damageMarks: [{ area: '后保险杠', kind: '划痕', note: '' }], valuables: '行车记录仪', warningLights: [], notes: '' },
      })
    ).body;
    wo = (
      await api(advisor, 'PUT', `/api/work-orders/${created.id}/lines`, {
        version: created.version,
        lines: [
          { kind: 'labor', laborOperationId: op.id },
          { kind: 'parts', partId: part.id },
        ],
      })
    ).body;
    await advisor.goto(url(`/work-orders/${wo.id}`));
    await advisor.getByTestId('wo-detail').waitFor();
    await advisor.getByTestId('tab-sign').click();
    const canvas = advisor.getByTestId('signature-canvas');
    const box = (await canvas.boundingBox())!;
    await advisor.mouse.move(box.x + 30, box.y + box.height / 2);
    await advisor.mouse.down();
    for (let i = 1; i <= 12; i++) await advisor.mouse.move(box.x + 30 + i * 20, box.y + box.height / 2 + (i % 2 ? -18 : 18));
    await advisor.mouse.up();
    await advisor.getByTestId('signature-save').click();
    await advisor.getByTestId('signature-state').waitFor();
    await advisor.getByTestId('wo-action-confirm').click();
    await advisor.getByTestId('wo-action-ok').click();
    await expect.poll(async () => (await api(advisor, 'GET', `/api/work-orders/${wo.id}`)).body.status).toBe('confirmed');
    await shot(advisor, 'repair-1-work-order');
    const print = await advisor.context().newPage();
    await print.goto(url(`/api/work-orders/${wo.id}/print`));
    await expect.poll(() => print.locator('body').textContent()).toContain('任务委托书');
    expect(await print.locator('img.sig').count()).toBe(1);
    await shot(print, 'repair-2-work-order-print');
    await print.close();
  });

  it('the job appears on the board; a second open board updates by itself when it is assigned', async () => {
    await boardA.goto(url('/workshop/board'));
    await boardB.goto(url('/workshop/board'));
    await boardA.getByTestId('workshop-board').waitFor();
    await boardB.getByTestId('workshop-board').waitFor();
    const jobs = (await api(boardA, 'GET', '/api/workshop/board')).body;
    const job = jobs.unassigned.find((j: { workOrderNumber: string }) => j.workOrderNumber === (wo as { number: string }).number);
    expect(job).toBeTruthy();
    await expect.poll(() => boardB.locator(`[data-job-id="${job.id}"]`).count()).toBeGreaterThan(0);
    const before = await boardB
      .locator(`[data-job-id="${job.id}"]`)
      .first()
      .evaluate((el) => el.closest('[data-tech-id]')?.getAttribute('data-tech-id') ?? 'unassigned');
    const tech = jobs.lanes
      .flatMap((l: { technicians: { employeeId: string; trade: string; name: string }[] }) => l.technicians)
      .find((t: { trade: string; name: string }) => t.trade === 'mechanical' && t.name === '梁志勇');
    const assigned = await api(boardA, 'POST', `/api/workshop/jobs/${job.id}/assign`, { version: job.version, technicianEmployeeId: tech.employeeId });
    expect(assigned.status).toBe(200);
    await expect
      .poll(
        () =>
          boardB
            .locator(`[data-job-id="${job.id}"]`)
            .first()
            .evaluate((el) => el.closest('[data-tech-id]')?.getAttribute('data-tech-id') ?? 'unassigned'),
        { timeout: 10_000 },
      )
      .not.toBe(before);
    await shot(boardB, 'repair-3-board-live');
  });

  it('the technician cannot finish before the parts are issued; the keeper picks them; QC passes it', async () => {
    const board = (await api(admin, 'GET', '/api/workshop/board')).body;
    const job = board.lanes
      .flatMap((l: { technicians: { jobs: { workOrderId: string; id: string; version: number }[] }[] }) => l.technicians.flatMap((t) => t.jobs))
      .find((j: { workOrderId: string }) => j.workOrderId === wo.id);
    const j = (await api(admin, 'POST', `/api/workshop/jobs/${job.id}/start`, { version: job.version })).body;
    // The parts gate: the brake pads are reserved but not issued yet.
    const gated = await api(admin, 'POST', `/api/workshop/jobs/${job.id}/finish`, { version: j.version });
    expect(gated.status).toBe(422);
    expect(gated.body.error.code).toBe('PARTS_NOT_ISSUED');
    const keeperCtx = await openBrowser();
    const keeper = await keeperCtx.newPage();
    await login(keeper, 'keeper', 'demo1234');
    // Pads used up by earlier cars are bought in first (the receipt fills the backorder; a 待料 order resumes).
    const list = (await api(keeper, 'GET', `/api/work-orders/${wo.id}/picking-list`)).body;
    const locs = (await api(keeper, 'GET', '/api/warehouse-locations')).body.items;
    for (const l of list.lines.filter((x: { short: number }) => x.short > 0))
      expect((await api(keeper, 'POST', '/api/stock/receipts', { partId: l.partId, locationId: locs[0].id, qty: l.short, unitCostFen: 43000 })).status).toBe(
        201,
      );
    await keeper.goto(url('/parts/picking'));
    await keeper.getByTestId('picking-orders').getByText(wo.number).click();
    await keeper.getByTestId('picking-lines').waitFor();
    await shot(keeper, 'repair-4-picking');
    await keeper.getByTestId('pick-all').click();
    await keeper
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await expect
      .poll(async () => (await api(keeper, 'GET', `/api/work-orders/${wo.id}/picking-list`)).body.lines.every((l: { toPick: number }) => l.toPick === 0))
      .toBe(true);
    await keeperCtx.close();
    const finished = await api(admin, 'POST', `/api/workshop/jobs/${job.id}/finish`, { version: j.version });
    expect(finished.status).toBe(200);
    let order = (await api(admin, 'GET', `/api/work-orders/${wo.id}`)).body;
    expect(order.status).toBe('qc');
    const qc = await api(admin, 'POST', `/api/work-orders/${wo.id}/qc`, { version: order.version, passed: true, roadTested: true, notes: '路试正常' });
    expect(qc.status).toBe(200);
    order = (await api(advisor, 'GET', `/api/work-orders/${wo.id}`)).body;
    expect(order.status).toBe('ready');
  });

  it('the car is not handed over unpaid; the cashier settles, the 结算单 prints, the advisor delivers with an exit pass', async () => {
    let order = (await api(advisor, 'GET', `/api/work-orders/${wo.id}`)).body;
    const early = await api(advisor, 'POST', `/api/work-orders/${wo.id}/actions`, { version: order.version, action: 'deliver', reason: '' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('须先结算或挂账');
    const s = (
      await api(advisor, 'POST', `/api/work-orders/${wo.id}/settlement`, { discountFen: Math.floor(order.quote.customerPayableFen * 0.03), reason: '老客户' })
    ).body;
    expect(s.status).toBe('approved');
    const cashierCtx = await openBrowser();
    const cashier = await cashierCtx.newPage();
    await login(cashier, 'cashier', 'demo1234');
    await cashier.goto(url('/cashier'));
    await cashier.getByTestId('cashier-due').getByText(wo.number).waitFor();
    await cashier.goto(url(`/cashier?workOrderId=${wo.id}`));
    await cashier.getByTestId('settlement-drawer').waitFor();
    await cashier.getByTestId('payment-form').waitFor();
    await shot(cashier, 'repair-5-cashier');
    const paid = await api(cashier, 'POST', `/api/settlements/${s.id}/payment`, {
      version: s.version,
      payments: [{ method: 'wechat', amountFen: s.payableFen }],
      invoiceNo: 'No.88001',
    });
    expect(paid.body.status).toBe('settled');
    await cashier.goto(url(`/api/work-orders/${wo.id}/settlement/print`));
    await expect.poll(() => cashier.locator('body').textContent()).toContain('材料费小计');
    await shot(cashier, 'repair-6-settlement-print');
    await cashierCtx.close();
    order = (await api(advisor, 'GET', `/api/work-orders/${wo.id}`)).body;
    expect(order.status).toBe('settled');
    order = (await api(advisor, 'POST', `/api/work-orders/${wo.id}/actions`, { version: order.version, action: 'deliver', reason: '' })).body;
    expect(order.status).toBe('delivered');
    const print = await advisor.context().newPage();
    await print.goto(url(`/api/work-orders/${wo.id}/gate-pass/print`));
    await expect.poll(() => print.locator('body').textContent()).toContain('出门证');
    expect(await print.locator('body').textContent()).toContain(order.plate);
    await shot(print, 'repair-7-gate-pass-print');
    await print.close();
  });

  it('the gate finds the pass by plate and lets the car out once', async () => {
    const pass = (await api(advisor, 'GET', `/api/work-orders/${wo.id}/gate-pass`)).body;
    const gateCtx = await openBrowser();
    const gate = await gateCtx.newPage();
    await login(gate, 'gate', 'demo1234');
    await gate.goto(url('/gate'));
    await gate.getByTestId('gate-search').locator('input').fill(pass.plate);
    await gate.getByTestId('gate-search').locator('input').press('Enter');
    await gate.getByTestId(`gate-exit-${pass.number}`).waitFor();
    await shot(gate, 'repair-8-gate');
    await gate.getByTestId(`gate-exit-${pass.number}`).click();
    await gate.getByTestId('gate-plate').fill(pass.plate);
    await gate
      .locator('.ant-modal')
      .getByRole('button', { name: /放\s?行/ })
      .click();
    await expect.poll(async () => (await api(gate, 'GET', `/api/gate-passes/${pass.id}`)).body.status).toBe('exited');
    const out = (await api(gate, 'GET', `/api/gate-passes/${pass.id}`)).body;
    expect(out.gateKeeperName).toBeTruthy();
    expect((await api(gate, 'POST', `/api/gate-passes/${pass.id}/exit`, { version: out.version })).status).toBe(409);
    await gateCtx.close();
  });
});
