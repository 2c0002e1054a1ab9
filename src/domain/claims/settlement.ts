/**
 * The monthly settlement statement (索赔结算单) of a station: the claims approved up to the month's end and not
 * settled yet, less the deductions for old parts found missing. What the station will be paid.
 */

export interface StatementClaim {
  approvedFen: number;
}
export interface StatementDeduction {
  /** The claimed amount of the missing part (its line with the markup). */
  amountFen: number;
}

export function statementTotals(claims: readonly StatementClaim[], deductions: readonly StatementDeduction[]) {
  const claimsFen = claims.reduce((t, c) => t + c.approvedFen, 0);
  const deductionFen = deductions.reduce((t, d) => t + d.amountFen, 0);
  return { claimCount: claims.length, claimsFen, deductionFen, payableFen: claimsFen - deductionFen };
}

/** 'YYYY-MM' → its first day and the first day of the next month (local dates of the station). */
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}
