import { html } from 'hono/html';
import type { Report } from '../../../contracts/network-reports.js';
import { formatLocalDateTime } from '../../../domain/time/index.js';

const STATUS_ZH = { draft: '草稿', submitted: '已提交', acknowledged: '已确认' } as const;

/** A KPI value in its unit for paper: yuan, percent, score, count. */
export function formatFigure(unit: string, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (unit === 'fen') return `¥${(v / 100).toFixed(2)}`;
  if (unit === 'ratio') return `${(v * 100).toFixed(1)}%`;
  if (unit === 'score') return v.toFixed(1);
  return String(Math.round(v * 10) / 10);
}

/** The report on A4 (hono/html escapes every value): figures per section with previous / last year / target, commentary. */
export function reportPrintHtml(r: Report, timeZone: string) {
  const at = (iso: string | null) => formatLocalDateTime(timeZone, iso);
  const sections = r.sections.map(
    (s) => html`<h2>${s.titleZh}</h2>
${
  s.kpis.length
    ? html`<table><tr><th>指标</th><th>本期</th><th>上期</th><th>去年同期</th><th>目标</th></tr>${s.kpis.map((k) => {
        const f = r.figures[k.key];
        return html`<tr><td>${k.nameZh}</td><td class="n">${formatFigure(k.unit, f?.value)}</td><td class="n">${formatFigure(k.unit, f?.previous)}</td><td class="n">${formatFigure(k.unit, f?.lastYear)}</td><td class="n">${formatFigure(k.unit, f?.target)}</td></tr>`;
      })}</table>`
    : ''
}
<div class="text">${s.text || '(无)'}</div>`,
  );
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${r.title}</title>
<style>
@page { size: A4; margin: 16mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 11pt; color: #000; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 1px solid #000; }
table { width: 100%; border-collapse: collapse; margin-bottom: 2mm; }
th, td { border: 1px solid #000; padding: 1mm 2mm; }
td.n { text-align: right; }
.meta { display: flex; justify-content: space-between; font-size: 10pt; }
.text { white-space: pre-wrap; min-height: 10mm; }
.sign { margin-top: 8mm; display: flex; justify-content: space-between; }
</style></head><body>
<h1>${r.title}</h1>
<div class="meta"><span>期间:${r.periodFrom} 至 ${r.periodTo}</span><span>状态:${STATUS_ZH[r.status]}</span></div>
${sections}
<div class="sign"><span>编写:${r.authorName}</span><span>提交:${r.submittedByName ?? ''} ${at(r.submittedAt)}</span><span>上级确认:${r.acknowledgedByName ?? ''} ${at(r.acknowledgedAt)}</span></div>
${r.acknowledgeNote ? html`<p>上级意见:${r.acknowledgeNote}</p>` : ''}
</body></html>`;
}
