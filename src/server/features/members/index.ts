/**
 * Service packages (保养套餐), member cards (会员卡) with levels and stored value (储值), prepaid visit cards (次卡).
 * Work orders read packages through `api.packageForOrder` (main.ts hands it over); settlement applies the member
 * discount and takes card payments through `api.memberCardOf` and `api.payByCard` inside its own transaction.
 */
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { activeCardOf, findCardView } from './cards.repo.js';
import { createCardService, moveMoney } from './cards.service.js';
import { memberRoutes } from './members.routes.js';
import { membersDemo } from './members.demo.js';
import { packageRoutes } from './packages.routes.js';
import { createPackageService, packageForOrder } from './packages.service.js';
import { createVisitCardService } from './visit-cards.service.js';

export interface MembersApi {
  packageForOrder: typeof packageForOrder;
  /** The customer's active member card with its level's discounts (percent ×100), if any. */
  memberCardOf(
    tx: Tx,
    customerId: string,
  ): Promise<{ id: string; number: string; levelName: string; laborDiscountPct: number; partsDiscountPct: number; balanceFen: number } | undefined>;
  /** A card by id (to check it belongs to the order's customer). */
  cardById(tx: Tx, id: string): Promise<{ id: string; number: string; customerId: string; servicePointId: string } | undefined>;
  /** Spend from the card for a settlement (422 when the balance does not cover it); the balance after. */
  payByCard(tx: Tx, actor: Actor, p: { cardId: string; amountFen: number; workOrderId: string; settlementId: string; note: string }, at: Date): Promise<number>;
}

export function membersModule(ctx: ModuleContext): FeatureModule & { api: MembersApi } {
  const cards = createCardService({ db: ctx.db, now: ctx.now });
  const api: MembersApi = {
    packageForOrder,
    async memberCardOf(tx, customerId) {
      const v = await activeCardOf(tx, customerId);
      return (
        v && {
          id: v.card.id,
          number: v.card.number,
          levelName: v.levelName,
          laborDiscountPct: v.laborDiscountPct,
          partsDiscountPct: v.partsDiscountPct,
          balanceFen: v.card.balanceFen,
        }
      );
    },
    async cardById(tx, id) {
      const v = await findCardView(tx, id);
      return v && { id: v.card.id, number: v.card.number, customerId: v.card.customerId, servicePointId: v.card.servicePointId };
    },
    async payByCard(tx, actor, p, at) {
      const { card } = await moveMoney(tx, actor, at, {
        cardId: p.cardId,
        kind: 'spend',
        amountFen: -p.amountFen,
        workOrderId: p.workOrderId,
        settlementId: p.settlementId,
        note: p.note,
      });
      return card.balanceFen;
    },
  };
  return {
    routers: [memberRoutes(cards), packageRoutes(createPackageService({ db: ctx.db, now: ctx.now }), createVisitCardService({ db: ctx.db, now: ctx.now }))],
    demo: membersDemo,
    api,
  };
}
