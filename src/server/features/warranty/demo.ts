/**
 * Warranty demo data: the manufacturer's policies per demo model family at OEM-HQ; a car at ST-0001 close to a 三包
 * threshold (3 repairs of one problem, 27 repair days) with its warnings sent; a recall half done across ST-0001,
 * ST-0002 and ST-0003.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { campaignVins, campaigns, vehicles, warrantyRepairFacts, workOrders } from '../../db/schema.js';
import type { DemoStep } from '../module.js';
import type { WarrantyPolicy } from '../../../domain/warranty/coverage.js';
import { vinCheckDigit } from '../../../domain/identifiers/vin.js';
import { addDays, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { findPointByCode, findPoint } from '../service-points/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { insertPolicy } from './policies.repo.js';
import { insertCampaign, insertVins } from './campaigns.repo.js';
import { sendWatchNotices } from './watch.service.js';

const DAY = 86_400_000;
const ICE: Omit<WarrantyPolicy, 'modelFamily'> = {
  baoxiu: { months: 36, km: 100_000 },
  sanbao: { months: 24, km: 50_000 },
  mainParts: [
    { system: 'engine', partNos: ['06K*', '04E*'] },
    { system: 'engine', partNos: ['06K100033*'], assembly: true },
    { system: 'gearbox', partNos: ['0CW*', '0DE*'] },
    { system: 'steering', partNos: ['5Q1423*'] },
    { system: 'brakes', partNos: ['5Q0615*'] },
    { system: 'suspension', partNos: ['5Q0407*'] },
  ],
  specialParts: [{ partNo: '5Q0953*', nameZh: '防盗系统', months: 24, km: 50_000 }],
  wearParts: [
    { partNo: '5Q0698*', nameZh: '制动片', months: 6, km: 10_000 },
    { partNo: '5G1955*', nameZh: '雨刮片', months: 3, km: 5_000 },
    { partNo: '101905*', nameZh: '火花塞', months: 6, km: 10_000 },
  ],
  usageCoefficientBp: 50,
};
const EV: Omit<WarrantyPolicy, 'modelFamily'> = {
  ...ICE,
  baoxiu: { months: 96, km: 150_000 },
  mainParts: [
    { system: 'battery', partNos: ['1EA915*'] },
    { system: 'battery', partNos: ['1EA915105'], assembly: true },
    { system: 'motor', partNos: ['1EA907*', '0MA*'] },
    { system: 'steering', partNos: ['5Q1423*'] },
    { system: 'brakes', partNos: ['5Q0615*'] },
  ],
  usageCoefficientBp: 40,
};
const FAMILIES: [string, Omit<WarrantyPolicy, 'modelFamily'>][] = [
  ['朗逸', ICE],
  ['帕萨特', ICE],
  ['途观', ICE],
  ['途岳', ICE],
  ['凌渡', ICE],
  ['ID.4', EV],
  ['ID.3', EV],
];

/** Deterministic VINs for the campaign's cars at the other stations. */
const demoVin = (prefix: string, i: number) => {
  const draft = `${prefix}0${String(i).padStart(8, '0')}`;
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
};

export const warrantyDemo: DemoStep = async ({ db, pointId, templateKey, now }) => {
  if (templateKey !== 'auto-dealership') return;
  const hq = await findPointByCode(db, 'OEM-HQ');
  const station = await findPoint(db, pointId);
  if (!hq || !station) return;
  const s2 = await findPointByCode(db, 'ST-0002');
  const s3 = await findPointByCode(db, 'ST-0003');
  await db.transaction(async (tx) => {
    for (const [family, terms] of FAMILIES) await insertPolicy(tx, { servicePointId: hq.id, modelFamily: family, terms });
    await carNearThreshold(tx, station, now);
    await halfDoneRecall(tx, hq, [station, ...(s2 ? [s2] : []), ...(s3 ? [s3] : [])], now);
  });
};

/** A 朗逸 delivered ten months ago, in three times for the same misfire: 27 repair days, the 3rd repair of one problem. */
async function carNearThreshold(tx: Tx, station: { id: string; timeZone: string }, now: Date) {
  const tz = usableTimeZone(station.timeZone);
  const [car] = await tx
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.servicePointId, station.id), eq(vehicles.modelFamily, '朗逸')))
    .orderBy(asc(vehicles.vin))
    .limit(1);
  if (!car) return;
  const today = localDate(tz, now);
  await tx
    .update(vehicles)
    .set({ invoicedOn: addDays(today, -305), deliveredOn: addDays(today, -300), purchasedOn: addDays(today, -305), mileageKm: 14_800 })
    .where(eq(vehicles.id, car.id));
  let last: typeof workOrders.$inferSelect | undefined;
  for (const [i, [ago, days, km]] of [
    [200, 9, 6_200],
    [120, 9, 9_800],
    [40, 9, 13_900],
  ].entries()) {
    const confirmedAt = new Date(now.getTime() - ago * DAY);
    const [row] = await tx
      .insert(workOrders)
      .values({
        servicePointId: station.id,
        number: await nextDocumentNumber(tx, station, 'workOrder', confirmedAt),
        type: 'warranty',
        status: 'closed',
        customerId: car.customerId,
        vehicleId: car.id,
        receivedAt: new Date(confirmedAt.getTime() - 30 * 60_000),
        mileageIn: km,
        preCheck: { damageMarks: [], valuables: '', warningLights: ['发动机故障灯'], notes: '' },
        concerns: i === 0 ? '怠速抖动,发动机故障灯亮' : '发动机抖动再次出现,故障灯亮',
        diagnosis: '一缸失火(P0301),点火线圈/喷油器检查',
        repairCategory: 'special',
        confirmedAt,
        completedAt: new Date(confirmedAt.getTime() + (days * 24 - 2) * 3_600_000),
        deliveredAt: new Date(confirmedAt.getTime() + days * 24 * 3_600_000),
      })
      .returning();
    await tx.insert(warrantyRepairFacts).values({
      workOrderId: row.id,
      servicePointId: station.id,
      vehicleId: car.id,
      problemCode: 'P0301',
      problemZh: '发动机一缸失火',
      safetyFault: false,
      excludedHours: 0,
    });
    last = row;
  }
  if (last) await sendWatchNotices(tx, last, now);
}

/** A fuel-pump recall of 90 cars, 30 per station, half of each station's done. */
async function halfDoneRecall(tx: Tx, hq: { id: string; timeZone: string }, stations: { id: string; code: string }[], now: Date) {
  const tz = usableTimeZone(hq.timeZone);
  const today = localDate(tz, now);
  const campaign = await insertCampaign(tx, {
    servicePointId: hq.id,
    number: await nextDocumentNumber(tx, hq, 'campaign', now),
    kind: 'recall',
    title: '朗逸/途岳 燃油泵召回',
    description: '部分车辆燃油泵叶轮可能变形导致发动机熄火,免费更换改进型燃油泵。',
    laborCode: 'RC-2026-01',
    laborHoursMilli: 1_200,
    parts: [{ partNo: '5Q0919051', nameZh: '燃油泵总成(改进型)', qty: 1 }],
    startsOn: addDays(today, -60),
    endsOn: addDays(today, 240),
  });
  const rows: { vin: string; stationId: string; doneAt?: Date; donePointId?: string }[] = [];
  for (const [k, st] of stations.entries()) {
    const own =
      k === 0 ? await tx.select({ vin: vehicles.vin }).from(vehicles).where(eq(vehicles.servicePointId, st.id)).orderBy(asc(vehicles.vin)).limit(30) : [];
    const list = own.length ? own.map((v) => v.vin) : Array.from({ length: 30 }, (_, i) => demoVin(`LSVCD${k}A2`, i + 1));
    list.forEach((vin, i) =>
      rows.push({
        vin,
        stationId: st.id,
        ...(i % 2 === 1 && { doneAt: new Date(now.getTime() - (i + 1) * DAY), donePointId: st.id }),
      }),
    );
  }
  await insertVins(tx, campaign.id, hq.id, rows);
  for (const r of rows)
    if (r.doneAt)
      await tx
        .update(campaignVins)
        .set({ doneAt: r.doneAt, donePointId: r.donePointId })
        .where(and(eq(campaignVins.campaignId, campaign.id), eq(campaignVins.vin, r.vin)));
  const done = rows.filter((r) => r.doneAt).length;
  await tx.update(campaigns).set({ vinCount: rows.length, doneCount: done }).where(eq(campaigns.id, campaign.id));
}
