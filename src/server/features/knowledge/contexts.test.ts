import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { createClaimFactories } from '../../test/factories-claims.js';
import { createFieldFactories } from '../../test/factories-field-service.js';
import { createKnowledgeFactories } from '../../test/factories-knowledge.js';
import type { Article, SearchResult } from '../../../contracts/knowledge.js';
import type { WarrantyClaim } from '../../../contracts/claims.js';

let h: Harness;
let f: Factories;
let k: ReturnType<typeof createKnowledgeFactories>;
let claimsUser: Session;
let claim: WarrantyClaim;

beforeAll(async () => {
  h = await createHarness({ network: true });
  f = createFactories(h);
  k = createKnowledgeFactories(h, f);
  const cf = createClaimFactories(h, f);
  claimsUser = await h.login('claims');
  claim = (await cf.claim(claimsUser, await cf.catalog(await h.login('hq-claims')))).claim;
});

describe('the 技术支持 panel on the warranty claim and the field visit', () => {
  it("a claim's panel matches its car and fault code; 'this solved it' is counted once per claim", async () => {
    const match = await k.article({ title: '朗逸制动异响(EN-001)', faultCodes: ['EN-001'], models: ['朗逸'], symptom: '制动时异响', fix: '更换制动片' });
    await k.article({ title: '途观天窗漏水', models: ['途观'], symptom: '天窗漏水', fix: '疏通排水管' });
    const res = await claimsUser.get<SearchResult>(`/api/knowledge/search?claimId=${claim.id}`);
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ id: match.id, matchedCodes: ['EN-001'], myAnswer: null });
    expect(res.body.items.map((a) => a.title)).not.toContain('途观天窗漏水');
    const use = () =>
      claimsUser.call<Article>('POST', `/api/knowledge/articles/${match.id}/uses`, { body: { contextType: 'claim', contextId: claim.id, outcome: 'solved' } });
    expect((await use()).body.solvedCount).toBe(1);
    expect((await use()).body.solvedCount).toBe(1);
    const again = await claimsUser.get<SearchResult>(`/api/knowledge/search?claimId=${claim.id}`);
    expect(again.body.items[0].myAnswer).toBe('solved');
  });

  it("another station's staff get 404 for the claim, and an unknown claim is 404", async () => {
    expect((await (await h.login('s2-techlead')).get(`/api/knowledge/search?claimId=${claim.id}`)).status).toBe(404);
    expect((await claimsUser.get('/api/knowledge/search?claimId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it("a visit's panel matches the unit's product and the reported fault", async () => {
    const admin = await h.login('admin');
    const ff = createFieldFactories(admin);
    const product = await ff.product({ model: 'KX-900', name: '商用冷柜' });
    const unit = await ff.unit({ productId: product.id });
    const req = await ff.visitRequest(unit.id);
    const visit = req.visits[0];
    const article = await k.article({ title: 'KX-900 冷柜不制冷:压缩机启动电容', products: ['KX-900'], symptom: '冷柜不制冷', fix: '更换启动电容' });
    const res = await admin.get<SearchResult>(`/api/knowledge/search?visitId=${visit.id}`);
    expect(res.status).toBe(200);
    expect(res.body.items[0].id).toBe(article.id);
    const used = await admin.call<Article>('POST', `/api/knowledge/articles/${article.id}/uses`, {
      body: { contextType: 'visit', contextId: visit.id, outcome: 'unhelpful' },
    });
    expect(used.body.unhelpfulCount).toBe(1);
  });
});
