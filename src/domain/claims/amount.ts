/**
 * The claim amount (索赔金额), in fen: Σ hours × the manufacturer's labor rate + Σ parts × (1 + markup)
 * + other costs up to a cap. Settings per manufacturer (kept at the HQ point). Each line is rounded half up
 * to the fen, so that the statement's lines add up to its total.
 */

/** The manufacturer's claim settings (索赔参数). */
export interface ClaimSettings {
  /** The manufacturer's labor rate (索赔工时单价), fen per hour. */
  laborRateFen: number;
  /** Markup on parts (配件管理费), basis points: 1500 = 15 %. */
  partsMarkupBp: number;
  /** Cap on other costs (外出救援, 拖车 …) per claim, fen. */
  otherCostCapFen: number;
  /** A claim must be submitted within N days of the order's completion (local dates of the station). */
  submitWithinDays: number;
  /** The same VIN and cause part claimed again within N days is a duplicate. */
  duplicateWithinDays: number;
  /** A claim above this amount needs an approved pre-authorisation (预授权), fen. */
  preauthAboveFen: number;
}

export const DEFAULT_CLAIM_SETTINGS: ClaimSettings = {
  laborRateFen: 12_000,
  partsMarkupBp: 1_000,
  otherCostCapFen: 50_000,
  submitWithinDays: 30,
  duplicateWithinDays: 30,
  preauthAboveFen: 500_000,
};

export interface ClaimLaborLine {
  /** Hours ×1000 (1.5 h = 1500). */
  hoursMilli: number;
}
export interface ClaimPartLine {
  /** Quantity ×1000. */
  qtyMilli: number;
  unitPriceFen: number;
}

const roundDiv = (n: number, d: number) => Math.floor((n * 2 + d) / (2 * d));

export const laborLineFen = (l: ClaimLaborLine, s: Pick<ClaimSettings, 'laborRateFen'>) => roundDiv(l.hoursMilli * s.laborRateFen, 1000);
export const partLineFen = (p: ClaimPartLine, s: Pick<ClaimSettings, 'partsMarkupBp'>) =>
  roundDiv(p.qtyMilli * p.unitPriceFen * (10_000 + s.partsMarkupBp), 1000 * 10_000);

export interface ClaimAmount {
  laborFen: number;
  partsFen: number;
  /** Other costs as allowed (capped). */
  otherFen: number;
  totalFen: number;
}

/** The amount of a claim under the manufacturer's settings. */
export function claimAmount(
  input: { labor: readonly ClaimLaborLine[]; parts: readonly ClaimPartLine[]; otherCostFen: number },
  s: Pick<ClaimSettings, 'laborRateFen' | 'partsMarkupBp' | 'otherCostCapFen'>,
): ClaimAmount {
  const laborFen = input.labor.reduce((t, l) => t + laborLineFen(l, s), 0);
  const partsFen = input.parts.reduce((t, p) => t + partLineFen(p, s), 0);
  const otherFen = Math.min(Math.max(0, input.otherCostFen), s.otherCostCapFen);
  return { laborFen, partsFen, otherFen, totalFen: laborFen + partsFen + otherFen };
}
