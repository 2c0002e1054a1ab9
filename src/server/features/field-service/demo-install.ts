/**
 * Installation demo for the equipment-manufacturer template: the install checklist and commissioning measurements of
 * each product, two new units sold — one install in progress (a measurement still out of range), one accepted by
 * the customer with a signature (the warranty started that day). Maintenance: a service contract's own monthly plan,
 * a unit plan, and maintenance visits done, overdue (planned date passed, not done) and coming.
 */
import type { Db } from '../../db/client.js';
import { warrantyEnd } from '../../../domain/field/units.js';
import { addDays, atLocalTime, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint } from '../service-points/index.js';
import * as repo from './field.repo.js';
import * as irepo from './install.repo.js';
import { createVisitInTx } from './requests.service.js';

/** A customer's signature (a small PNG) for the accepted demo install. */
const DEMO_SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const TEMPLATES: Record<
  string,
  { checklist: { label: string; required: boolean }[]; measurements: { name: string; unit: string; min: number | null; max: number | null }[] }
> = {
  冷柜: {
    checklist: [
      { label: '设备就位、水平调整', required: true },
      { label: '电源与接地检查', required: true },
      { label: '门封密闭检查', required: true },
      { label: '向客户讲解日常清洁与除霜', required: false },
    ],
    measurements: [
      { name: '电源电压', unit: 'V', min: 198, max: 242 },
      { name: '运行电流', unit: 'A', min: null, max: 6.5 },
      { name: '冷藏室 2 小时温度', unit: '℃', min: 0, max: 5 },
    ],
  },
  蒸烤箱: {
    checklist: [
      { label: '设备就位、水平调整', required: true },
      { label: '进水、排水与软水器连接', required: true },
      { label: '排烟与通风检查', required: true },
      { label: '电源与接地检查', required: true },
    ],
    measurements: [
      { name: '电源电压(三相)', unit: 'V', min: 360, max: 420 },
      { name: '进水压力', unit: 'kPa', min: 150, max: 600 },
      { name: '蒸汽模式腔体温度', unit: '℃', min: 96, max: 102 },
    ],
  },
  洗碗机: {
    checklist: [
      { label: '进水、排水连接', required: true },
      { label: '洗涤剂与催干剂泵调试', required: true },
      { label: '电源与接地检查', required: true },
    ],
    measurements: [
      { name: '洗涤水温', unit: '℃', min: 55, max: 65 },
      { name: '漂洗水温', unit: '℃', min: 82, max: 90 },
    ],
  },
};

export async function seedDemoInstall(db: Db, pointId: string, templateKey: string, now: Date) {
  if (templateKey !== 'equipment-manufacturer') return;
  await db.transaction(async (tx) => {
    const point = (await findPoint(tx, pointId))!;
    const tz = usableTimeZone(point.timeZone);
    const today = localDate(tz, now);
    const products = await repo.listProducts(tx, [pointId]);
    for (const p of products) {
      const t = TEMPLATES[p.requiredSkill];
      if (t) await irepo.insertTemplate(tx, { servicePointId: pointId, productId: p.id, ...t });
    }
    const engineer = (await repo.listEngineers(tx, [pointId])).find((e) => e.name === '覃光明');
    const fridge = products.find((p) => p.requiredSkill === '冷柜');
    const oven = products.find((p) => p.requiredSkill === '蒸烤箱');
    if (!fridge || !oven) return;
    const newUnit = (p: repo.ProductRow, serial: string, customer: string, soldDaysAgo: number) =>
      repo.insertUnit(tx, {
        servicePointId: pointId,
        productId: p.id,
        serial,
        customerName: customer,
        customerPhone: '13926907766',
        siteName: '新建中央厨房',
        siteAddress: '广东省珠海市香洲区九洲大道中 1083 号',
        regionCode: '440402',
        lat: 22.2559,
        lng: 113.5676,
        soldOn: addDays(today, -soldDaysAgo),
      });
    const checklistOf = (p: repo.ProductRow, done: (i: number) => boolean) =>
      TEMPLATES[p.requiredSkill].checklist.map((c, i) => ({ ...c, done: done(i), note: null }));

    // Accepted three days ago: the warranty runs from the acceptance.
    const accepted = await newUnit(oven, 'ZK10009001', '珠海九洲港餐饮管理有限公司', 20);
    const acceptedOn = addDays(today, -3);
    const acceptedAt = atLocalTime(tz, acceptedOn, '16:30');
    await irepo.insertOrder(tx, {
      servicePointId: pointId,
      number: await nextDocumentNumber(tx, point, 'fieldInstall', atLocalTime(tz, addDays(today, -5), '09:00')),
      unitId: accepted.id,
      status: 'accepted',
      plannedDate: acceptedOn,
      engineerId: engineer?.id ?? null,
      checklist: checklistOf(oven, () => true),
      measurements: TEMPLATES[oven.requiredSkill].measurements.map((m, i) => ({ ...m, value: [385, 320, 99][i] ?? null })),
      commissionedAt: new Date(acceptedAt.getTime() - 40 * 60_000),
      acceptedAt,
      acceptedByName: '行政总厨 梁志坚',
      signature: DEMO_SIGNATURE,
      warrantyStart: acceptedOn,
    });
    await repo.updateUnit(
      tx,
      accepted.id,
      { installedOn: acceptedOn, warrantyStart: acceptedOn, warrantyEnd: warrantyEnd(acceptedOn, oven.warrantyMonths) },
      now,
    );

    // In progress today: two items ticked, the cold-room temperature still above range.
    const inProgress = await newUnit(fridge, 'KX800009002', '珠海九洲港餐饮管理有限公司', 6);
    await irepo.insertOrder(tx, {
      servicePointId: pointId,
      number: await nextDocumentNumber(tx, point, 'fieldInstall', atLocalTime(tz, addDays(today, -1), '10:00')),
      unitId: inProgress.id,
      status: 'in_progress',
      plannedDate: today,
      engineerId: engineer?.id ?? null,
      checklist: checklistOf(fridge, (i) => i < 2),
      measurements: TEMPLATES[fridge.requiredSkill].measurements.map((m, i) => ({ ...m, value: [221, 4.2, 7.5][i] ?? null })),
    });

    // Preventive maintenance: the contract FW-2026-001 carries a monthly plan for a year; one unit its own plan.
    await irepo.insertPlan(tx, {
      servicePointId: pointId,
      scope: 'contract',
      contractNo: 'FW-2026-001',
      intervalMonths: 1,
      warrantyOnly: false,
      endsOn: addDays(today, 365),
      note: '年度服务合同:每月巡检保养',
    });
    const units = (await repo.searchUnits(tx, { pointIds: [pointId] })).filter((u) => u.warrantyStart);
    if (units[1]) await irepo.insertPlan(tx, { servicePointId: pointId, scope: 'unit', unitId: units[1].id, intervalMonths: 1, note: '高负荷使用,每月保养' });
    // Visits: one done ten days ago, two overdue (planned 3 and 8 days ago, not done).
    for (const [k, days, status] of [
      [2, -10, 'done'],
      [3, -8, 'open'],
      [4, -3, 'assigned'],
    ] as const) {
      const unit = units[k];
      if (!unit) continue;
      const v = await createVisitInTx(tx, {
        unit,
        kind: 'maintenance',
        plannedDate: addDays(today, days),
        requestId: null,
        deadlineFrom: null,
        at: now,
        actor: null,
      });
      const arrive = atLocalTime(tz, addDays(today, days), '10:00');
      await repo.updateVisit(
        tx,
        v.id,
        v.version,
        status === 'done'
          ? {
              status,
              engineerId: engineer?.id ?? null,
              routeOrder: 1,
              checkInAt: arrive,
              checkInGeo: 'ok',
              checkOutAt: new Date(arrive.getTime() + 60 * 60_000),
              checkOutGeo: 'ok',
              report: '例行保养:清洗冷凝器、检查门封与温控',
              resolved: true,
            }
          : { status, engineerId: status === 'assigned' ? (engineer?.id ?? null) : null, routeOrder: status === 'assigned' ? 1 : null },
        now,
      );
    }
  });
}
