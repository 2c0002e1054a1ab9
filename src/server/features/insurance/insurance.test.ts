import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { ErrorBody } from '../../../contracts/common.js';
import { createFactories, SIGNATURE, type Factories, type Session } from '../../test/factories.js';
import { createInsuranceFactories } from '../../test/factories-insurance.js';
import type { InsuranceCase, InsuranceCaseDetail, Receivables } from '../../../contracts/insurance.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';

const err = (r: { body: unknown }) => (r.body as ErrorBody).error;
let h: Harness;
let f: Factories;
let fi: ReturnType<typeof createInsuranceFactories>;
let staff: Session;
let bumper: { id: string };
let lamp: { id: string };
let sheetMetal: { id: string };

const PDF = `data:application/pdf;base64,${Buffer.from('%PDF-1.4\n%test\n').toString('base64')}`;
const ALL_DOCS = ['invoice', 'settlement_list', 'assessment', 'accident_finding', 'owner_id', 'driving_licence', 'vehicle_licence', 'direct_pay_authorization'];

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  fi = createInsuranceFactories(f);
  staff = await f.login('insurance');
  await f.laborRate({ trade: 'mechanical', skillGrade: 'mid', rateFen: 20_000 });
  sheetMetal = await f.laborOperation({ code: 'BJ-001', name: '前保险杠钣金', defaultHours: 2 });
  bumper = await f.part({ partNo: 'BP-F-001', name: '前保险杠皮', costPriceFen: 50_000 });
  lamp = await f.part({ partNo: 'LP-L-001', name: '左前大灯总成', costPriceFen: 150_000 });
});

async function assess(c: Pick<InsuranceCaseDetail, 'id' | 'version'>, kind: 'initial' | 'supplement', lines: unknown[], files: unknown[] = []) {
  return staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/assessments`, {
    body: { version: c.version, kind, assessorName: '王定损', salvageFen: kind === 'initial' ? 5_000 : 0, lines, files },
  });
}

describe('accident case: 报案 → 定损 → repair → 追加定损 → documents → the insurer pays', () => {
  it('walks the case through every status; approved supplementary lines join the order as the insurer’s', async () => {
    const order = await f.workOrder({ status: 'in_progress', type: 'accident', lines: [{ kind: 'labor', laborOperationId: sheetMetal.id, hours: 2 }] });
    const c0 = await fi.insuranceCase({ vehicleId: order.vehicleId, deductibleFen: 10_000 });
    expect(c0).toMatchObject({
      status: 'registered',
      number: expect.stringMatching(/^BX\d{12}$/),
      plate: order.plate,
      actions: ['request_assessment', 'cancel'],
    });

    // A status action in the wrong status: 409, nothing changes.
    const early = await fi.caseAction(c0, 'complete');
    expect(early.status).toBe(409);
    expect((await staff.get<InsuranceCaseDetail>(`/api/insurance-cases/${c0.id}`)).body.status).toBe('registered');

    const c1 = (await fi.caseAction(c0, 'request_assessment')).body;
    expect(c1.status).toBe('awaiting_assessment');
    // A 定损 line with a negative quantity: a field error, nothing stored.
    const bad = await assess(c1, 'initial', [{ kind: 'parts', partId: bumper.id, qty: -1, unitPriceFen: 80_000 }]);
    expect(bad.status).toBe(400);
    expect(err(bad).fields!.map((x: { path: string }) => x.path)).toContain('lines.0.qty');
    expect((await staff.get<InsuranceCaseDetail>(`/api/insurance-cases/${c1.id}`)).body.assessments).toEqual([]);

    const c2 = (
      await assess(
        c1,
        'initial',
        [
          { kind: 'labor', laborOperationId: sheetMetal.id, qty: 2, unitPriceFen: 20_000 },
          { kind: 'parts', partId: bumper.id, qty: 1, unitPriceFen: 80_000 },
        ],
        [{ fileName: '定损单.pdf', contentBase64: PDF }],
      )
    ).body;
    expect(c2.status).toBe('assessed');
    expect(c2.approvedFen).toBe(120_000);
    expect(c2.assessments[0]).toMatchObject({ seq: 1, kind: 'initial', status: 'decided', salvageFen: 5_000 });
    expect(c2.assessments[0].files[0].mimeType).toBe('application/pdf');

    const c3 = (await fi.caseAction(c2, 'start_repair', { workOrderId: order.id })).body;
    expect(c3).toMatchObject({ status: 'in_repair', workOrderNumber: order.number });
    // The comparison: the labor line is on both sides; the bumper is assessed but not yet on the order.
    const byRef = Object.fromEntries(c3.comparison.map((d) => [d.refId, d.kind]));
    expect(byRef).toEqual({ [sheetMetal.id]: 'same', [bumper.id]: 'only_assessed' });

    // Hidden damage after teardown: a 追加定损 with a photo.
    const c4 = (
      await assess(
        c3,
        'supplement',
        [
          { kind: 'parts', partId: bumper.id, qty: 1, unitPriceFen: 80_000 },
          { kind: 'parts', partId: lamp.id, qty: 1, unitPriceFen: 260_000 },
        ],
        [{ fileName: 'lamp.png', contentBase64: SIGNATURE }],
      )
    ).body;
    expect(c4.status).toBe('supplement');
    const sup = c4.assessments[1];
    expect(sup).toMatchObject({ seq: 2, kind: 'supplement', status: 'submitted', approvedFen: 0 });
    expect(sup.files[0].mimeType).toBe('image/png');
    expect(sup.lines.every((l) => l.approved === null)).toBe(true);

    // Every line must be decided.
    const partial = await staff.call('POST', `/api/insurance-cases/${c4.id}/supplement-decision`, {
      body: { version: c4.version, decisions: [{ lineId: sup.lines[0].id, approved: true }] },
    });
    expect(partial.status).toBe(400);

    const decided = await staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c4.id}/supplement-decision`, {
      body: {
        version: c4.version,
        decisions: [
          { lineId: sup.lines[0].id, approved: true },
          { lineId: sup.lines[1].id, approved: false },
        ],
      },
    });
    expect(decided.status).toBe(200);
    const c5 = decided.body;
    expect(c5.status).toBe('in_repair');
    expect(c5.approvedFen).toBe(200_000);
    const after = await f.reload(order.id);
    const added = after.lines.filter((l) => l.partId === bumper.id);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ payer: 'insurance', unitPriceFen: 80_000 });
    expect(after.lines.some((l) => l.partId === lamp.id)).toBe(false);
    // Now the approved bumper is on both sides; twice assessed (定损 + 追加) against once on the order.
    expect(c5.comparison.find((d) => d.refId === bumper.id)).toMatchObject({ kind: 'amount', assessedFen: 160_000, orderFen: 80_000 });
    expect(c5.split).toMatchObject({ orderTotalFen: after.quote.total.amountFen });
  });

  it('documents, the receivable with its age, a payment too large, then the insurer pays it off and the case closes', async () => {
    const ins = await fi.insurer({ name: '中国人保财险' });
    const order = await f.workOrder({ status: 'ready', lines: [{ kind: 'labor', laborOperationId: sheetMetal.id, hours: 5 }] });
    let c = await fi.insuranceCase({ insurer: ins, vehicleId: order.vehicleId, deductibleFen: 20_000 });
    c = (await fi.caseAction(c, 'request_assessment')).body;
    c = (await assess(c, 'initial', [{ kind: 'labor', laborOperationId: sheetMetal.id, qty: 5, unitPriceFen: 20_000 }])).body;
    c = (await fi.caseAction(c, 'start_repair', { workOrderId: order.id })).body;
    c = (await fi.caseAction(c, 'complete')).body;
    expect(c.status).toBe('completed');

    const missing = await fi.caseAction(c, 'submit_documents');
    expect(missing.status).toBe(422);
    expect(err(missing).message).toContain('直赔授权书');

    const files = await staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/files`, {
      body: { files: [{ fileName: '事故认定书.pdf', contentBase64: PDF }] },
    });
    expect(files.status).toBe(201);
    const script = await staff.call('POST', `/api/insurance-cases/${c.id}/files`, {
      body: { files: [{ fileName: 'x.pdf', contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64') }] },
    });
    expect(script.status).toBe(400);

    c = (await staff.call<InsuranceCaseDetail>('PUT', `/api/insurance-cases/${c.id}/documents`, { body: { version: files.body.version, checked: ALL_DOCS } }))
      .body;
    expect(c.missingDocuments).toEqual([]);
    c = (await fi.caseAction(c, 'submit_documents')).body;
    // The order is 1,000.00; the insurer owes it less the 50.00 salvage the store keeps and the 200.00 deductible.
    expect(c).toMatchObject({ status: 'documents_submitted', receivableFen: 75_000, customerShareFen: 20_000, invoicedOn: '2026-11-22', paidFen: 0 });
    expect(c.actions).toEqual([]);

    const rec = (await staff.get<Receivables>('/api/insurance/receivables')).body;
    expect(rec.items.find((i) => i.caseId === c.id)).toMatchObject({ bucket: '0-30', outstandingFen: 75_000 });
    expect(rec.byInsurer.find((b) => b.insurerId === ins.id)?.buckets['0-30']).toBe(75_000);

    // Forty days later the receivable is 31–60 days old (local dates of the point).
    h.advance(40 * 86_400_000);
    const aged = (await staff.get<Receivables>('/api/insurance/receivables')).body;
    expect(aged.items.find((i) => i.caseId === c.id)).toMatchObject({ ageDays: 40, bucket: '31-60' });

    const tooMuch = await staff.call('POST', `/api/insurance-cases/${c.id}/payments`, { body: { amountFen: 75_001, receivedOn: '2026-12-30' } });
    expect(tooMuch.status).toBe(400);
    expect(err(tooMuch).fields).toEqual([{ path: 'amountFen', message: '回款金额不能大于未收款 ¥750.00' }]);
    expect((await staff.get<InsuranceCaseDetail>(`/api/insurance-cases/${c.id}`)).body.paidFen).toBe(0);

    const first = await staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/payments`, {
      body: { amountFen: 30_000, receivedOn: '2026-12-30', reference: 'PICC-001' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'documents_submitted', paidFen: 30_000 });
    const rest = await staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/payments`, {
      body: { amountFen: 45_000, receivedOn: '2026-12-31' },
    });
    expect(rest.body).toMatchObject({ status: 'paid', paidFen: 75_000 });
    expect(rest.body.payments.map((p) => p.amountFen)).toEqual([30_000, 45_000]);
    expect((await staff.get<Receivables>('/api/insurance/receivables')).body.items.some((i) => i.caseId === c.id)).toBe(false);
    const after = await staff.call('POST', `/api/insurance-cases/${c.id}/payments`, { body: { amountFen: 1, receivedOn: '2026-12-31' } });
    expect(after.status).toBe(409);

    const closed = (await fi.caseAction(rest.body, 'close')).body;
    expect(closed.status).toBe('closed');
    const revenue = (await staff.get(`/api/insurance/revenue?from=2026-11-01&to=2026-11-30`)).body;
    expect(revenue.items.find((i: { insurerId: string }) => i.insurerId === ins.id)).toMatchObject({ cases: 1, insurerFen: 75_000, customerFen: 20_000 });
  });
});

describe('scope, permissions and bad input', () => {
  it('a stale version is 409 and changes nothing; a third-party car needs its plate; others cannot read cases', async () => {
    const c = await fi.insuranceCase();
    const ok1 = await fi.caseAction(c, 'request_assessment');
    expect(ok1.status).toBe(200);
    const stale = await fi.caseAction(c, 'cancel');
    expect(stale.status).toBe(409);
    expect((await staff.get<InsuranceCaseDetail>(`/api/insurance-cases/${c.id}`)).body.status).toBe('awaiting_assessment');

    const ins = await fi.insurer();
    const v = await f.vehicle();
    const noPlate = await staff.call('POST', '/api/insurance-cases', {
      body: {
        insurerId: ins.id,
        vehicleId: v.id,
        policyNo: 'P0000001',
        reportNo: 'R0000001',
        accidentAt: '2026-11-21T09:30:00+08:00',
        accidentPlace: '园区',
        partyKind: 'two',
        coversThirdParty: true,
      },
    });
    expect(noPlate.status).toBe(400);
    expect(err(noPlate).fields![0].path).toBe('thirdPartyPlate');

    const tech = await f.login('tech');
    expect((await tech.get(`/api/insurance-cases/${c.id}`)).status).toBe(403);
    // The accident advisor works the cases too.
    const accident = await f.login('accident');
    const list = (await accident.get<{ items: InsuranceCase[] }>('/api/insurance-cases?status=open')).body.items;
    expect(list.map((x) => x.id)).toContain(c.id);
  });

  it('a supplement cannot be added before the repair starts; the order must be the case’s car', async () => {
    let c = await fi.insuranceCase();
    c = (await fi.caseAction(c, 'request_assessment')).body;
    const sup = await assess(c, 'supplement', [{ kind: 'parts', partId: lamp.id, qty: 1, unitPriceFen: 1 }]);
    expect(sup.status).toBe(409);
    c = (await assess(c, 'initial', [{ kind: 'parts', partId: lamp.id, qty: 1, unitPriceFen: 1 }])).body;
    const other: WorkOrder = await f.workOrder();
    const wrong = await fi.caseAction(c, 'start_repair', { workOrderId: other.id });
    expect(wrong.status).toBe(400);
    expect(err(wrong).fields![0].path).toBe('workOrderId');
  });
});

describe('writing off what the insurer will not pay (核损差额), within authority or through 待我审批', () => {
  it('the advisor asks, the insurance supervisor (limit ¥500) approves; the rest is paid and the case is 已回款', async () => {
    const order = await f.workOrder({ status: 'ready', lines: [{ kind: 'labor', laborOperationId: sheetMetal.id, hours: 5 }] });
    const accident = await f.login('accident');
    let c = await fi.insuranceCase({ vehicleId: order.vehicleId });
    c = (await fi.caseAction(c, 'request_assessment')).body;
    c = (
      await staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/assessments`, {
        body: {
          version: c.version,
          kind: 'initial',
          assessorName: '王定损',
          lines: [{ kind: 'labor', laborOperationId: sheetMetal.id, qty: 5, unitPriceFen: 20_000 }],
        },
      })
    ).body;
    c = (await fi.caseAction(c, 'start_repair', { workOrderId: order.id })).body;
    c = (await fi.caseAction(c, 'complete')).body;
    c = (await staff.call<InsuranceCaseDetail>('PUT', `/api/insurance-cases/${c.id}/documents`, { body: { version: c.version, checked: ALL_DOCS } })).body;
    c = (await fi.caseAction(c, 'submit_documents')).body;
    expect(c.receivableFen).toBe(100_000);

    // The accident advisor has no write-off authority: the request waits for the supervisor.
    const asked = await accident.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/write-off`, {
      body: { version: c.version, amountFen: 30_000, reason: '保险公司核损减少' },
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ writtenOffFen: 0, writeOffRequestFen: 30_000, status: 'documents_submitted' });
    const tooMuch = await accident.call('POST', `/api/insurance-cases/${c.id}/write-off`, {
      body: { version: asked.body.version, amountFen: 1, reason: '再次申请' },
    });
    expect(tooMuch.status).toBe(409);
    // The requester cannot approve their own request; the supervisor sees it in 待我审批 and approves.
    const own = (await accident.get('/api/approvals/pending')).body.items as { type: string; id: string }[];
    expect(own.some((i) => i.type === 'insurance-write-off' && i.id === c.id)).toBe(false);
    const pending = (await staff.get('/api/approvals/pending')).body.items as { type: string; id: string; version: number; amountFen: number }[];
    const item = pending.find((i) => i.type === 'insurance-write-off' && i.id === c.id);
    expect(item).toMatchObject({ amountFen: 30_000 });
    const decided = await staff.call('POST', `/api/approvals/insurance-write-off/${c.id}/decision`, { body: { version: item!.version, approve: true } });
    expect(decided.status).toBe(200);
    const after = (await staff.get<InsuranceCaseDetail>(`/api/insurance-cases/${c.id}`)).body;
    expect(after).toMatchObject({ writtenOffFen: 30_000, writeOffRequestFen: null });
    // Outstanding is now 700.00: a payment of 700.01 is refused, 700.00 closes the receivable.
    const over = await staff.call('POST', `/api/insurance-cases/${c.id}/payments`, { body: { amountFen: 70_001, receivedOn: '2026-11-22' } });
    expect(over.status).toBe(400);
    const paid = await staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/payments`, {
      body: { amountFen: 70_000, receivedOn: '2026-11-22' },
    });
    expect(paid.body).toMatchObject({ status: 'paid', paidFen: 70_000, writtenOffFen: 30_000 });
  });

  it('within the supervisor’s own authority the write-off is booked at once; above every limit it is refused', async () => {
    const order = await f.workOrder({ status: 'ready', lines: [{ kind: 'labor', laborOperationId: sheetMetal.id, hours: 5 }] });
    let c = await fi.insuranceCase({ vehicleId: order.vehicleId });
    c = (await fi.caseAction(c, 'request_assessment')).body;
    c = (
      await staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/assessments`, {
        body: {
          version: c.version,
          kind: 'initial',
          assessorName: '王定损',
          lines: [{ kind: 'labor', laborOperationId: sheetMetal.id, qty: 5, unitPriceFen: 20_000 }],
        },
      })
    ).body;
    c = (await fi.caseAction(c, 'start_repair', { workOrderId: order.id })).body;
    c = (await fi.caseAction(c, 'complete')).body;
    c = (await staff.call<InsuranceCaseDetail>('PUT', `/api/insurance-cases/${c.id}/documents`, { body: { version: c.version, checked: ALL_DOCS } })).body;
    c = (await fi.caseAction(c, 'submit_documents')).body;
    const own = await staff.call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/write-off`, {
      body: { version: c.version, amountFen: 5_000, reason: '工时单价核减' },
    });
    expect(own.body).toMatchObject({ writtenOffFen: 5_000, writeOffRequestFen: null });
    const more = await staff.call('POST', `/api/insurance-cases/${c.id}/write-off`, {
      body: { version: own.body.version, amountFen: 95_001, reason: '超过未收' },
    });
    expect(more.status).toBe(400);
    expect(err(more).fields![0].path).toBe('amountFen');
  });
});
