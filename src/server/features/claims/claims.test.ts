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
    expect(claim).toMatchObject({ status: 'draft', workOrderId: order.id, model: '朗逸', faultCode: 'EN-001', causePartNo: 'CL-PAD-1', mileageKm: order.mileageIn });
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
    const todo = (await hq.get('/api/approvals')).body.items as { type: string; id: string }[];
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
    const { claim } = await cf.claim(station, cat, { warrantyUntil: '2026-01-31' });
    const res = await station.call('POST', `/api/claims/${claim.id}/submit`, { body: { version: claim.version } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'causePartNo', message: expect.stringContaining('2026-01-31') })]));
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
    const open = await f.workOrder({ type: 'warranty', status: 'in_progress' });
    const early = await station.call('POST', '/api/claims', { body: { workOrderId: open.id } });
    expect(early.status).toBe(422);
  }, 90_000);
});
