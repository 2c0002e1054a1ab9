import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session, SIGNATURE } from '../../test/factories.js';
import { createClaimFactories } from '../../test/factories-claims.js';
import type { ClaimStatement, OldPart, OldPartBatch, SupplierClaim, WarrantyClaim } from '../../../contracts/claims.js';

let h: Harness;
let f: Factories;
let cf: ReturnType<typeof createClaimFactories>;
let station: Session;
let hq: Session;
let region: Session;
let cat: Awaited<ReturnType<ReturnType<typeof createClaimFactories>['catalog']>>;

beforeAll(async () => {
  h = await createHarness({ network: true });
  f = createFactories(h);
  cf = createClaimFactories(h, f);
  station = await h.login('claims');
  hq = await h.login('hq-claims');
  region = await h.login('region-claims');
  cat = await cf.catalog(hq);
}, 120_000);

const decide = (as: Session, c: Pick<WarrantyClaim, 'id' | 'version'>, body: Record<string, unknown>) =>
  as.call<WarrantyClaim>('POST', `/api/claims/${c.id}/decision`, { body: { version: c.version, ...body } });

describe('claim cycle: prepared from the order → pre-check → submit → HQ approves → statement', () => {
  it('prepares the claim from the warranty order with the manufacturer’s rate and markup', async () => {
    const { order, claim } = await cf.claim(station, cat);
    expect(claim).toMatchObject({
      status: 'draft',
      workOrderId: order.id,
      model: '朗逸',
      faultCode: 'EN-001',
      causePartNo: 'CL-PAD-1',
      mileageKm: order.mileageIn,
    });
    expect(claim.number).toMatch(/^SP\d{12}$/);
    const [labor, part] = claim.lines;
    expect([labor.kind, labor.code, labor.hours, labor.amountFen]).toEqual(['labor', 'CL-BRK1', 1.5, 18_000]);
    expect(part).toMatchObject({ kind: 'parts', code: 'CL-PAD-1', qty: 1, needsReturn: true, tagNo: `${claim.number}-02`, returnStatus: 'not_required' });
    expect(part.amountFen).toBe(Math.floor((part.unitPriceFen! * 11 * 2 + 10) / 20));
    expect(claim.amountFen).toBe(18_000 + part.amountFen);

    const checked = await station.call<WarrantyClaim>('POST', `/api/claims/${claim.id}/pre-check`);
    expect(checked.status).toBe(200);
    expect(checked.body.preChecks).toEqual([]);
    // A second claim for the same order is refused.
    expect((await station.call('POST', '/api/claims', { body: { workOrderId: order.id } })).status).toBe(409);
  }, 90_000);

  it('HQ sees it in the queue and 待我审批, approves within authority; the station’s statement shows it', async () => {
    const { claim } = await cf.submitted(station, cat);
    expect(claim).toMatchObject({ status: 'submitted', submitCount: 1 });
    const queue = (await hq.get<{ items: WarrantyClaim[] }>('/api/claims?status=submitted,reviewing')).body.items;
    expect(queue.map((c) => c.id)).toContain(claim.id);
    const todo = (await hq.get('/api/approvals/pending')).body.items as { type: string; id: string }[];
    expect(todo.some((t) => t.type === 'warranty-claim' && t.id === claim.id)).toBe(true);

    // Stale version → 409; the decision itself → approved; deciding again → 409.
    expect((await decide(hq, { ...claim, version: claim.version - 1 }, { decision: 'approve' })).status).toBe(409);
    const ok1 = await decide(hq, claim, { decision: 'approve' });
    expect(ok1.status).toBe(200);
    expect(ok1.body).toMatchObject({ status: 'approved', approvedFen: claim.amountFen, reviewerName: expect.any(String) });
    expect(ok1.body.lines.find((l) => l.kind === 'parts')!.returnStatus).toBe('due');
    expect((await decide(hq, ok1.body, { decision: 'reject', reason: 'x' })).status).toBe(409);

    const stationId = claim.servicePointId;
    const preview = await station.get<ClaimStatement>(`/api/claim-statements/month?servicePointId=${stationId}&month=2026-11`);
    expect(preview.status).toBe(200);
    expect(preview.body.id).toBeNull();
    expect(preview.body.claims.map((c) => c.id)).toContain(claim.id);
  }, 90_000);
});

describe('bad input changes nothing', () => {
  it('a car out of warranty cannot be submitted (422, the reason on the field)', async () => {
    const { claim: draft } = await cf.claim(station, cat);
    // Past the 包修 mileage: the coverage check (the warranty feature) refuses it.
    const claim = (await station.call<WarrantyClaim>('PATCH', `/api/claims/${draft.id}`, { body: { version: draft.version, mileageKm: 250_000 } })).body;
    const res = await station.call('POST', `/api/claims/${claim.id}/submit`, { body: { version: claim.version } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'causePartNo', message: expect.stringContaining('不在三包/保修范围内') })]),
    );
    const after = (await station.get<WarrantyClaim>(`/api/claims/${claim.id}`)).body;
    expect([after.status, after.version]).toEqual(['draft', claim.version]);
  }, 90_000);

  it('a part not on the order, a negative quantity, an unsettled order', async () => {
    const { claim } = await cf.claim(station, cat);
    const notOnOrder = await station.call('PATCH', `/api/claims/${claim.id}`, { body: { version: claim.version, parts: [{ partNo: 'NOPE-1', qty: 1 }] } });
    expect(notOnOrder.status).toBe(400);
    expect(notOnOrder.body.error.fields).toEqual([{ path: 'parts.0.partNo', message: '配件 NOPE-1 不在工单上' }]);
    const negative = await station.call('PATCH', `/api/claims/${claim.id}`, { body: { version: claim.version, parts: [{ partNo: 'CL-PAD-1', qty: -1 }] } });
    expect(negative.status).toBe(400);
    expect(negative.body.error.fields[0].path).toBe('parts.0.qty');
    const tooMany = await station.call('PATCH', `/api/claims/${claim.id}`, { body: { version: claim.version, parts: [{ partNo: 'CL-PAD-1', qty: 2 }] } });
    expect(tooMany.status).toBe(400);
    expect((await station.get<WarrantyClaim>(`/api/claims/${claim.id}`)).body.version).toBe(claim.version);
    const open = await f.workOrder({ type: 'warranty', status: 'in_progress', vehicle: await f.vehicle({ purchasedOn: '2025-06-01' }) });
    const early = await station.call('POST', '/api/claims', { body: { workOrderId: open.id } });
    expect(early.status).toBe(422);
  }, 90_000);
});

describe('review at the manufacturer', () => {
  it('another maker’s network gets 404; a station of another region too', async () => {
    const { claim } = await cf.submitted(station, cat);
    const other = await cf.otherMaker();
    expect((await other.get(`/api/claims/${claim.id}`)).status).toBe(404);
    expect((await decide(other, claim, { decision: 'approve' })).status).toBe(404);
    expect(((await other.get<{ items: WarrantyClaim[] }>('/api/claims')).body.items ?? []).map((c) => c.id)).not.toContain(claim.id);
    const s3 = await h.login('s3-claims');
    expect((await s3.get(`/api/claims/${claim.id}`)).status).toBe(404);
    expect((await station.get(`/api/claims/${claim.id}`)).status).toBe(200);
  }, 90_000);

  it('above the regional reviewer’s authority: 422 with the limit; HQ approves; the station may not review', async () => {
    const { claim: big } = await cf.submitted(station, cat, { qty: 7 });
    expect(big.amountFen).toBeGreaterThan(300_000);
    const refused = await decide(region, big, { decision: 'approve' });
    expect(refused.status).toBe(422);
    expect((refused.body as unknown as { error: { message: string } }).error.message).toContain('超出您的审批权限');
    expect((await station.get<WarrantyClaim>(`/api/claims/${big.id}`)).body.status).toBe('submitted');
    expect((await decide(station, big, { decision: 'approve' })).status).toBe(403);
    // Within its authority the region may take it into review; HQ approves.
    const inReview = await region.call<WarrantyClaim>('POST', `/api/claims/${big.id}/start-review`, { body: { version: big.version } });
    expect(inReview.body.status).toBe('reviewing');
    expect((await decide(hq, inReview.body, { decision: 'approve' })).status).toBe(200);
  }, 120_000);

  it('an expensive repair needs an approved pre-authorisation before it can be submitted', async () => {
    const { order, claim } = await cf.claim(station, cat, { qty: 12 });
    const blocked = await station.call('POST', `/api/claims/${claim.id}/submit`, { body: { version: claim.version } });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.fields).toEqual([expect.objectContaining({ path: 'preauthId' })]);
    const asked = await station.call('POST', '/api/claim-preauths', {
      body: { workOrderId: order.id, estimatedFen: claim.amountFen, reason: '更换全部制动片' },
    });
    expect(asked.status).toBe(201);
    const todo = (await hq.get('/api/approvals/pending')).body.items as { type: string; id: string }[];
    expect(todo.some((t) => t.type === 'claim-preauth' && t.id === asked.body.id)).toBe(true);
    const granted = await hq.call('POST', `/api/claim-preauths/${asked.body.id}/decision`, { body: { version: asked.body.version, decision: 'approve' } });
    expect(granted.body.status).toBe('approved');
    const linked = await station.call<WarrantyClaim>('PATCH', `/api/claims/${claim.id}`, { body: { version: claim.version, preauthId: asked.body.id } });
    const sent = await station.call<WarrantyClaim>('POST', `/api/claims/${claim.id}/submit`, { body: { version: linked.body.version } });
    expect(sent.body.status).toBe('submitted');
  }, 120_000);

  it('returned with a reason, corrected and submitted again; every step audited', async () => {
    const { claim } = await cf.submitted(station, cat);
    expect((await decide(hq, claim, { decision: 'return', reason: '' })).status).toBe(400);
    const returned = await decide(hq, claim, { decision: 'return', reason: '请补充故障照片' });
    expect(returned.body).toMatchObject({ status: 'returned', decisionReason: '请补充故障照片' });
    const fixed = await station.call<WarrantyClaim>('PATCH', `/api/claims/${claim.id}`, {
      body: { version: returned.body.version, faultDescription: '前制动异响,刹车片异常磨损', photos: [{ fileName: 'pad.png', contentBase64: SIGNATURE }] },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.photos).toHaveLength(1);
    const again = await station.call<WarrantyClaim>('POST', `/api/claims/${claim.id}/submit`, { body: { version: fixed.body.version } });
    expect(again.body).toMatchObject({ status: 'submitted', submitCount: 2 });
    const admin = await h.login('admin');
    const audit = (await admin.get(`/api/audit-entries?entityId=${claim.id}&pageSize=50`)).body.items as { action: string }[];
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['claims.create', 'claims.update', 'claims.submit', 'claims.return', 'claims.update', 'claims.submit'].sort(),
    );
  }, 90_000);

  it('two reviewers deciding one claim at once: exactly one wins', async () => {
    const { claim } = await cf.submitted(station, cat);
    const results = await Promise.all([decide(hq, claim, { decision: 'approve' }), decide(region, claim, { decision: 'reject', reason: '非质量问题' })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const admin = await h.login('admin');
    const decisions = ((await admin.get(`/api/audit-entries?entityId=${claim.id}&pageSize=50`)).body.items as { action: string }[]).filter((a) =>
      ['claims.approve', 'claims.reject'].includes(a.action),
    );
    expect(decisions).toHaveLength(1);
  }, 90_000);
});

describe('old parts, the monthly statement and supplier recovery', () => {
  it('tags, a return batch with a missing part, the deduction on the statement, and 二次索赔', async () => {
    const a = (await cf.submitted(station, cat)).claim;
    const b = (await cf.submitted(station, cat)).claim;
    const approvedA = (await decide(hq, a, { decision: 'approve' })).body;
    const approvedB = (await decide(hq, b, { decision: 'approve' })).body;
    const partA = approvedA.lines.find((l) => l.kind === 'parts')!;
    const partB = approvedB.lines.find((l) => l.kind === 'parts')!;

    const tags = await station.call('GET', `/api/old-parts/tags/print?ids=${partA.id},${partB.id}`);
    expect(tags.status).toBe(200);
    expect(tags.body).toContain(partA.tagNo);
    expect(tags.body).toContain('<svg');
    // 延返 asked and refused: the part is due again.
    expect((await station.call<OldPart>('POST', `/api/old-parts/${partB.id}/deferral`, { body: { reason: '客户要求保留' } })).body.returnStatus).toBe(
      'deferral_requested',
    );
    expect((await hq.call<OldPart>('POST', `/api/old-parts/${partB.id}/deferral-decision`, { body: { decision: 'refuse' } })).body.returnStatus).toBe('due');

    const box = await station.call('POST', '/api/old-part-boxes', { body: { month: '2026-11', weightGrams: 2500, lineIds: [partA.id, partB.id] } });
    expect(box.status).toBe(201);
    const batch = await station.call<OldPartBatch>('POST', '/api/old-part-batches', { body: { month: '2026-11', lineIds: [partA.id, partB.id] } });
    expect(batch.status).toBe(201);
    expect(batch.body).toMatchObject({ status: 'shipped', expected: 2 });
    // Shipping a part twice is refused (409) and changes nothing.
    expect((await station.call('POST', '/api/old-part-batches', { body: { month: '2026-11', lineIds: [partA.id] } })).status).toBe(409);
    const received = await hq.call<OldPartBatch>('POST', `/api/old-part-batches/${batch.body.id}/receipt`, {
      body: {
        version: batch.body.version,
        lines: [
          { lineId: partA.id, outcome: 'returned', note: '磨损符合描述' },
          { lineId: partB.id, outcome: 'missing' },
        ],
      },
    });
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({ status: 'received', expected: 2, returned: 1, missing: 1 });

    // December: HQ issues November's statement for the station; the missing part is deducted.
    h.setNow('2026-12-02T02:00:00Z');
    const pointId = a.servicePointId;
    expect((await station.call('POST', '/api/claim-statements', { body: { servicePointId: pointId, month: '2026-11' } })).status).toBe(403);
    const issued = await hq.call<ClaimStatement>('POST', '/api/claim-statements', { body: { servicePointId: pointId, month: '2026-11' } });
    expect(issued.status).toBe(201);
    expect(issued.body.claims.map((c) => c.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(issued.body.deductions.map((d) => d.lineId)).toEqual([partB.id]);
    expect(issued.body.payableFen).toBe(issued.body.claimsFen - partB.amountFen);
    expect((await station.get<WarrantyClaim>(`/api/claims/${a.id}`)).body.status).toBe('settled');
    expect((await hq.call('POST', '/api/claim-statements', { body: { servicePointId: pointId, month: '2026-11' } })).status).toBe(409);
    const xlsx = await station.call('GET', `/api/claim-statements/month/xlsx?servicePointId=${pointId}&month=2026-11`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
    const print = await station.call('GET', `/api/claim-statements/month/print?servicePointId=${pointId}&month=2026-11`);
    expect(print.body).toContain(issued.body.number);

    // 二次索赔 of both parts against their supplier; half recovered.
    const sc = await hq.call<SupplierClaim>('POST', '/api/supplier-claims', { body: { supplierId: cat.supplier.id, lineIds: [partA.id, partB.id] } });
    expect(sc.status).toBe(201);
    expect(sc.body.claimedFen).toBe(partA.amountFen + partB.amountFen);
    const half = Math.floor(sc.body.claimedFen / 2);
    const answered = await hq.call<SupplierClaim>('POST', `/api/supplier-claims/${sc.body.id}/answer`, {
      body: { version: sc.body.version, recoveredFen: half },
    });
    expect(answered.body.status).toBe('partly_accepted');
    const supplier = ((await hq.get('/api/claim-catalog')).body.suppliers as { id: string; recoveryRateBp: number }[]).find((s) => s.id === cat.supplier.id)!;
    expect(supplier.recoveryRateBp).toBe(Math.round((half * 10_000) / sc.body.claimedFen));
    h.setNow('2026-11-22T02:00:00Z');
  }, 180_000);
});
