import { html } from 'hono/html';
import { formatLocalDateTime } from '../../../domain/time/index.js';
import { LEDGER_LABELS, type LedgerKind } from '../../../domain/members/index.js';
import type { LedgerEntry, MemberCard } from '../../../contracts/members.js';
import { yuan } from '../../lib/text.js';

const METHOD: Record<string, string> = { cash: '现金', 'bank-card': '银行卡', wechat: '微信支付', alipay: '支付宝', transfer: '转账' };

/** The A4 对账单 of a member card: every ledger entry with the balance after it. Every value is escaped by html``. */
export function statementHtml(d: { card: MemberCard; entries: LedgerEntry[]; point: { nameZh: string; timeZone: string }; printedAt: Date }) {
  const at = (iso: string | Date) => formatLocalDateTime(d.point.timeZone, iso);
  const sum = (k: LedgerKind) => d.entries.filter((e) => e.kind === k).reduce((s, e) => s + e.amountFen, 0);
  const rows = d.entries.map(
    (e) =>
      html`<tr><td>${at(e.createdAt)}</td><td>${LEDGER_LABELS[e.kind]}</td><td>${METHOD[e.method] ?? e.method}</td><td>${e.note}</td><td class="n">${yuan(e.amountFen)}</td><td class="n">${yuan(e.balanceAfterFen)}</td><td>${e.actorName}</td></tr>`,
  );
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>会员卡对账单 ${d.card.number}</title>
<style>@page{size:A4;margin:12mm}body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:11pt}h1{text-align:center;letter-spacing:4px;font-size:18pt;margin:0 0 2mm}
.sub{text-align:center;color:#555;margin-bottom:4mm}table{width:100%;border-collapse:collapse;margin-bottom:3mm}td,th{border:1px solid #333;padding:1.5mm 2mm}th{background:#f2f2f2}.n{text-align:right;white-space:nowrap}.k{width:16%;background:#fafafa}</style></head><body>
<h1>会员卡对账单</h1><div class="sub">${d.point.nameZh} · 卡号 ${d.card.number} · 打印时间 ${at(d.printedAt)}</div>
<table><tr><td class="k">持卡人</td><td>${d.card.customerName}</td><td class="k">会员等级</td><td>${d.card.levelName}(工时 ${d.card.laborDiscountPct}% / 配件 ${d.card.partsDiscountPct}% 优惠)</td></tr>
<tr><td class="k">累计充值</td><td class="n">${yuan(sum('top-up'))}</td><td class="k">累计赠送</td><td class="n">${yuan(sum('bonus'))}</td></tr>
<tr><td class="k">累计消费</td><td class="n">${yuan(-sum('spend'))}</td><td class="k">累计退款</td><td class="n">${yuan(-sum('refund'))}</td></tr>
<tr><td class="k">当前余额</td><td class="n"><b>${yuan(d.card.balanceFen)}</b></td><td class="k">状态</td><td>${d.card.isActive ? '正常' : '已停用'}</td></tr></table>
<table><tr><th>时间</th><th>类型</th><th>方式</th><th>摘要</th><th>金额</th><th>余额</th><th>经办人</th></tr>${rows.length ? rows : html`<tr><td colspan="7">暂无流水</td></tr>`}</table>
<table><tr><td class="k">客户签字</td><td></td><td class="k">经办人签字</td><td></td></tr></table>
</body></html>`;
}
