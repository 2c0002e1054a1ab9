import { describe, expect, it } from 'vitest';
import { decisionOutcome, type ExtraWorkEvent, type ExtraWorkStatus, isLinkLive, type ItemDecision, nextExtraWorkStatus } from './status.js';

describe('增项 status machine', () => {
  const cases: [ExtraWorkStatus, ExtraWorkEvent, ItemDecision[], ExtraWorkStatus | null][] = [
    ['reported', 'price', [], 'priced'],
    ['reported', 'send', [], null],
    ['reported', 'decide', ['approved'], null],
    ['reported', 'expire', [], null],
    ['priced', 'price', [], 'priced'],
    ['priced', 'send', [], 'sent'],
    ['priced', 'decide', ['approved', 'approved'], 'approved'],
    ['priced', 'decide', ['refused'], 'refused'],
    ['priced', 'decide', [], null],
    ['priced', 'expire', [], null],
    ['sent', 'decide', ['approved', 'refused'], 'partly_approved'],
    ['sent', 'decide', ['refused', 'refused'], 'refused'],
    ['sent', 'expire', [], 'expired'],
    ['sent', 'price', [], 'priced'],
    ['sent', 'send', [], null],
    ['expired', 'send', [], 'sent'],
    ['expired', 'price', [], 'priced'],
    ['expired', 'decide', ['approved'], 'approved'],
    ['approved', 'price', [], null],
    ['approved', 'decide', ['approved'], null],
    ['partly_approved', 'send', [], null],
    ['refused', 'expire', [], null],
    ['refused', 'decide', ['approved'], null],
  ];
  it.each(cases)('%s + %s %j → %s', (from, event, decisions, to) => {
    const r = nextExtraWorkStatus(from, event, decisions);
    if (to === null) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/增项|请对每一项/);
    } else expect(r).toEqual({ ok: true, to });
  });

  it.each([
    [['approved'], 'approved'],
    [['approved', 'approved'], 'approved'],
    [['refused'], 'refused'],
    [['approved', 'refused', 'refused'], 'partly_approved'],
  ] as [ItemDecision[], ExtraWorkStatus][])('outcome of %j is %s', (d, out) => expect(decisionOutcome(d)).toBe(out));

  it.each([
    [null, '2026-01-01T00:00:00Z', false],
    ['2026-01-01T00:00:00Z', '2025-12-31T23:59:59Z', true],
    ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', false],
    ['2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', false],
  ] as [string | null, string, boolean][])('a link expiring %s is live at %s: %s', (exp, now, live) =>
    expect(isLinkLive(exp ? new Date(exp) : null, new Date(now))).toBe(live),
  );
});
