/** Demo data: member levels, top-up rules, 小保养 / 大保养 for the 朗逸, members with cards and balances, a 次卡. */
import type { DemoStep } from '../module.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint } from '../service-points/index.js';
import * as cards from './cards.repo.js';
import * as packages from './packages.repo.js';
import { insertVisitCard } from './visit-cards.repo.js';

const FAMILY = '朗逸';

export const membersDemo: DemoStep = async ({ db, pointId, templateKey, now }) => {
  if (templateKey !== 'auto-dealership') return;
  await db.transaction(async (tx) => {
    const point = (await findPoint(tx, pointId))!;
    const levels = [];
    for (const [i, [name, labor, parts]] of (
      [
        ['普卡', 0, 0],
        ['银卡', 500, 300],
        ['金卡', 1000, 500],
      ] as const
    ).entries())
      levels.push(await cards.insertLevel(tx, { servicePointId: pointId, name, laborDiscountPct: labor, partsDiscountPct: parts, sortOrder: i }));
    await cards.replaceRules(tx, pointId, [
      { minAmountFen: 100_000, bonusFen: 10_000 },
      { minAmountFen: 300_000, bonusFen: 50_000 },
    ]);
    const { labor, parts } = await catalogByCode(tx, pointId);
    const small = await packages.insertPackage(tx, { servicePointId: pointId, code: 'TC-XBY', name: '小保养', modelFamily: FAMILY, priceFen: 58_800 });
    await packages.replaceItems(tx, small.id, [
      { kind: 'labor', laborOperationId: labor.get('BY-001')!, qtyMilli: 1000, sortOrder: 0 },
      { kind: 'parts', partId: parts.get('06L115562')!, qtyMilli: 1000, sortOrder: 1 },
      { kind: 'parts', partId: parts.get('G052195M4')!, qtyMilli: 1000, sortOrder: 2 },
    ]);
    const big = await packages.insertPackage(tx, { servicePointId: pointId, code: 'TC-DBY', name: '大保养', modelFamily: FAMILY, priceFen: 128_800 });
    await packages.replaceItems(tx, big.id, [
      { kind: 'labor', laborOperationId: labor.get('BY-001')!, qtyMilli: 1000, sortOrder: 0 },
      { kind: 'labor', laborOperationId: labor.get('BY-002')!, qtyMilli: 1000, sortOrder: 1 },
      { kind: 'labor', laborOperationId: labor.get('BY-003')!, qtyMilli: 1000, sortOrder: 2 },
      { kind: 'labor', laborOperationId: labor.get('BY-004')!, qtyMilli: 1000, sortOrder: 3 },
      { kind: 'parts', partId: parts.get('06L115562')!, qtyMilli: 1000, sortOrder: 4 },
      { kind: 'parts', partId: parts.get('G052195M4')!, qtyMilli: 1000, sortOrder: 5 },
      { kind: 'parts', partId: parts.get('5Q0129620D')!, qtyMilli: 1000, sortOrder: 6 },
      { kind: 'parts', partId: parts.get('5Q0819653')!, qtyMilli: 1000, sortOrder: 7 },
      { kind: 'parts', partId: parts.get('04E905612C')!, qtyMilli: 4000, sortOrder: 8 },
    ]);
    // Members: gold (充 3000 送 500), silver (充 1000 送 100) and standard (¥500) cards of 朗逸 owners.
    const members = await cards.customersWithFamily(tx, pointId, FAMILY, 3);
    const plan: [number, number, number][] = [
      [2, 300_000, 50_000],
      [1, 100_000, 10_000],
      [0, 50_000, 0],
    ];
    for (const [i, m] of members.entries()) {
      const [level, topUp, bonus] = plan[i];
      const number = await nextDocumentNumber(tx, point, 'memberCard', now);
      const card = await cards.insertCard(tx, { servicePointId: pointId, number, customerId: m.id, levelId: levels[level].id });
      for (const [kind, amount] of [
        ['top-up', topUp],
        ['bonus', bonus],
      ] as const) {
        if (!amount) continue;
        const after = (await cards.moveBalance(tx, card.id, amount, now))!;
        await cards.appendLedger(tx, {
          cardId: card.id,
          servicePointId: pointId,
          kind,
          amountFen: amount,
          balanceAfterFen: after.balanceFen,
          method: kind === 'top-up' ? 'wechat' : '',
          note: kind === 'bonus' ? '充值赠送' : '开卡充值',
          actorName: '系统',
          createdAt: now,
        });
      }
      if (i === 0)
        await insertVisitCard(tx, {
          servicePointId: pointId,
          number: await nextDocumentNumber(tx, point, 'visitCard', now),
          customerId: m.id,
          name: '四轮定位 5 次卡',
          laborOperationId: labor.get('BY-006')!,
          totalCount: 5,
          remainingCount: 5,
          priceFen: 40_000,
        });
    }
  });
};

async function catalogByCode(tx: Parameters<typeof cards.listLevels>[0], pointId: string) {
  const rows = await packages.catalogCodes(tx, pointId);
  return { labor: new Map(rows.labor.map((l) => [l.code, l.id])), parts: new Map(rows.parts.map((p) => [p.partNo, p.id])) };
}
