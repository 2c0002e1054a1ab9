import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { createFactories } from '../../test/factories.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';
import { membersDemo } from './members.demo.js';

describe('demo data of packages and member cards', () => {
  it('levels, 小保养/大保养 for the 朗逸 (found by pinyin), three members with balances, a 次卡; 小保养 on an order costs the package price', async () => {
    const h = await createHarness();
    const today = new Date('2026-11-22T02:00:00Z');
    await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, today);
    await membersDemo({ db: h.db, pointId: h.installed.orgPointId, templateKey: 'auto-dealership', now: today });
    const admin = await h.login('admin');
    expect((await admin.get('/api/member-levels')).body.items.map((l: { name: string }) => l.name)).toEqual(['普卡', '银卡', '金卡']);
    const packages = (await admin.get('/api/service-packages?q=by')).body.items as { id: string; name: string; priceFen: number; itemsFen: number }[];
    expect(packages.map((p) => p.name).sort()).toEqual(['大保养', '小保养']);
    for (const p of packages) expect(p.itemsFen).toBeGreaterThan(p.priceFen);
    const cards = (await admin.get('/api/member-cards')).body.items as { customerId: string; balanceFen: number; levelName: string }[];
    expect(cards.map((c) => [c.levelName, c.balanceFen]).sort()).toEqual([
      ['普卡', 50_000],
      ['金卡', 350_000],
      ['银卡', 110_000],
    ]);
    const gold = cards.find((c) => c.levelName === '金卡')!;
    expect((await admin.get(`/api/visit-cards?customerId=${gold.customerId}`)).body.items).toHaveLength(1);
    // 小保养 on a demo 朗逸 order: the package price, whatever the items cost.
    const f = createFactories(h);
    const small = packages.find((p) => p.name === '小保养')!;
    const full = (await admin.get(`/api/service-packages/${small.id}`)).body as {
      items: { kind: 'labor' | 'parts'; laborOperationId: string | null; partId: string | null }[];
    };
    const lines = full.items.map((i) =>
      i.kind === 'labor'
        ? { kind: 'labor' as const, laborOperationId: i.laborOperationId!, packageId: small.id }
        : { kind: 'parts' as const, partId: i.partId!, packageId: small.id },
    );
    const w = await f.workOrder({ lines });
    expect(w.quote.customerPayableFen).toBe(small.priceFen);
  }, 90_000);
});
