import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { formatLocalDateTime, usableTimeZone } from '../../../domain/time/index.js';
import { REPAIR_CATEGORY_LABELS, type RepairCategory } from '../../../domain/work-orders/guarantee.js';
import { WORK_ORDER_TYPE_LABELS } from '../../../domain/work-orders/labels.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';
import type { presentSettlement } from './settlement.service.js';
import { yuan } from '../../lib/text.js';

const METHOD: Record<string, string> = { cash: '现金', 'bank-card': '银行卡', wechat: '微信支付', alipay: '支付宝', transfer: '转账', 'member-card': '会员卡' };
const OLD_PARTS: Record<string, string> = { 'customer-takes': '客户带走', 'customer-waives': '客户放弃(由站内处理)', none: '无旧件' };

/**
 * The A4 结算单 with what JT/T 1133 asks: 托修方 and 承修方, 维修类别, 进厂/出厂里程, 合格证号, the repair's 质量保证期
 * and the next maintenance due; labor and material listed separately, payments, invoice, old parts. Dates are
 * "YYYY-MM-DD HH:mm" in the point's zone. Built with hono's html`` template, which escapes every interpolated value.
 */
export function settlementPrintHtml(
  o: WorkOrder,
  s: ReturnType<typeof presentSettlement>,
  point: { nameZh: string; timeZone: string; address?: string; contactPhone?: string },
  loaners: HtmlEscapedString | string = '',
) {
  const section = (kind: 'labor' | 'parts') => {
    const rows = o.lines
      .filter((l) => l.kind === kind)
      .map(
        (l) =>
          html`<tr><td>${l.code}</td><td>${mark(l)}${l.name}</td><td class="n">${kind === 'labor' ? `${l.hours} h` : `${l.qty}`}</td><td class="n">${yuan(kind === 'labor' ? (l.rateFen ?? 0) : (l.unitPriceFen ?? 0))}</td><td class="n">${yuan(l.amountFen)}</td></tr>`,
      );
    return rows.length ? rows : html`<tr><td colspan="5">—</td></tr>`;
  };
  const localTime = (iso: string | null) => formatLocalDateTime(usableTimeZone(point.timeZone), iso);
  const category = REPAIR_CATEGORY_LABELS[o.repairCategory as RepairCategory]?.zh ?? o.repairCategory;
  const type = WORK_ORDER_TYPE_LABELS[o.type]?.zh ?? o.type;
  const g = o.guarantee;
  const guarantee = `${g.days} 天或 ${g.km} km(以先到者为准)${g.untilDate ? `,至 ${g.untilDate}${g.untilKm !== null ? ` / ${g.untilKm} km` : ''}` : ''}`;
  const next = o.nextMaintenance ? `${o.nextMaintenance.date} 或 ${o.nextMaintenance.km} km(以先到者为准)` : '—';
  const payments = s.payments
    .map(
      (p) =>
        `${METHOD[p.method] ?? p.method}${p.cardNumber ? ` ${p.cardNumber}` : ''} ${yuan(p.amountFen)}${p.balanceAfterFen !== undefined ? `(卡内余额 ${yuan(p.balanceAfterFen)})` : ''}`,
    )
    .join(';');
  // One row per service package (保养套餐): its items at list price against the package price.
  const packages = [...new Set(o.lines.flatMap((l) => (l.packageId ? [l.packageId] : [])))].map((id) => {
    const mine = o.lines.filter((l) => l.packageId === id);
    const list = mine.reduce((t, l) => t + l.grossFen, 0);
    const price = mine.reduce((t, l) => t + l.amountFen, 0);
    return html`<tr><td>${mine[0].packageName}</td><td>${mine.length} 项</td><td class="n">${yuan(list)}</td><td class="n">${yuan(price)}</td><td class="n">${yuan(list - price)}</td></tr>`;
  });
  const packageTable = packages.length
    ? html`<table><tr><th colspan="5">保养套餐</th></tr><tr><th>套餐</th><th>项目</th><th>原价</th><th>套餐价</th><th>节省</th></tr>${packages}</table>`
    : '';
  const mark = (l: WorkOrder['lines'][number]) => (l.packageName ? `【${l.packageName}】` : l.visitCardId ? '【次卡】' : '');
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>结算单 ${s.number}</title>
<style>@page{size:A4;margin:12mm}body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:11pt}h1{text-align:center;letter-spacing:4px;font-size:18pt;margin:0 0 2mm}
.sub{text-align:center;color:#555;margin-bottom:4mm}table{width:100%;border-collapse:collapse;margin-bottom:3mm}td,th{border:1px solid #333;padding:1.5mm 2mm}th{background:#f2f2f2}.n{text-align:right;white-space:nowrap}.k{width:20%;background:#fafafa}</style></head><body>
<h1>结算单</h1><div class="sub">${point.nameZh} · 结算单号 ${s.number} · 工单 ${o.number}</div>
<table><tr><th colspan="4">托修方</th></tr><tr><td class="k">客户</td><td>${o.customerName}</td><td class="k">联系电话</td><td>${o.customerPhone || '—'}</td></tr>
<tr><td class="k">车牌 / VIN</td><td>${o.plate} / ${o.vin}</td><td class="k">车型</td><td>${o.model || '—'}</td></tr></table>
<table><tr><th colspan="4">承修方</th></tr><tr><td class="k">名称</td><td>${point.nameZh}</td><td class="k">联系电话</td><td>${point.contactPhone || '—'}</td></tr>
<tr><td class="k">地址</td><td colspan="3">${point.address || '—'}</td></tr></table>
<table><tr><td class="k">工单类型</td><td>${type}</td><td class="k">维修类别</td><td>${category}</td></tr>
<tr><td class="k">进厂时间</td><td>${localTime(o.receivedAt)}</td><td class="k">交车时间</td><td>${localTime(o.deliveredAt)}</td></tr>
<tr><td class="k">进厂里程</td><td>${o.mileageIn} km</td><td class="k">出厂里程</td><td>${o.mileageOut ?? o.mileageIn} km</td></tr>
<tr><td class="k">竣工出厂合格证号</td><td>${o.qcCertificateNo ?? '—(本维修类别不出具)'}</td><td class="k">质量保证期</td><td>${guarantee}</td></tr>
<tr><td class="k">下次保养</td><td colspan="3">${next}</td></tr></table>
<table><tr><th colspan="5">工时费</th></tr><tr><th>代码</th><th>项目</th><th>工时</th><th>单价</th><th>金额</th></tr>${section('labor')}
<tr><td colspan="4" class="n">工时费小计</td><td class="n">${yuan(o.quote.laborFen)}</td></tr></table>
<table><tr><th colspan="5">材料费</th></tr><tr><th>配件号</th><th>名称</th><th>数量</th><th>单价</th><th>金额</th></tr>${section('parts')}
<tr><td colspan="4" class="n">材料费小计</td><td class="n">${yuan(o.quote.partsFen)}</td></tr></table>${packageTable}${loaners}
${
  s.directPay
    ? html`<table><tr><th colspan="4">保险直赔</th></tr><tr><td class="k">保险公司承担(挂账)</td><td class="n">${yuan(s.directPay.insurerShareFen)} · ${s.directPay.insurerName}</td><td class="k">残值(本站回收)</td><td class="n">${yuan(s.directPay.salvageFen)}</td></tr>
<tr><td class="k">客户自付</td><td class="n" colspan="3">${yuan(s.grossFen)}(免赔额及保险公司未核准项目)</td></tr></table>`
    : ''
}${s.memberDiscountFen ? html`<table><tr><td class="k">会员折扣</td><td class="n">${yuan(s.memberDiscountFen)}</td></tr></table>` : ''}<table><tr><td class="k">客户应付</td><td class="n">${yuan(s.grossFen)}</td><td class="k">优惠</td><td class="n">${yuan(s.discountFen)}(${s.discountPct}%)${s.approvedByName ? ` 批准:${s.approvedByName}` : ''}</td></tr>
<tr><td class="k">实收</td><td class="n"><b>${yuan(s.payableFen)}</b></td><td class="k">付款方式</td><td>${payments || '—'}</td></tr>
<tr><td class="k">发票号</td><td>${s.invoiceNo || '—'}</td><td class="k">旧件处理</td><td>${OLD_PARTS[o.oldPartsDisposition] ?? o.oldPartsDisposition}</td></tr>
<tr><td class="k">收银员</td><td>${s.cashierName ?? ''} ${localTime(s.settledAt)}</td><td class="k">客户签字</td><td></td></tr></table>
</body></html>`;
}
