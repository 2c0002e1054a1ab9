import { newWorkbook } from '../../lib/xlsx.js';
import type { SubsidyStatement } from '../../../contracts/subsidies.js';

/** The statement for payment: one row per dealer (code, name, units, computed, adjustment, payable, basis), a total. */
export async function subsidyWorkbook(s: SubsidyStatement) {
  const wb = await newWorkbook();
  wb.creator = 'Aftersales 售后服务管理系统';
  const ws = wb.addWorksheet('服务补贴');
  ws.columns = [{ width: 12 }, { width: 32 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 12 }, { width: 14 }, { width: 40 }, { width: 24 }];
  ws.addRow([`${s.pointName} ${s.month} 服务补贴结算单`]).font = { bold: true, size: 14 };
  ws.addRow([`期间 ${s.periodFrom} 至 ${s.periodTo};规则:${s.rulesText}`]);
  ws.addRow([
    `状态:${{ computed: '已计算', reviewed: '已审核', approved: '已批准' }[s.status]};审核:${s.reviewedByName ?? '—'};批准:${s.approvedByName ?? '—'}`,
  ]);
  ws.addRow(['网点编码', '网点名称', '结算台次', '现场服务', '计算金额(元)', '调整(元)', '应付金额(元)', '计算依据', '调整原因']).font = { bold: true };
  const y = (fen: number) => Math.round(fen) / 100;
  for (const l of s.lines)
    ws.addRow([l.dealerCode, l.dealerName, l.settledOrders, l.fieldVisits, y(l.amountFen), y(l.adjustFen), y(l.payableFen), l.basisText, l.note]);
  ws.addRow(['合计', '', s.lines.reduce((t, l) => t + l.settledOrders, 0), s.lines.reduce((t, l) => t + l.fieldVisits, 0), '', '', y(s.totalFen)]).font = {
    bold: true,
  };
  for (const c of [5, 6, 7]) ws.getColumn(c).numFmt = '#,##0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
