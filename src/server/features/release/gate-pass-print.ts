import { html } from 'hono/html';
import { formatLocalDateTime, usableTimeZone } from '../../../domain/time/index.js';
import { RELEASE_BASIS_LABELS } from '../../../domain/release/index.js';
import type { GatePass } from '../../../contracts/release.js';

/**
 * The 出门证 (放行条), A5 landscape: the pass number, the car, why it may leave, and the gate's record.
 * Built with hono's html`` template, which escapes every interpolated value.
 */
export function gatePassPrintHtml(p: GatePass, point: { nameZh: string; timeZone: string }) {
  const when = (iso: string | null) => formatLocalDateTime(usableTimeZone(point.timeZone), iso);
  const basis = `${RELEASE_BASIS_LABELS[p.basis].zh}${p.accountName ? `(${p.accountName})` : ''}`;
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>出门证 ${p.number}</title>
<style>@page{size:A5 landscape;margin:10mm}body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:12pt}h1{text-align:center;letter-spacing:6px;font-size:20pt;margin:0 0 2mm}
.sub{text-align:center;color:#555;margin-bottom:4mm}.no{font-size:16pt;font-weight:bold}table{width:100%;border-collapse:collapse}td{border:1px solid #333;padding:2mm 3mm}.k{width:18%;background:#fafafa}.note{margin-top:3mm;font-size:10pt;color:#333}</style></head><body>
<h1>出门证</h1><div class="sub">${point.nameZh} · 放行条</div>
<table><tr><td class="k">出门证号</td><td class="no">${p.number}</td><td class="k">车牌</td><td class="no">${p.plate}</td></tr>
<tr><td class="k">车型</td><td>${p.model}</td><td class="k">客户</td><td>${p.customerName}</td></tr>
<tr><td class="k">工单号</td><td>${p.workOrderNumber}</td><td class="k">放行依据</td><td>${basis}</td></tr>
<tr><td class="k">开具</td><td>${p.issuedByName} ${when(p.issuedAt)}</td><td class="k">门卫</td><td>${p.gateKeeperName ?? ''} ${p.exitedAt ? when(p.exitedAt) : ''}</td></tr></table>
<div class="note">本证一车一次有效,门卫凭证核对车牌后放行。</div>
</body></html>`;
}
