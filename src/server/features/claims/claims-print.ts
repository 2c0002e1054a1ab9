/**
 * Printouts of the claims area, A4, built with hono's html`` template (every interpolated value escaped): the old-part
 * tag sheet (标签: claim, part, VIN and a Code 128 barcode of the tag number) and the monthly statement.
 */
import { html } from 'hono/html';
import type { ClaimStatement, OldPart } from '../../../contracts/claims.js';
import { code128Bars } from '../../../domain/claims/code128.js';
import { formatLocalDateTime } from '../../../domain/time/index.js';
import { yuan } from '../../lib/text.js';

const STYLE = `@page{size:A4;margin:10mm}body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:10pt;margin:0}
h1{text-align:center;font-size:16pt;margin:0 0 3mm}table{width:100%;border-collapse:collapse;margin-bottom:3mm}td,th{border:1px solid #333;padding:1.5mm 2mm}
th{background:#f2f2f2}.n{text-align:right;white-space:nowrap}.sheet{display:grid;grid-template-columns:1fr 1fr;gap:4mm}
.tag{border:1px dashed #333;padding:3mm;break-inside:avoid;height:58mm;box-sizing:border-box}.tag b{font-size:11pt}.tag svg{display:block;width:100%;height:14mm;margin:2mm 0}`;

/** The tag number as an SVG barcode (bars as rectangles; one module = one unit of the viewBox, 10 quiet modules each side). */
function barcodeSvg(text: string) {
  const b = code128Bars(text);
  if (!b) return html``;
  const width = b.modules + 20;
  const rects = b.bars.map((bar) => html`<rect x="${bar.x + 10}" y="0" width="${bar.width}" height="40"/>`);
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 40" preserveAspectRatio="none" role="img" aria-label="${text}">${rects}</svg>`;
}

export function tagSheetHtml(parts: OldPart[], stationNames: Map<string, string>) {
  const tags = parts.map(
    (p) => html`<div class="tag"><b>旧件标签 ${p.tagNo ?? ''}</b><br>${stationNames.get(p.servicePointId) ?? ''}
${barcodeSvg(p.tagNo ?? '')}<div>索赔单 ${p.claimNumber} · 行 ${p.lineNo}</div><div>配件 ${p.code} ${p.name} × ${p.qty ?? ''}</div><div>VIN ${p.vin}</div></div>`,
  );
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>旧件标签</title><style>${STYLE}</style></head><body>
<h1>旧件标签(${parts.length} 张)</h1><div class="sheet">${parts.length ? tags : html`<p>没有待回运的旧件</p>`}</div></body></html>`;
}

export function statementHtml(s: ClaimStatement, timeZone: string) {
  const at = (iso: string | null) => formatLocalDateTime(timeZone, iso);
  const claims = s.claims.map((c) => html`<tr><td>${c.number}</td><td>${c.vin}</td><td>${at(c.decidedAt)}</td><td class="n">${yuan(c.approvedFen)}</td></tr>`);
  const deductions = s.deductions.map(
    (d) => html`<tr><td>${d.claimNumber}</td><td>${d.tagNo ?? ''}</td><td>${d.name}</td><td class="n">-${yuan(d.amountFen)}</td></tr>`,
  );
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>索赔结算单 ${s.number ?? s.month}</title><style>${STYLE}</style></head><body>
<h1>索赔结算单</h1><p style="text-align:center">${s.stationName} · ${s.month} · ${s.number ?? '预览(尚未出具)'}</p>
<table><tr><th>索赔单号</th><th>VIN</th><th>审核通过</th><th>核准金额</th></tr>${claims.length ? claims : html`<tr><td colspan="4">—</td></tr>`}</table>
<table><tr><th>旧件缺失扣款:索赔单</th><th>标签号</th><th>配件</th><th>扣款</th></tr>${deductions.length ? deductions : html`<tr><td colspan="4">无</td></tr>`}</table>
<table><tr><td>索赔合计(${s.claimCount} 单)</td><td class="n">${yuan(s.claimsFen)}</td></tr><tr><td>扣款合计</td><td class="n">-${yuan(s.deductionFen)}</td></tr>
<tr><th>应付金额</th><th class="n">${yuan(s.payableFen)}</th></tr></table>
<p>服务站签章:____________ 厂家签章:____________</p></body></html>`;
}
