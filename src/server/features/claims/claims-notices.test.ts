/** The manufacturer's decisions reach the station's 索赔专员 as in-app notices (PGlite, the demo network). */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Session } from '../../test/factories.js';
import { createClaimFactories } from '../../test/factories-claims.js';
import type { ClaimPreauth, OldPart, WarrantyClaim } from '../../../contracts/claims.js';

type Inbox = { unread: number; items: { id: string; title: string; body: string; link: string }[] };

let h: Harness;
let cf: ReturnType<typeof createClaimFactories>;
let station: Session;
let other: Session;
let hq: Session;
let cat: Awaited<ReturnType<ReturnType<typeof createClaimFactories>['catalog']>>;

beforeAll(async () => {
  h = await createHarness({ network: true });
  cf = createClaimFactories(h, createFactories(h));
  station = await h.login('claims');
  other = await h.login('s2-claims');
  hq = await h.login('hq-claims');
  cat = await cf.catalog(hq);
}, 120_000);

const inbox = async (s: Session) => (await s.get<Inbox>('/api/notifications')).body.items;
const about = async (s: Session, text: string) => (await inbox(s)).filter((n) => n.title.includes(text));
const decide = (c: WarrantyClaim, body: Record<string, unknown>) =>
  hq.call<WarrantyClaim>('POST', `/api/claims/${c.id}/decision`, { body: { version: c.version, ...body } });

describe('decision notices to the station’s 索赔专员', () => {
  it('a returned claim, corrected and resubmitted, then approved: one notice each, with the reason and the link', async () => {
    const { claim } = await cf.submitted(station, cat);
    const returned = await decide(claim, { decision: 'return', reason: '请补充故障照片' });
    expect(returned.status).toBe(200);
    const [r] = await about(station, claim.number);
    expect(r).toMatchObject({ title: `索赔单 ${claim.number} 退回`, link: `/claims/${claim.id}` });
    expect(r.body).toContain('请补充故障照片');

    const fixed = (
      await station.call<WarrantyClaim>('PATCH', `/api/claims/${claim.id}`, { body: { version: returned.body.version, faultDescription: '已补充' } })
    ).body;
    const again = await station.call<WarrantyClaim>('POST', `/api/claims/${claim.id}/submit`, { body: { version: fixed.version } });
    expect(again.body).toMatchObject({ status: 'submitted', submitCount: 2 });
    expect((await decide(again.body, { decision: 'approve' })).status).toBe(200);
    const mine = await about(station, claim.number);
    expect(mine.map((n) => n.title)).toEqual([`索赔单 ${claim.number} 审核通过 ¥${(claim.amountFen / 100).toFixed(2)}`, `索赔单 ${claim.number} 退回`]);
    // The other station's 索赔专员 hears nothing of it.
    expect(await about(other, claim.number)).toEqual([]);
  }, 120_000);

  it('a rejection, a refused decision (wrong status) sends nothing more', async () => {
    const { claim } = await cf.submitted(station, cat);
    const rejected = await decide(claim, { decision: 'reject', reason: '非质量问题' });
    expect(rejected.status).toBe(200);
    expect((await decide(rejected.body, { decision: 'approve' })).status).toBe(409);
    const mine = await about(station, claim.number);
    expect(mine.map((n) => n.title)).toEqual([`索赔单 ${claim.number} 拒绝`]);
    expect(mine[0].body).toContain('非质量问题');
  }, 120_000);

  it('a pre-authorisation decided by HQ', async () => {
    const { order, claim } = await cf.claim(station, cat, { qty: 12 });
    const asked = await station.call<ClaimPreauth>('POST', '/api/claim-preauths', {
      body: { workOrderId: order.id, estimatedFen: claim.amountFen, reason: '更换全部制动片' },
    });
    expect(await about(station, asked.body.number)).toEqual([]);
    const no = await hq.call('POST', `/api/claim-preauths/${asked.body.id}/decision`, {
      body: { version: asked.body.version, decision: 'reject', reason: '先做检测' },
    });
    expect(no.status).toBe(200);
    const [n] = await about(station, asked.body.number);
    expect(n).toMatchObject({ link: '/claims/preauths' });
    expect(n.title).toContain('被拒绝');
    expect(n.body).toContain('先做检测');
  }, 120_000);

  it('a 延返 request granted', async () => {
    const { claim } = await cf.submitted(station, cat);
    const approved = (await decide(claim, { decision: 'approve' })).body;
    const part = approved.lines.find((l) => l.kind === 'parts')!;
    expect((await station.call<OldPart>('POST', `/api/old-parts/${part.id}/deferral`, { body: { reason: '客户要求保留' } })).status).toBe(200);
    expect((await hq.call<OldPart>('POST', `/api/old-parts/${part.id}/deferral-decision`, { body: { decision: 'grant' } })).body.returnStatus).toBe('waived');
    const [n] = await about(station, part.tagNo!);
    expect(n.title).toBe(`旧件 ${part.tagNo} 延返已同意(无需回运)`);
    expect(n.body).toContain('客户要求保留');
  }, 120_000);
});
