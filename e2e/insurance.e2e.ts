/**
 * 事故车: the accident advisor registers a case, the 定损单 is recorded (with the scanned PDF), the work order follows it;
 * after teardown a 追加定损 with a photo goes to the insurer, whose answer (one line approved, one refused) is entered on
 * the case page and the approved line joins the order; the documents are checked off and handed in, and the insurer's
 * payment, entered on the page, closes the receivable. The journey makes its own insurer, order and case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, openBrowser, shot, url } from './browser.js';

const SIGNATURE_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PDF = `data:application/pdf;base64,${Buffer.from('%PDF-1.4\n% 定损单\n').toString('base64')}`;

let ctx: BrowserContext;
let page: Page;
let caseId = '';
let orderId = '';
const ids: Record<string, string> = {};

const must = <T = any>(r: { status: number; body: T }, what: string): T => {
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
};
const caseNow = async () => must(await api(page, 'GET', `/api/insurance-cases/${caseId}`), 'case');

beforeAll(async () => {
  ctx = await openBrowser();
  page = await ctx.newPage();
  await login(page, 'accident', 'demo1234');
  const stamp = Date.now().toString().slice(-6);
  const insurer = must(await api(page, 'POST', '/api/insurers', { name: `旅程财产保险${stamp}`, paymentTermDays: 30 }), 'insurer');
  must(await api(page, 'POST', `/api/insurers/${insurer.id}/assessors`, { name: '孙定损', phone: '13800002222' }), 'assessor');
  ids.insurer = insurer.id;
  const customers = must(await api(page, 'GET', '/api/customers?pageSize=50'), 'customers');
  const vehicle = customers.items.flatMap((c: { vehicles: { id: string; mileageKm: number }[] }) => c.vehicles).at(-7);
  ids.vehicle = vehicle.id;
  const ops = must(await api(page, 'GET', '/api/labor-operations?pageSize=5'), 'labor').items;
  ids.op1 = ops[0].id;
  ids.op2 = ops[1].id;
  ids.part = must(await api(page, 'GET', '/api/parts?pageSize=5'), 'parts').items[0].id;
  // The order the repair runs on: the first 定损 line, signed, confirmed and started.
  let wo = must(
    await api(page, 'POST', '/api/work-orders', { type: 'accident', vehicleId: vehicle.id, mileageIn: vehicle.mileageKm + 50, concerns: '追尾事故,前部受损' }),
    'order',
  );
  wo = must(await api(page, 'PUT', `/api/work-orders/${wo.id}/lines`, { version: wo.version, lines: [{ kind: 'labor', laborOperationId: ids.op1 }] }), 'lines');
  wo = must(await api(page, 'POST', `/api/work-orders/${wo.id}/signature`, { version: wo.version, signature: SIGNATURE_PNG }), 'signature');
  wo = must(await api(page, 'POST', `/api/work-orders/${wo.id}/actions`, { version: wo.version, action: 'confirm', reason: '' }), 'confirm');
  wo = must(await api(page, 'POST', `/api/work-orders/${wo.id}/actions`, { version: wo.version, action: 'start', reason: '' }), 'start');
  orderId = wo.id;
});
afterAll(async () => {
  await ctx?.close();
});

describe('an accident case from 报案 to the insurer’s payment', () => {
  it('registers the case and books the assessor; the 定损单 (with its PDF) is recorded and the repair starts', async () => {
    const c = must(
      await api(page, 'POST', '/api/insurance-cases', {
        insurerId: ids.insurer,
        vehicleId: ids.vehicle,
        policyNo: 'PDAA202600E2E01',
        reportNo: `RDAA2026${Date.now().toString().slice(-8)}`,
        accidentAt: new Date(Date.now() - 86_400_000).toISOString(),
        accidentPlace: '工业园区星湖街',
        partyKind: 'two',
        directPay: true,
        deductibleFen: 0,
      }),
      'register',
    );
    caseId = c.id;
    await page.goto(url('/insurance/cases'));
    await page.getByText(c.number).first().waitFor();
    await shot(page, 'ins-01-cases');
    await page.goto(url(`/insurance/cases/${caseId}`));
    await page.getByTestId('ins-action-request_assessment').click();
    await expect.poll(async () => (await caseNow()).status).toBe('awaiting_assessment');
    await page.getByTestId('ins-status').filter({ hasText: '待定损' }).waitFor();
    const now = await caseNow();
    must(
      await api(page, 'POST', `/api/insurance-cases/${caseId}/assessments`, {
        version: now.version,
        kind: 'initial',
        assessorName: '孙定损',
        lines: [{ kind: 'labor', laborOperationId: ids.op1, qty: 1, unitPriceFen: 30_000 }],
        files: [{ fileName: '定损单.pdf', contentBase64: PDF }],
      }),
      'assessment',
    );
    must(
      await api(page, 'POST', `/api/insurance-cases/${caseId}/actions`, { version: now.version + 1, action: 'start_repair', workOrderId: orderId }),
      'start repair',
    );
    await page.reload();
    await page.getByTestId('ins-status').filter({ hasText: '维修中' }).waitFor();
    await page.getByTestId('ins-assessment-1').getByText('定损单.pdf').waitFor();
    await shot(page, 'ins-02-assessed-in-repair');
  });

  it('a 追加定损 with a photo; the insurer approves one line and refuses the other; the approved line joins the order', async () => {
    const now = await caseNow();
    must(
      await api(page, 'POST', `/api/insurance-cases/${caseId}/assessments`, {
        version: now.version,
        kind: 'supplement',
        assessorName: '孙定损',
        lines: [
          { kind: 'labor', laborOperationId: ids.op2, qty: 1.5, unitPriceFen: 20_000 },
          { kind: 'parts', partId: ids.part, qty: 1, unitPriceFen: 45_000 },
        ],
        files: [{ fileName: '隐损.png', contentBase64: SIGNATURE_PNG }],
      }),
      'supplement',
    );
    await page.reload();
    const sup = page.getByTestId('ins-assessment-2');
    await sup.waitFor();
    // Refuse the part (second line), approve the labor.
    await sup.getByRole('switch').nth(1).click();
    await shot(page, 'ins-03-supplement-decision');
    await page.getByTestId('ins-decide').click();
    await page.getByTestId('ins-status').filter({ hasText: '维修中' }).waitFor();
    const order = must(await api(page, 'GET', `/api/work-orders/${orderId}`), 'order');
    const added = order.lines.filter((l: { laborOperationId: string | null; payer: string }) => l.laborOperationId === ids.op2);
    expect(added.map((l: { payer: string; rateFen: number }) => [l.payer, l.rateFen])).toEqual([['insurance', 20_000]]);
    expect(order.lines.some((l: { partId: string | null }) => l.partId === ids.part)).toBe(false);
    await page.getByTestId('ins-comparison').waitFor();
    await shot(page, 'ins-04-comparison');
  });

  it('the repair is finished; the documents are checked off and handed in; the insurer’s payment closes the receivable', async () => {
    let wo = must(await api(page, 'GET', `/api/work-orders/${orderId}`), 'order');
    for (const action of ['finish', 'qc_pass'])
      wo = must(await api(page, 'POST', `/api/work-orders/${orderId}/actions`, { version: wo.version, action, reason: '' }), action);
    await page.reload();
    await page.getByTestId('ins-action-complete').click();
    await page.getByTestId('ins-status').filter({ hasText: '完工/验车' }).waitFor();
    for (const label of ['维修发票', '结算清单', '定损单', '事故认定书/协议书', '身份证', '驾驶证', '行驶证', '直赔授权书'])
      await page.getByTestId('ins-documents').getByText(label, { exact: true }).click();
    await page.getByTestId('ins-documents-save').click();
    await expect.poll(async () => (await caseNow()).missingDocuments.length).toBe(0);
    await page.getByTestId('ins-action-submit_documents').click();
    await page.getByTestId('ins-status').filter({ hasText: '单证已交' }).waitFor();
    const c = await caseNow();
    expect(c.receivableFen).toBeGreaterThan(0);
    await shot(page, 'ins-05-documents-submitted');

    await page.getByTestId('ins-pay').click();
    const form = page.getByTestId('ins-pay-form');
    await form.waitFor();
    await form.getByLabel('金额').fill(String(c.receivableFen / 100));
    const today = (await api(page, 'GET', '/api/insurance/receivables')).body.today as string;
    await form.getByLabel('回款日期').fill(today);
    await form.getByLabel('回款日期').press('Enter');
    await form.getByLabel('凭证号').fill('E2E-001');
    await shot(page, 'ins-06-payment');
    await page.getByTestId('ins-pay-form-ok').click();
    await page.getByTestId('ins-status').filter({ hasText: '已回款' }).waitFor();
    const paid = await caseNow();
    expect(paid).toMatchObject({ status: 'paid', paidFen: c.receivableFen });
    await page.getByTestId('ins-action-close').click();
    await page.getByTestId('ins-status').filter({ hasText: '结案' }).waitFor();

    await page.goto(url('/insurance/receivables'));
    await page.getByTestId('ins-receivables').waitFor();
    expect(((await api(page, 'GET', '/api/insurance/receivables')).body.items as { caseId: string }[]).some((i) => i.caseId === caseId)).toBe(false);
    await shot(page, 'ins-07-receivables');
    await page.goto(url('/reception/loaners'));
    await page.getByText('代步车车队').waitFor();
    await shot(page, 'ins-08-loaners');
  });
});
