/**
 * Demo data of the claims area (after the demo network exists): the manufacturer's catalog and settings at OEM-HQ,
 * and for ST-0001 and ST-0002 a month of claims in every status, each from its own settled warranty order (written
 * directly: the demo's repair history has no warranty orders); an October statement with its settled claims, a
 * received return batch with a missing part, and a supplier recovery claim. hq-claims reviews them.
 */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  claimFaultCodes,
  claimLaborCodes,
  claimParts,
  claimSettings,
  claimStatements,
  componentSuppliers,
  customers,
  oldPartBatches,
  supplierClaims,
  vehicles,
  warrantyClaimLines,
  warrantyClaims,
  workOrderLines,
  workOrders,
} from '../../db/schema.js';
import { claimAmount, DEFAULT_CLAIM_SETTINGS, laborLineFen, partLineFen } from '../../../domain/claims/amount.js';
import type { ClaimStatus } from '../../../domain/claims/status.js';
import { tagNumberOf } from '../../../domain/claims/old-parts.js';
import { vinCheckDigit } from '../../../domain/identifiers/vin.js';
import type { DemoStep } from '../module.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPointByCode } from '../service-points/index.js';
import { claimsReviewDemo } from './claims.demo-review.js';
import { recomputeTotals } from '../work-orders/index.js';

const DAY = 86_400_000;
const FAULTS = [
  { code: 'BR-001', nameZh: '制动异响', models: [] as string[] },
  { code: 'EN-101', nameZh: '发动机漏油', models: [] },
  { code: 'EL-201', nameZh: '车窗升降器失效', models: [] },
];
const LABOR = [
  { code: 'WL-BR01', nameZh: '更换前制动片', hoursMilli: 1500, faultCodes: ['BR-001'], models: ['朗逸', '帕萨特'] },
  { code: 'WL-EN11', nameZh: '更换气门室盖垫', hoursMilli: 2000, faultCodes: ['EN-101'], models: [] },
  { code: 'WL-EL21', nameZh: '更换左前车窗升降器', hoursMilli: 1200, faultCodes: ['EL-201'], models: [] },
];
const PARTS = [
  { partNo: 'OEM-BRP-01', name: '前制动片总成', priceFen: 42_000, supplier: 'SUP-BOSCH' },
  { partNo: 'OEM-VCG-02', name: '气门室盖垫', priceFen: 9_800, supplier: 'SUP-ELRING' },
  { partNo: 'OEM-WRG-03', name: '车窗升降器', priceFen: 36_500, supplier: 'SUP-BROSE' },
];
const SUPPLIERS = [
  { code: 'SUP-BOSCH', name: '博世汽车部件(苏州)有限公司' },
  { code: 'SUP-ELRING', name: '爱尔铃克铃尔(中国)' },
  { code: 'SUP-BROSE', name: '博泽汽车部件(长春)有限公司' },
];
/** Per station: the status, days since the order's completion, which fault. */
const PLAN: { status: ClaimStatus; daysAgo: number; fault: number; missing?: boolean }[] = [
  { status: 'settled', daysAgo: 45, fault: 0 },
  { status: 'settled', daysAgo: 40, fault: 2, missing: true },
  { status: 'approved', daysAgo: 20, fault: 1 },
  { status: 'approved', daysAgo: 14, fault: 0 },
  { status: 'reviewing', daysAgo: 9, fault: 2 },
  { status: 'submitted', daysAgo: 5, fault: 1 },
  { status: 'submitted', daysAgo: 3, fault: 0 },
  { status: 'returned', daysAgo: 12, fault: 2 },
  { status: 'rejected', daysAgo: 18, fault: 1 },
  { status: 'draft', daysAgo: 2, fault: 0 },
];

const vinOf = (base16: string) => `${base16.slice(0, 8)}${vinCheckDigit(`${base16.slice(0, 8)}0${base16.slice(8)}`)}${base16.slice(8)}`;

export const claimsDemo: DemoStep = async ({ db, now }) => {
  const [hq, s1, s2] = await Promise.all([findPointByCode(db, 'OEM-HQ'), findPointByCode(db, 'ST-0001'), findPointByCode(db, 'ST-0002')]);
  if (!hq || !s1 || !s2) return;
  await db.transaction(async (tx) => {
    const settings = DEFAULT_CLAIM_SETTINGS;
    await tx.insert(claimSettings).values({ servicePointId: hq.id, ...settings });
    await tx.insert(claimFaultCodes).values(FAULTS.map((f) => ({ ...f, servicePointId: hq.id })));
    await tx.insert(claimLaborCodes).values(LABOR.map((l) => ({ ...l, servicePointId: hq.id })));
    const suppliers = await tx
      .insert(componentSuppliers)
      .values(SUPPLIERS.map((s) => ({ ...s, servicePointId: hq.id })))
      .returning();
    const supplierOf = (code: string) => suppliers.find((s) => s.code === code)!.id;
    await tx
      .insert(claimParts)
      .values(PARTS.map((p) => ({ partNo: p.partNo, name: p.name, models: [], needsReturn: true, supplierId: supplierOf(p.supplier), servicePointId: hq.id })));
    for (const [si, point] of [s1, s2].entries()) await stationClaims(tx, point, si, now, supplierOf);
    await claimsReviewDemo(tx, s1, now);
  });
};

async function stationClaims(tx: Tx | Db, point: { id: string; timeZone: string; code: string }, si: number, now: Date, supplierOf: (code: string) => string) {
  const s = DEFAULT_CLAIM_SETTINGS;
  const [customer] = await tx
    .insert(customers)
    .values({ servicePointId: point.id, kind: 'person', name: si ? '周晓峰' : '陈立新', phone: si ? '13962158830' : '13816624471' })
    .returning();
  const october = new Date(now.getTime() - 35 * DAY);
  const month = october.toISOString().slice(0, 7);
  let statementId: string | null = null;
  const missingLines: string[] = [];
  const settledIds: string[] = [];
  let settledFen = 0;
  let batchId: string | null = null;
  for (const [i, p] of PLAN.entries()) {
    const completedAt = new Date(now.getTime() - p.daysAgo * DAY);
    const fault = FAULTS[p.fault];
    const labor = LABOR[p.fault];
    const part = PARTS[p.fault];
    const [vehicle] = await tx
      .insert(vehicles)
      .values({
        servicePointId: point.id,
        customerId: customer.id,
        vin: vinOf(`LSVAC2${si}${String(i).padStart(2, '0')}M2${String(100_000 + i * 37 + si * 500).slice(0, 6)}`.slice(0, 16).padEnd(16, '0')),
        plate: `${si ? '苏E' : '沪A'}W${String(3100 + i)}${si}`,
        brand: '上汽大众',
        model: i % 2 ? '帕萨特' : '朗逸',
        modelFamily: i % 2 ? '帕萨特' : '朗逸',
        mileageKm: 18_000 + i * 2300,
        purchasedOn: '2024-05-20',
        warrantyUntil: '2027-05-19',
        warrantyKm: 100_000,
      })
      .returning();
    const [order] = await tx
      .insert(workOrders)
      .values({
        servicePointId: point.id,
        number: await nextDocumentNumber(tx as Tx, point, 'workOrder', completedAt),
        type: 'warranty',
        status: 'delivered',
        customerId: customer.id,
        vehicleId: vehicle.id,
        receivedAt: new Date(completedAt.getTime() - 6 * 3600_000),
        mileageIn: vehicle.mileageKm,
        preCheck: { damageMarks: [], valuables: '', warningLights: [], notes: '' },
        concerns: fault.nameZh,
        diagnosis: `${part.name}故障,属质量问题`,
        confirmedAt: new Date(completedAt.getTime() - 5 * 3600_000),
        completedAt,
        deliveredAt: new Date(completedAt.getTime() + 3600_000),
      })
      .returning();
    await tx.insert(workOrderLines).values([
      {
        workOrderId: order.id,
        servicePointId: point.id,
        kind: 'labor',
        code: labor.code,
        name: labor.nameZh,
        hoursMilli: labor.hoursMilli,
        rateFen: s.laborRateFen,
        payer: 'warranty',
      },
      {
        workOrderId: order.id,
        servicePointId: point.id,
        kind: 'parts',
        code: part.partNo,
        name: part.name,
        qtyMilli: 1000,
        unitPriceFen: part.priceFen,
        payer: 'warranty',
        sortOrder: 1,
      },
    ]);
    await recomputeTotals(tx as Tx, [order.id]);
    const amount = claimAmount({ labor: [{ hoursMilli: labor.hoursMilli }], parts: [{ qtyMilli: 1000, unitPriceFen: part.priceFen }], otherCostFen: 0 }, s);
    const number = await nextDocumentNumber(tx as Tx, point, 'warrantyClaim', completedAt);
    const decided = ['approved', 'rejected', 'returned', 'settled'].includes(p.status);
    if (p.status === 'settled' && !statementId) {
      const [st] = await tx
        .insert(claimStatements)
        .values({
          servicePointId: point.id,
          number: await nextDocumentNumber(tx as Tx, point, 'claimStatement', now),
          month,
          claimCount: 0,
          claimsFen: 0,
          deductionFen: 0,
          payableFen: 0,
          createdByName: '陆明轩',
        })
        .returning();
      statementId = st.id;
      const [b] = await tx
        .insert(oldPartBatches)
        .values({
          servicePointId: point.id,
          number: await nextDocumentNumber(tx as Tx, point, 'oldPartBatch', now),
          month,
          status: 'received',
          shippedByName: '马俊杰',
          shippedAt: new Date(now.getTime() - 30 * DAY),
          receivedByName: '陆明轩',
          receivedAt: new Date(now.getTime() - 25 * DAY),
        })
        .returning();
      batchId = b.id;
    }
    const [claim] = await tx
      .insert(warrantyClaims)
      .values({
        servicePointId: point.id,
        number,
        workOrderId: order.id,
        vehicleId: vehicle.id,
        vin: vehicle.vin,
        model: vehicle.model,
        status: p.status,
        faultCode: fault.code,
        faultDescription: `${fault.nameZh};${part.name}故障`,
        causePartNo: part.partNo,
        mileageKm: vehicle.mileageKm,
        completedAt,
        laborFen: amount.laborFen,
        partsFen: amount.partsFen,
        amountFen: amount.totalFen,
        approvedFen: p.status === 'approved' || p.status === 'settled' ? amount.totalFen : null,
        preChecks: p.status === 'draft' ? null : [],
        submittedAt: p.status === 'draft' ? null : new Date(completedAt.getTime() + DAY),
        submittedByName: p.status === 'draft' ? null : '马俊杰',
        submitCount: p.status === 'draft' ? 0 : 1,
        reviewerName: decided || p.status === 'reviewing' ? '陆明轩' : null,
        decidedAt: decided ? new Date(completedAt.getTime() + 3 * DAY) : null,
        decisionReason: p.status === 'rejected' ? '属于用户使用不当,非质量问题' : p.status === 'returned' ? '请补充故障部位照片' : '',
        statementId: p.status === 'settled' ? statementId : null,
      })
      .returning();
    const returnStatus = p.status === 'settled' ? (p.missing ? 'missing' : 'returned') : p.status === 'approved' ? 'due' : 'not_required';
    const [, partLine] = await tx
      .insert(warrantyClaimLines)
      .values([
        {
          claimId: claim.id,
          servicePointId: point.id,
          lineNo: 1,
          kind: 'labor',
          code: labor.code,
          name: labor.nameZh,
          hoursMilli: labor.hoursMilli,
          amountFen: laborLineFen(labor, s),
        },
        {
          claimId: claim.id,
          servicePointId: point.id,
          lineNo: 2,
          kind: 'parts',
          code: part.partNo,
          name: part.name,
          qtyMilli: 1000,
          unitPriceFen: part.priceFen,
          amountFen: partLineFen({ qtyMilli: 1000, unitPriceFen: part.priceFen }, s),
          needsReturn: true,
          tagNo: tagNumberOf(number, 2),
          returnStatus,
          batchId: p.status === 'settled' ? batchId : null,
          inspectionNote: p.status === 'settled' && !p.missing ? '磨损与故障描述一致' : '',
          supplierId: supplierOf(part.supplier),
          deductedStatementId: p.missing ? statementId : null,
        },
      ])
      .returning();
    if (p.missing) missingLines.push(partLine.id);
    if (p.status === 'settled') {
      settledIds.push(claim.id);
      settledFen += amount.totalFen;
      if (!p.missing && si === 0) {
        const hq = (await findPointByCode(tx, 'OEM-HQ'))!;
        const [sc] = await tx
          .insert(supplierClaims)
          .values({
            servicePointId: hq.id,
            number: await nextDocumentNumber(tx as Tx, hq, 'supplierClaim', now),
            supplierId: supplierOf(part.supplier),
            status: 'partly_accepted',
            claimedFen: partLine.amountFen,
            recoveredFen: Math.round(partLine.amountFen * 0.8),
            sentAt: new Date(now.getTime() - 20 * DAY),
            decidedAt: new Date(now.getTime() - 10 * DAY),
          })
          .returning();
        await tx.update(warrantyClaimLines).set({ supplierClaimId: sc.id }).where(eq(warrantyClaimLines.id, partLine.id));
      }
    }
  }
  if (statementId) {
    const deduction = partLineFen({ qtyMilli: 1000, unitPriceFen: PARTS[2].priceFen }, s) * missingLines.length;
    await tx
      .update(claimStatements)
      .set({ claimCount: settledIds.length, claimsFen: settledFen, deductionFen: deduction, payableFen: settledFen - deduction })
      .where(eq(claimStatements.id, statementId));
  }
}
