import { html } from 'hono/html';
import type { GbtAssessment, GbtJudgement } from '../../../contracts/gbt27922.js';

const GROUPS = { system: '售后服务体系', goods: '商品服务', customer: '顾客服务' } as const;
const SOURCE = { system: '系统数据', manual: '人工证据', missing: '缺少证据' } as const;

export function judgementText(j: GbtJudgement): string {
  if (j.kind === 'pass') return '符合';
  if (j.kind === 'fail') return `不符合:${j.reason}`;
  if (j.kind === 'excluded') return `不适用:${j.reason}`;
  return `抽样 ${j.sampled},合格 ${j.passed}`;
}

/** The self-assessment report on A4 (hono/html escapes every value). */
export function gbtPrintHtml(a: GbtAssessment) {
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>GB/T 27922 自评报告 ${a.pointName}</title>
<style>
@page { size: A4; margin: 14mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 10pt; color: #000; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 3mm; }
h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
.meta { display: flex; justify-content: space-between; }
.score { font-size: 13pt; margin: 3mm 0; }
ul { margin: 0; padding-left: 4mm; }
.sign { margin-top: 10mm; display: flex; justify-content: space-between; }
</style></head><body>
<h1>商品售后服务评价(GB/T 27922)自评报告</h1>
<div class="meta"><span>网点:${a.pointName}</span><span>评价日期:${a.assessedOn}</span><span>证据期间:${a.from} 至 ${a.to}</span></div>
<p class="score">得分 <b>${a.score.toFixed(2)}</b> 分(已评指标得分 ÷ 适用指标权重 × 100)· 等级 <b>${a.grade.labelZh}</b></p>
<table>
<tr><th>一级指标</th><th>二级指标</th><th>权重</th><th>证据来源</th><th>系统找到的证据 / 说明</th><th>判定</th><th>得分</th></tr>
${a.indicators.map(
  (i) => html`<tr><td>${GROUPS[i.group]}</td><td>${i.nameZh}</td><td class="n">${i.weight.toFixed(2)}</td><td>${SOURCE[i.source]}</td>
<td><ul>${i.found.map((f) => html`<li>${f}</li>`)}${i.note ? html`<li>${i.note}</li>` : ''}</ul>${i.found.length || i.note ? '' : '—'}</td>
<td>${judgementText(i.judgement)}</td><td class="n">${i.applicable ? i.earned.toFixed(2) : '不计'}</td></tr>`,
)}
</table>
${
  a.next
    ? html`<h2>距 ${a.next.labelZh}(≥ ${a.next.min} 分)还差 ${a.next.pointsShort.toFixed(2)} 分:改进清单</h2>
<table><tr><th>指标</th><th>失分</th></tr>${a.next.gaps.map((g) => html`<tr><td>${g.nameZh}</td><td class="n">${g.lost.toFixed(2)}</td></tr>`)}</table>`
    : html`<h2>已达最高等级</h2>`
}
<div class="sign"><span>自评人:${a.byName}</span><span>质量负责人签字:</span><span>日期:</span></div>
</body></html>`;
}
