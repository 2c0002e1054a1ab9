/**
 * Parallel spending from one stored-value card never overdraws it (run on PostgreSQL too:
 * TEST_DB=postgres npx vitest run --project db src/server/features/members/cards-race.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { memberCardLedger, memberCards } from '../../db/schema.js';
import { eq } from 'drizzle-orm';

let h: Harness;
let f: Factories;
let cashier: Session;
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  cashier = await h.login('cashier');
});

describe('stored value under parallel spending', () => {
  it('10 spends that together exceed the balance: the balance ends ≥ 0 and equals the ledger, the successful spends add up', async () => {
    const card = await f.memberCard({ topUpFen: 10_000 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => cashier.call('POST', `/api/member-cards/${card.id}/spend`, { body: { amountFen: 1_500, note: `洗车 ${i}` } })),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(results.filter((r) => r.status !== 200).every((r) => r.status === 422 && r.body.error.code === 'INSUFFICIENT_BALANCE')).toBe(true);
    expect(ok).toHaveLength(6);
    const [row] = await h.db.select().from(memberCards).where(eq(memberCards.id, card.id));
    expect(row.balanceFen).toBe(10_000 - 6 * 1_500);
    const ledger = await h.db.select().from(memberCardLedger).where(eq(memberCardLedger.cardId, card.id));
    expect(ledger.reduce((s, e) => s + e.amountFen, 0)).toBe(row.balanceFen);
    expect(ledger.map((e) => e.entryNo).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(ledger.every((e) => e.balanceAfterFen >= 0)).toBe(true);
    // Each spend's balance-after is distinct: the spends were applied one after another.
    expect(new Set(ok.map((r) => r.body.balanceAfterFen)).size).toBe(6);
  });

  it('the database refuses a negative balance even without the service (CHECK constraint)', async () => {
    const card = await f.memberCard({ topUpFen: 100 });
    await expect(h.db.update(memberCards).set({ balanceFen: -1 }).where(eq(memberCards.id, card.id))).rejects.toThrow();
  });
});
