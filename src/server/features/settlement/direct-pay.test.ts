import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { createInsuranceFactories } from '../../test/factories-insurance.js';
import type { InsuranceCaseDetail, Receivables } from '../../../contracts/insurance.js';
import type { Settlement } from '../../../contracts/settlement.js';
import type { GatePass } from '../../../contracts/release.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';

let h: Harness;
let f: Factories;
let fi: ReturnType<typeof createInsuranceFactories>;
let staff: Session, advisor: Session, manager: Session, cashier: Session;
let sheetMetal: { id: string };
let wash: { id: string };

const ALL_DOCS = ['invoice', 'settlement_list', 'assessment', 'accident_finding', 'owner_id', 'driving_licence', 'vehicle_licence', 'direct_pay_authorization'];

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  fi = createInsuranceFactories(f);
  [staff, advisor, manager, cashier] = [await f.login('insurance'), await f.login('advisor'), await f.login('manager'), await f.login('cashier')];
  await f.laborRate({ trade: 'mechanical', skillGrade: 'mid', rateFen: 20_000 });
  sheetMetal = await f.laborOperation({ code: 'BJ-101', name: '前保险杠钣金', defaultHours: 5 });
  wash = await f.laborOperation({ code: 'XC-101', name: '精洗', defaultHours: 1 });
});

/** An accident order of 1,200.00 (sheet metal 1,000.00 + a wash 200.00 the insurer never assessed) with its case repaired. */
async function repairedCase(o: { directPay: boolean; deductibleFen: number }) {
  const ins = await fi.insurer({ name: `太平洋财险${Math.random().toString(36).slice(2, 6)}` });
  const order = await f.workOrder({
    status: 'ready',
    type: 'accident',
    lines: [
      { kind: 'labor', laborOperationId: sheetMetal.id, hours: 5 },
      { kind: 'labor', laborOperationId: wash.id, hours: 1 },
    ],
  });
  let c = await fi.insuranceCase({ insurer: ins, vehicleId: order.vehicleId, ...o });
  c = (await fi.caseAction(c, 'request_assessment')).body;
  c = (
    await staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/assessments`, {
      body: {
        version: c.version,
        kind: 'initial',
        assessorName: '王定损',
        salvageFen: 5_000,
        lines: [{ kind: 'labor', laborOperationId: sheetMetal.id, qty: 5, unitPriceFen: 20_000 }],
        files: [],
      },
    })
  ).body;
  c = (await fi.caseAction(c, 'start_repair', { workOrderId: order.id })).body;
  c = (await fi.caseAction(c, 'complete')).body;
  expect(c.status).toBe('completed');
  return { ins, order, c };
}

describe('direct-pay (直赔) settlement: customer part at the cashier, insurer part on its account', () => {
  it('the customer pays the deductible and the refused item; the insurer’s share is its receivable; the car leaves on its pass', async () => {
    const { ins, order, c } = await repairedCase({ directPay: true, deductibleFen: 20_000 });
    expect(order.quote.total.amountFen).toBe(120_000);

    const opened = await advisor.call<Settlement>('POST', `/api/work-orders/${order.id}/settlement`, { body: {} });
    expect(opened.status).toBe(201);
    // 1,000.00 agreed − 50.00 salvage − 200.00 deductible = 750.00 for the insurer; the customer pays 200.00 + the 200.00 wash.
    expect(opened.body).toMatchObject({
      grossFen: 40_000,
      payableFen: 40_000,
      directPay: { insuranceCaseId: c.id, insurerName: ins.name, insurerShareFen: 75_000, salvageFen: 5_000 },
    });

    // The insurer's part is on its account already: the customer's part cannot go there too.
    const onAccount = await manager.call('POST', `/api/settlements/${opened.body.id}/on-account`, {
      body: { version: opened.body.version, payer: 'insurer', accountName: ins.name },
    });
    expect(onAccount.status).toBe(422);
    expect(onAccount.body.error).toMatchObject({ code: 'ON_ACCOUNT_NOT_ALLOWED', fields: [{ path: 'payer' }] });

    // The whole order is not what the cashier takes.
    const whole = await cashier.call('POST', `/api/settlements/${opened.body.id}/payment`, {
      body: { version: opened.body.version, payments: [{ method: 'cash', amountFen: 120_000 }] },
    });
    expect(whole.status).toBe(400);
    const paid = await cashier.call<Settlement>('POST', `/api/settlements/${opened.body.id}/payment`, {
      body: { version: opened.body.version, payments: [{ method: 'wechat', amountFen: 40_000 }], invoiceNo: 'No.88001' },
    });
    expect(paid.body).toMatchObject({ status: 'settled', payableFen: 40_000, directPay: { insurerShareFen: 75_000 } });

    const html = (await advisor.get(`/api/work-orders/${order.id}/settlement/print`)).body as string;
    for (const t of ['保险直赔', '保险公司承担(挂账)', '750.00', ins.name, '客户自付', '400.00']) expect(html).toContain(t);

    // Release accepts it: delivered, exit pass issued as paid.
    const delivered = (await f.act((await advisor.get<WorkOrder>(`/api/work-orders/${order.id}`)).body, 'deliver')).body as WorkOrder;
    expect(delivered.status).toBe('delivered');
    expect((await advisor.get<GatePass>(`/api/work-orders/${order.id}/gate-pass`)).body).toMatchObject({ basis: 'settled', status: 'issued' });

    // The insurer's part is followed as the case's receivable, equal to the settlement's share.
    let d = (await staff.call<InsuranceCaseDetail>('PUT', `/api/insurance-cases/${c.id}/documents`, { body: { version: c.version, checked: ALL_DOCS } })).body;
    d = (await fi.caseAction(d, 'submit_documents')).body;
    expect(d).toMatchObject({ status: 'documents_submitted', receivableFen: 75_000, customerShareFen: 40_000 });
    const rec = (await staff.get<Receivables>('/api/insurance/receivables')).body;
    expect(rec.items.find((i) => i.caseId === c.id)).toMatchObject({ outstandingFen: 75_000 });
  }, 120_000);

  it('a case the customer claims himself (not direct-pay): the customer pays the whole order at the cashier', async () => {
    const { order } = await repairedCase({ directPay: false, deductibleFen: 20_000 });
    const opened = await advisor.call<Settlement>('POST', `/api/work-orders/${order.id}/settlement`, { body: {} });
    expect(opened.body).toMatchObject({ grossFen: 120_000, directPay: null });
    // An accident order without a case keeps its lines' payers (the insurer's lines go on account by hand).
    const plain = await f.workOrder({ status: 'ready', type: 'accident', lines: [{ kind: 'labor', laborOperationId: wash.id, hours: 1 }] });
    expect((await advisor.call<Settlement>('POST', `/api/work-orders/${plain.id}/settlement`, { body: {} })).body).toMatchObject({
      grossFen: 0,
      directPay: null,
    });
  }, 120_000);
});
