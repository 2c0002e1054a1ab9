/**
 * The monthly claim settlement statement (索赔结算单) of a station: approved claims up to the month's end (in the
 * station's zone) not yet settled, less missing old parts received by then. The station previews what it will be
 * paid; the manufacturer (claims.review) issues it once per month, which settles the claims (结算).
 */

import { newWorkbook } from '../../lib/xlsx.js';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { ClaimStatement, StatementCreate } from '../../../contracts/claims.js';
import { monthBounds, statementTotals } from '../../../domain/claims/settlement.js';
import { dayRange, localDate } from '../../../domain/time/index.js';
import { AppError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import { approvedUnsettled } from './claims.repo.js';
import * as repo from './old-parts.repo.js';

export function createStatementsService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function compute(q: Db | Tx, point: { id: string; nameZh: string; timeZone: string }, month: string): Promise<ClaimStatement> {
    const stored = await repo.findStatement(q, point.id, month);
    const base = { servicePointId: point.id, stationName: point.nameZh, month };
    if (stored) {
      const [claims, deductions] = await Promise.all([repo.claimsOfStatement(q, stored.id), repo.deductionsOfStatement(q, stored.id)]);
      return {
        ...base,
        id: stored.id,
        number: stored.number,
        claimCount: stored.claimCount,
        claimsFen: stored.claimsFen,
        deductionFen: stored.deductionFen,
        payableFen: stored.payableFen,
        claims: claims.map((c) => ({ id: c.id, number: c.number, vin: c.vin, decidedAt: c.decidedAt?.toISOString() ?? null, approvedFen: c.approvedFen ?? 0 })),
        deductions: deductions.map((d) => ({
          lineId: d.line.id,
          claimNumber: d.claimNumber,
          tagNo: d.line.tagNo,
          name: d.line.name,
          amountFen: d.line.amountFen,
        })),
        createdAt: stored.createdAt.toISOString(),
      };
    }
    const end = dayRange(point.timeZone, monthBounds(month).to).start;
    const [claims, missing] = await Promise.all([approvedUnsettled(q, point.id, end), repo.undeductedMissing(q, point.id, end)]);
    const totals = statementTotals(
      claims.map((c) => ({ approvedFen: c.approvedFen ?? 0 })),
      missing.map((m) => ({ amountFen: m.line.amountFen })),
    );
    return {
      ...base,
      id: null,
      number: null,
      ...totals,
      claims: claims.map((c) => ({ id: c.id, number: c.number, vin: c.vin, decidedAt: c.decidedAt?.toISOString() ?? null, approvedFen: c.approvedFen ?? 0 })),
      deductions: missing.map((d) => ({ lineId: d.line.id, claimNumber: d.claimNumber, tagNo: d.line.tagNo, name: d.line.name, amountFen: d.line.amountFen })),
      createdAt: null,
    };
  }

  return {
    /** The statement of a station and month: the issued one, or a preview of what it will be. */
    async get(actor: Actor, f: { servicePointId: string; month: string }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      return compute(db, point, f.month);
    },
    /** The statement and the station's zone for the printout. */
    async printData(actor: Actor, f: { servicePointId: string; month: string }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      return { statement: await compute(db, point, f.month), timeZone: point.timeZone };
    },
    async list(actor: Actor) {
      const points = await listPointsUnder(db, actor.pointPath);
      const names = new Map(points.map((p) => [p.id, p.nameZh]));
      return (
        await repo.statementsOf(
          db,
          points.map((p) => p.id),
        )
      ).map((s) => ({
        id: s.id,
        number: s.number,
        servicePointId: s.servicePointId,
        stationName: names.get(s.servicePointId) ?? '',
        month: s.month,
        claimCount: s.claimCount,
        claimsFen: s.claimsFen,
        deductionFen: s.deductionFen,
        payableFen: s.payableFen,
        createdAt: s.createdAt.toISOString(),
      }));
    },
    /** Issue the month's statement (once; a month not over yet cannot be issued): its claims become 结算. */
    async create(actor: Actor, input: StatementCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        if (point.id === actor.servicePointId && !actor.isSuperuser) throw new AppError('BUSINESS_RULE', '服务站不能给自己出具索赔结算单');
        const today = localDate(point.timeZone, now());
        if (monthBounds(input.month).to > today) throw new AppError('BUSINESS_RULE', '该月尚未结束,不能结算', [{ path: 'month', message: '月份未结束' }]);
        if (await repo.findStatement(tx, point.id, input.month)) throw new AppError('CONFLICT', '该月结算单已出具', [{ path: 'month', message: '已出具' }]);
        const preview = await compute(tx, point, input.month);
        const at = now();
        const s = await repo.insertStatement(tx, {
          servicePointId: point.id,
          number: await nextDocumentNumber(tx, point, 'claimStatement', at),
          month: input.month,
          claimCount: preview.claimCount,
          claimsFen: preview.claimsFen,
          deductionFen: preview.deductionFen,
          payableFen: preview.payableFen,
          createdByName: actor.displayName,
        });
        const settled = await repo.settleClaims(
          tx,
          preview.claims.map((c) => c.id),
          s.id,
          at,
        );
        if (settled.length !== preview.claims.length) throw new AppError('CONFLICT', '有索赔单状态已变化,请重试');
        await repo.setLinesWhere(
          tx,
          preview.deductions.map((d) => d.lineId),
          { deductedStatementId: s.id },
        );
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'claims.statement',
          entityType: 'claim_statement',
          entityId: s.id,
          summary: `${s.number} ${input.month} 索赔 ${preview.claimCount} 单,扣款 ${preview.deductions.length} 件,应付 ¥${(s.payableFen / 100).toFixed(2)}`,
          after: { claims: preview.claims.map((c) => c.number), deductions: preview.deductions.map((d) => d.tagNo) },
        });
        return compute(tx, point, input.month);
      });
    },
    /** The statement as an .xlsx workbook. */
    async workbook(s: ClaimStatement) {
      const wb = await newWorkbook();
      wb.creator = 'Aftersales 售后服务管理系统';
      const ws = wb.addWorksheet('索赔结算单');
      ws.mergeCells('A1:D1');
      ws.getCell('A1').value = `${s.stationName} ${s.month} 索赔结算单${s.number ? ` ${s.number}` : '(预览)'}`;
      ws.getCell('A1').font = { bold: true, size: 14 };
      ws.addRow(['索赔单号', 'VIN', '审核通过时间', '核准金额(元)']).font = { bold: true };
      for (const c of s.claims) ws.addRow([c.number, c.vin, c.decidedAt ?? '', c.approvedFen / 100]);
      ws.addRow([]);
      ws.addRow(['旧件缺失扣款', '标签号', '配件', '扣款(元)']).font = { bold: true };
      for (const d of s.deductions) ws.addRow([d.claimNumber, d.tagNo ?? '', d.name, -d.amountFen / 100]);
      ws.addRow([]);
      ws.addRow(['索赔合计', '', `${s.claimCount} 单`, s.claimsFen / 100]).font = { bold: true };
      ws.addRow(['扣款合计', '', '', -s.deductionFen / 100]).font = { bold: true };
      ws.addRow(['应付金额', '', '', s.payableFen / 100]).font = { bold: true };
      ws.columns = [{ width: 22 }, { width: 22 }, { width: 26 }, { width: 16 }];
      ws.getColumn(4).numFmt = '#,##0.00';
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  };
}
export type StatementsService = ReturnType<typeof createStatementsService>;
