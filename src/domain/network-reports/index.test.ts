import { describe, expect, it } from 'vitest';
import { KPI_KEYS } from '../kpi/index.js';
import { nextReportStatus, REPORT_KINDS, REPORT_TEMPLATES, reportPeriod, type ReportAction, type ReportStatus } from './index.js';

describe('report periods', () => {
  it.each([
    ['monthly', '2026-11', '2026-11-22', { from: '2026-11-01', to: '2026-11-30' }],
    ['monthly', '2026-02', '2026-11-22', { from: '2026-02-01', to: '2026-02-28' }],
    ['monthly', '2028-02', '2028-03-01', { from: '2028-02-01', to: '2028-02-29' }],
    ['monthly', '2026-12', '2026-11-30', { problem: '报告期间不能在将来' }],
    ['monthly', '2026-12', '2026-12-01', { from: '2026-12-01', to: '2026-12-31' }],
    ['monthly', '2026-13', '2026-11-22', { problem: '月份须为 01–12' }],
    ['monthly', '2026-1', '2026-11-22', { problem: '月份格式须为 YYYY-MM' }],
    ['quarterly', '2026-Q4', '2026-11-22', { from: '2026-10-01', to: '2026-12-31' }],
    ['quarterly', '2026-Q1', '2026-11-22', { from: '2026-01-01', to: '2026-03-31' }],
    ['quarterly', '2027-Q1', '2026-12-31', { problem: '报告期间不能在将来' }],
    ['quarterly', '2026-Q5', '2026-11-22', { problem: '季度格式须为 YYYY-Q1…Q4' }],
    ['annual', '2026', '2026-01-01', { from: '2026-01-01', to: '2026-12-31' }],
    ['annual', '2027', '2026-12-31', { problem: '报告期间不能在将来' }],
    ['annual', '1999', '2026-12-31', { problem: '年份须在 2000–2200 之间' }],
    ['annual', '26', '2026-12-31', { problem: '年份格式须为 YYYY' }],
  ] as const)('%s %s (today %s) → %j', (kind, label, today, expected) => {
    expect(reportPeriod(kind, label, today)).toEqual(expected);
  });
});

describe('report statuses', () => {
  const table: [string, ReportAction, string | null][] = [
    ['draft', 'edit', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['draft', 'acknowledge', null],
    ['draft', 'reopen', null],
    ['submitted', 'edit', null],
    ['submitted', 'submit', null],
    ['submitted', 'acknowledge', 'acknowledged'],
    ['submitted', 'reopen', 'draft'],
    ['acknowledged', 'edit', null],
    ['acknowledged', 'submit', null],
    ['acknowledged', 'acknowledge', null],
    ['acknowledged', 'reopen', null],
  ];
  it.each(table)('%s + %s → %s', (s, a, next) => {
    expect(nextReportStatus(s as ReportStatus, a)).toBe(next);
  });
});

describe('report templates', () => {
  it('every kind has sections with unique keys naming existing KPIs', () => {
    for (const kind of REPORT_KINDS) {
      const keys = REPORT_TEMPLATES[kind].map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const s of REPORT_TEMPLATES[kind]) for (const k of s.kpis) expect(KPI_KEYS).toContain(k);
    }
  });
});
