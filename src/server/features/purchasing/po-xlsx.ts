/**
 * A purchase order as .xlsx in the supplier's layout: the manufacturer's parts centre (oem) takes its order-upload
 * columns (经销商代码, 零件号, 订货数量, 订单类型); a local supplier gets a priced order sheet with a header block.
 */

import { newWorkbook } from '../../lib/xlsx.js';
import type { PurchaseOrder } from '../../../contracts/purchasing.js';

const money = (fen: number) => Math.round(fen) / 100;

export async function purchaseOrderWorkbook(
  o: PurchaseOrder,
  vendor: { kind: string; name: string; code: string },
  point: { code: string; nameZh: string },
  localDate: string,
) {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(o.number);
  if (vendor.kind === 'oem') {
    ws.columns = [
      { header: '经销商代码', key: 'dealer', width: 14 },
      { header: '订单号', key: 'number', width: 18 },
      { header: '零件号', key: 'partNo', width: 20 },
      { header: '零件名称', key: 'name', width: 28 },
      { header: '订货数量', key: 'qty', width: 10 },
      { header: '订单类型', key: 'type', width: 10 },
      { header: '备注', key: 'note', width: 24 },
    ];
    for (const l of o.lines) ws.addRow({ dealer: point.code, number: o.number, partNo: l.partNo, name: l.name, qty: l.ordered, type: '常规', note: o.note });
    ws.getRow(1).font = { bold: true };
  } else {
    ws.addRow([`采购订单 ${o.number}`]).font = { bold: true, size: 14 };
    ws.addRow(['采购方', point.nameZh, '供应商', `${vendor.name}(${vendor.code})`]);
    ws.addRow(['日期', localDate, '备注', o.note]);
    ws.addRow([]);
    const header = ws.addRow(['序号', '配件编号', '配件名称', '单位', '数量', '单价(元)', '金额(元)']);
    header.font = { bold: true };
    o.lines.forEach((l, i) => ws.addRow([i + 1, l.partNo, l.name, l.unit, l.ordered, money(l.unitCostFen), money(l.amountFen)]));
    ws.addRow(['合计', '', '', '', '', '', money(o.totalFen)]).font = { bold: true };
    [6, 14, 28, 6, 10, 12, 12].forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
