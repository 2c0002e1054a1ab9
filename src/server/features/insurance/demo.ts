/**
 * Demo data of the insurance and loaner features at the demo station: three insurers with assessors, open cases in
 * every status (the later ones with 定损 versions, a 追加定损 waiting for the insurer, documents, receivables aged
 * 0–30, 31–60, 61–90 and > 90 days, payments), and loaner cars out, booked, returned and in maintenance.
 * Runs before the work-order history is made, so the demo cases carry no work order.
 */
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { DemoStep } from '../module.js';
import { laborOperations, loanerBookings, loanerCars, parts, vehicles } from '../../db/schema.js';
import { CASE_DOCUMENTS, type InsuranceCaseStatus } from '../../../domain/insurance/status.js';
import { WARRANTY_LOANER_REASON } from '../../../domain/loaners/booking.js';
import { addDays, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint } from '../service-points/index.js';
import * as repo from './insurance.repo.js';

const DAY = 86_400_000;
const INSURERS: [string, string, number, string[]][] = [
  ['中国人民财产保险', '95518', 30, ['王建国', '李海涛']],
  ['中国平安财产保险', '95511', 45, ['陈晓明', '周丽']],
  ['中国太平洋财产保险', '95500', 30, ['赵磊']],
];
/** status, days since registration, insurer index, invoiced days ago (receivable age), paid share */
const CASES: [InsuranceCaseStatus, number, number, number | null, number][] = [
  ['registered', 0, 0, null, 0],
  ['awaiting_assessment', 1, 1, null, 0],
  ['assessed', 2, 2, null, 0],
  ['in_repair', 4, 0, null, 0],
  ['supplement', 6, 1, null, 0],
  ['completed', 9, 0, null, 0],
  ['documents_submitted', 14, 0, 10, 0],
  ['documents_submitted', 50, 1, 45, 0.4],
  ['documents_submitted', 80, 2, 75, 0],
  ['documents_submitted', 130, 1, 120, 0.5],
  ['paid', 40, 0, 30, 1],
  ['closed', 70, 2, 60, 1],
  ['cancelled', 3, 1, null, 0],
];
const PLACES = ['工业园区星湖街与现代大道交叉口', '吴中区东环路', '高新区狮山路', '姑苏区人民路', '相城区阳澄湖大道'];

export const insuranceDemo: DemoStep = async ({ db, pointId, now }) => {
  const point = await findPoint(db, pointId);
  if (!point) return;
  const zone = usableTimeZone(point.timeZone);
  const cars = await db
    .select()
    .from(vehicles)
    .where(eq(vehicles.servicePointId, pointId))
    .orderBy(asc(vehicles.plate))
    .limit(CASES.length + 4);
  const ops = await db.select().from(laborOperations).where(eq(laborOperations.servicePointId, pointId)).orderBy(asc(laborOperations.code)).limit(3);
  const ps = await db.select().from(parts).where(eq(parts.servicePointId, pointId)).orderBy(asc(parts.partNo)).limit(4);
  if (cars.length < CASES.length || !ops.length || ps.length < 2) return;
  await db.transaction(async (tx) => {
    const insurers = [];
    for (const [name, phone, term, assessors] of INSURERS) {
      const ins = await repo.insertInsurer(tx, { servicePointId: pointId, name, contactPhone: phone, paymentTermDays: term });
      const as = [];
      for (const a of assessors) as.push(await repo.insertAssessor(tx, { insurerId: ins.id, servicePointId: pointId, name: a, phone: '' }));
      insurers.push({ ins, as });
    }
    const today = localDate(zone, now);
    for (const [i, [status, ageDays, insurerIx, invoicedAgo, paidShare]] of CASES.entries()) {
      const car = cars[i];
      const { ins, as } = insurers[insurerIx];
      const at = new Date(now.getTime() - ageDays * DAY);
      const stage = ['registered', 'awaiting_assessment', 'cancelled'].includes(status) ? 0 : 1;
      const laborFen = 40_000 + i * 3_000;
      const partsFen = 120_000 + i * 17_000;
      const receivable = invoicedAgo === null ? null : laborFen + partsFen - 20_000;
      const c = await repo.insertCase(tx, {
        servicePointId: pointId,
        number: await nextDocumentNumber(tx, point, 'insuranceCase', at),
        insurerId: ins.id,
        assessorId: as[0].id,
        customerId: car.customerId,
        vehicleId: car.id,
        status,
        policyNo: `PDAA${2026}${String(32050001 + i * 37)}`,
        reportNo: `RDAA${2026}${String(61010001 + i * 53)}`,
        accidentAt: new Date(at.getTime() - 3 * 3600_000),
        accidentPlace: PLACES[i % PLACES.length],
        partyKind: i % 3 === 0 ? 'single' : 'two',
        description: i % 3 === 0 ? '倒车撞到立柱,后保险杠受损' : '追尾,前保险杠和左前大灯受损',
        coversThirdParty: i % 4 === 1,
        thirdPartyPlate: i % 4 === 1 ? `苏E${String(80000 + i * 7).slice(0, 5)}` : null,
        thirdPartyOwner: i % 4 === 1 ? '三者车主' : null,
        directPay: true,
        deductibleFen: 20_000,
        documents: invoicedAgo !== null ? [...CASE_DOCUMENTS] : status === 'completed' ? ['assessment', 'owner_id', 'driving_licence'] : [],
        receivableFen: receivable,
        customerShareFen: receivable === null ? null : 20_000,
        invoicedOn: invoicedAgo === null ? null : addDays(today, -invoicedAgo),
        paidFen: receivable === null ? 0 : Math.round(receivable * paidShare),
        registeredByName: '曹明辉',
        closedAt: status === 'closed' || status === 'cancelled' ? now : null,
        createdAt: at,
        updatedAt: at,
      });
      if (stage) await demoAssessment(tx, c, 1, 'initial', at, [ops[0], ps[0]], laborFen, partsFen);
      if (status === 'supplement') await demoAssessment(tx, c, 2, 'supplement', now, [ps[1]], 0, 68_000);
      if (receivable && paidShare > 0)
        await repo.insertPayment(tx, {
          caseId: c.id,
          insurerId: ins.id,
          servicePointId: pointId,
          amountFen: Math.round(receivable * paidShare),
          receivedOn: addDays(today, -Math.max(0, (invoicedAgo ?? 0) - 20)),
          reference: `${ins.name.slice(2, 4)}-${1000 + i}`,
          recordedByName: '曹明辉',
        });
    }
    await demoLoaners(tx, pointId, cars.slice(CASES.length), now);
  });
};

async function demoAssessment(
  tx: Tx,
  c: repo.CaseRow,
  seq: number,
  kind: 'initial' | 'supplement',
  at: Date,
  items: ({ id: string; code: string; name: string; trade: string } | { id: string; partNo: string; name: string })[],
  laborFen: number,
  partsFen: number,
) {
  const a = await repo.insertAssessment(tx, {
    caseId: c.id,
    servicePointId: c.servicePointId,
    seq,
    kind,
    lossObject: 'own',
    assessorName: '王建国',
    salvageFen: kind === 'initial' ? 0 : 0,
    status: kind === 'initial' ? 'decided' : 'submitted',
    recordedByName: '黄志强',
    recordedAt: at,
    decidedAt: kind === 'initial' ? at : null,
  });
  await repo.insertLines(
    tx,
    items.map((it, i) =>
      'partNo' in it
        ? {
            assessmentId: a.id,
            servicePointId: c.servicePointId,
            kind: 'parts',
            partId: it.id,
            code: it.partNo,
            name: it.name,
            qtyMilli: 1000,
            unitPriceFen: partsFen,
            approved: kind === 'initial' ? true : null,
            sortOrder: i,
          }
        : {
            assessmentId: a.id,
            servicePointId: c.servicePointId,
            kind: 'labor',
            laborOperationId: it.id,
            code: it.code,
            name: it.name,
            trade: it.trade,
            qtyMilli: 2000,
            unitPriceFen: laborFen / 2,
            approved: true,
            sortOrder: i,
          },
    ),
  );
}

/** Four loaners: one out for a 三包 repair, one booked for tomorrow, one back from a customer's use, one in maintenance. */
async function demoLoaners(tx: Tx, pointId: string, cars: (typeof vehicles.$inferSelect)[], now: Date) {
  const fleet = [];
  for (const [plate, model, rate, state] of [
    ['苏E5D101', '朗逸 1.5L 自动', 18_000, 'out'],
    ['苏E5D102', '朗逸 1.5L 自动', 18_000, 'available'],
    ['苏E5D103', '帕萨特 330TSI', 30_000, 'available'],
    ['苏E5D104', '途岳 280TSI', 25_000, 'maintenance'],
  ] as const)
    fleet.push((await tx.insert(loanerCars).values({ servicePointId: pointId, plate, model, dailyRateFen: rate, mileageKm: 12_000, state }).returning())[0]);
  if (cars.length < 3) return;
  const b = (
    o: Partial<typeof loanerBookings.$inferInsert> &
      Pick<typeof loanerBookings.$inferInsert, 'loanerId' | 'customerId' | 'startAt' | 'endAt' | 'status' | 'chargeTo'>,
  ) => tx.insert(loanerBookings).values({ servicePointId: pointId, bookedByName: '黄志强', ...o });
  await b({
    loanerId: fleet[0].id,
    customerId: cars[0].customerId,
    startAt: new Date(now.getTime() - 2 * DAY),
    endAt: new Date(now.getTime() + 3 * DAY),
    status: 'out',
    chargeTo: 'warranty',
    reason: WARRANTY_LOANER_REASON,
    handedOutAt: new Date(now.getTime() - 2 * DAY),
    mileageOut: 12_000,
    fuelOutPct: 75,
    damageOut: '',
  });
  await b({
    loanerId: fleet[1].id,
    customerId: cars[1].customerId,
    startAt: new Date(now.getTime() + DAY),
    endAt: new Date(now.getTime() + 4 * DAY),
    status: 'booked',
    chargeTo: 'insurance',
    reason: '事故车维修期间代步',
  });
  await b({
    loanerId: fleet[2].id,
    customerId: cars[2].customerId,
    startAt: new Date(now.getTime() - 9 * DAY),
    endAt: new Date(now.getTime() - 6 * DAY),
    status: 'returned',
    chargeTo: 'customer',
    handedOutAt: new Date(now.getTime() - 9 * DAY),
    mileageOut: 11_820,
    fuelOutPct: 80,
    damageOut: '',
    returnedAt: new Date(now.getTime() - 6 * DAY - 3600_000),
    mileageIn: 12_000,
    fuelInPct: 60,
    damageIn: '',
    days: 3,
    costFen: 90_000,
  });
}
