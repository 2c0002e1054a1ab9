/** The 索赔专员's list of warranty orders to claim (settled, no claim yet) or to pre-authorise (still open). */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { createClaimFactories } from '../../test/factories-claims.js';

type Item = { id: string; number: string; status: string; plate: string; vin: string };

let h: Harness;
let f: Factories;
let cf: ReturnType<typeof createClaimFactories>;
let station: Session;
let cat: Awaited<ReturnType<ReturnType<typeof createClaimFactories>['catalog']>>;

beforeAll(async () => {
  h = await createHarness({ network: true });
  f = createFactories(h);
  cf = createClaimFactories(h, f);
  station = await h.login('claims');
  cat = await cf.catalog(await h.login('hq-claims'));
}, 120_000);

const list = async (s: Session, query: string) => (await s.get<{ items: Item[] }>(`/api/claim-work-orders${query}`)).body.items.map((o) => o.id);

describe('GET /claim-work-orders', () => {
  it('lists a settled warranty order until its claim is prepared; an open one under stage=open', async () => {
    const order = await cf.warrantyOrder(cat);
    expect(await list(station, '')).toContain(order.id);
    expect(await list(station, `?q=${order.number}`)).toEqual([order.id]);
    expect(await list(station, '?stage=open')).not.toContain(order.id);
    expect((await station.call('POST', '/api/claims', { body: { workOrderId: order.id } })).status).toBe(201);
    expect(await list(station, '')).not.toContain(order.id);

    const open = await f.workOrder({ type: 'warranty', status: 'in_progress', vehicle: await f.vehicle({ purchasedOn: '2025-06-01' }) });
    expect(await list(station, '?stage=open')).toContain(open.id);
    expect(await list(station, '')).not.toContain(open.id);
  }, 120_000);

  it('another station’s 索赔专员 sees none of them; an advisor (no claims.manage) is refused; a bad stage is 400', async () => {
    const order = await cf.warrantyOrder(cat);
    expect(await list(await h.login('s3-claims'), '')).not.toContain(order.id);
    expect((await (await h.login('advisor')).get('/api/claim-work-orders')).status).toBe(403);
    const bad = await station.get('/api/claim-work-orders?stage=later');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('stage');
  }, 120_000);
});
