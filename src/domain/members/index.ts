/**
 * Member cards (会员卡), stored value (储值) and service packages (保养套餐): the money rules, in fen.
 * Discount rates are percent ×100 (9.5 % = 950), as on work-order lines.
 */
import { roundHalfUpDiv } from '../work-orders/money.js';

export const LEDGER_KINDS = ['top-up', 'bonus', 'spend', 'refund'] as const;
/** top-up 充值, bonus 赠送, spend 消费, refund 退款. */
export type LedgerKind = (typeof LEDGER_KINDS)[number];
export const LEDGER_LABELS: Record<LedgerKind, string> = { 'top-up': '充值', bonus: '赠送', spend: '消费', refund: '退款' };

/** The bonus of a top-up: the rule with the largest minimum the amount reaches (充 1000 送 100), else 0. */
export function topUpBonus(amountFen: number, rules: readonly { minAmountFen: number; bonusFen: number }[]): number {
  const best = rules.filter((r) => amountFen >= r.minAmountFen).sort((a, b) => b.minAmountFen - a.minAmountFen)[0];
  return best?.bonusFen ?? 0;
}

/** A customer-paid line as the member discount reads it; lines of a package or paid by a visit card are not discounted again. */
export interface DiscountableLine {
  kind: 'labor' | 'parts';
  payer: string;
  amountFen: number;
  isFixedPrice: boolean;
}

/** The member discount (会员折扣) of an order: labor and parts at the level's rates, each rounded half up to the fen. */
export function memberDiscount(lines: readonly DiscountableLine[], level: { laborDiscountPct: number; partsDiscountPct: number }) {
  const base = { labor: 0, parts: 0 };
  for (const l of lines) if (l.payer === 'customer' && !l.isFixedPrice) base[l.kind] += l.amountFen;
  const laborFen = roundHalfUpDiv(base.labor * level.laborDiscountPct, 10_000);
  const partsFen = roundHalfUpDiv(base.parts * level.partsDiscountPct, 10_000);
  return { laborFen, partsFen, totalFen: laborFen + partsFen };
}

/**
 * Share a package price over its lines in proportion to their list amounts (largest remainder), so the shares add
 * up to the price exactly. A package dearer than its items keeps the list amounts (a package never costs more).
 */
export function allocatePackagePrice(grossFen: readonly number[], priceFen: number): number[] {
  const sum = grossFen.reduce((s, g) => s + g, 0);
  if (sum <= priceFen) return [...grossFen];
  if (sum === 0) return grossFen.map(() => 0);
  const exact = grossFen.map((g) => (g * priceFen) / sum);
  const shares = exact.map(Math.floor);
  let left = priceFen - shares.reduce((s, x) => s + x, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}

/** Why a package cannot be used for this car on this date (Chinese), or null. */
export function packageRefusal(
  p: { modelFamily: string; validFrom: string | null; validTo: string | null; isActive: boolean },
  car: { modelFamily: string },
  today: string,
): string | null {
  if (!p.isActive) return '套餐已停用';
  if (p.modelFamily && p.modelFamily !== car.modelFamily) return `套餐仅适用于车型系列「${p.modelFamily}」`;
  if (p.validFrom && today < p.validFrom) return `套餐自 ${p.validFrom} 起有效`;
  if (p.validTo && today > p.validTo) return `套餐已于 ${p.validTo} 过期`;
  return null;
}
