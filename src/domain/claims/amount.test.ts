import { describe, expect, it } from 'vitest';
import { claimAmount, laborLineFen, partLineFen } from './amount.js';

const s = { laborRateFen: 12_000, partsMarkupBp: 1_000, otherCostCapFen: 50_000 };

describe('claim amount', () => {
  it.each([
    [1000, 12_000],
    [1500, 18_000],
    [1, 12], // 0.001 h × ¥120 = 0.12 元
    [0, 0],
  ])('labor %i milli-hours → %i fen', (hoursMilli, fen) => expect(laborLineFen({ hoursMilli }, s)).toBe(fen));

  it.each([
    [1000, 10_000, 1_000, 11_000],
    [2000, 10_000, 1_000, 22_000],
    [1000, 10_005, 1_000, 11_006], // 11005.5 rounds half up
    [1000, 10_000, 0, 10_000],
    [500, 999, 1_500, 574], // 0.5 × 999 × 1.15 = 574.425
  ])('parts qty %i × %i fen at %i bp → %i fen', (qtyMilli, unitPriceFen, partsMarkupBp, fen) =>
    expect(partLineFen({ qtyMilli, unitPriceFen }, { partsMarkupBp })).toBe(fen),
  );

  it.each([
    ['below the cap', 49_999, 49_999],
    ['at the cap', 50_000, 50_000],
    ['above the cap', 50_001, 50_000],
    ['negative counts as none', -1, 0],
  ])('other costs %s', (_, otherCostFen, otherFen) => {
    expect(claimAmount({ labor: [], parts: [], otherCostFen }, s).otherFen).toBe(otherFen);
  });

  it('adds labor, parts with markup and capped other costs', () => {
    expect(
      claimAmount(
        {
          labor: [{ hoursMilli: 1500 }, { hoursMilli: 500 }],
          parts: [{ qtyMilli: 1000, unitPriceFen: 45_000 }],
          otherCostFen: 80_000,
        },
        s,
      ),
    ).toEqual({ laborFen: 24_000, partsFen: 49_500, otherFen: 50_000, totalFen: 123_500 });
  });
});
