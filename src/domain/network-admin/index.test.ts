import { describe, expect, it } from 'vitest';
import {
  accreditationActions,
  accreditationDateProblem,
  entryProblems,
  evaluationPeriodProblem,
  nextAccreditation,
  rectificationOverdue,
  scoreEntry,
  scorecardProblems,
  type AccreditationAction,
  type AccreditationStatus,
  type ScorecardItem,
} from './index.js';

describe('accreditation status table', () => {
  it.each<[AccreditationStatus, AccreditationAction, AccreditationStatus | null]>([
    ['applied', 'survey', 'surveyed'],
    ['surveyed', 'approve', 'preliminary'],
    ['preliminary', 'sign', 'signed'],
    ['signed', 'open', 'operating'],
    ['operating', 'rectify', 'rectifying'],
    ['rectifying', 'resume', 'operating'],
    ['applied', 'exit', 'exited'],
    ['operating', 'exit', 'exited'],
    ['applied', 'sign', null],
    ['surveyed', 'open', null],
    ['operating', 'resume', null],
    ['exited', 'open', null],
    ['exited', 'exit', null],
  ])('%s --%s--> %s', (from, action, to) => expect(nextAccreditation(from, action)).toBe(to));

  it('lists the actions open from a status', () => {
    expect(accreditationActions('operating').sort()).toEqual(['exit', 'rectify']);
    expect(accreditationActions('exited')).toEqual([]);
  });

  it.each([
    ['2026-12-02', '2026-12-02', null, null],
    ['2026-12-03', '2026-12-02', null, '日期不能在将来'],
    ['2026-11-01', '2026-12-02', '2026-11-05', '日期不能早于上一步(2026-11-05)'],
    ['2026-11-05', '2026-12-02', '2026-11-05', null],
  ])('record date %s (today %s, last %s)', (on, today, last, problem) => expect(accreditationDateProblem(on, today, last)).toBe(problem));
});

const ITEMS: ScorecardItem[] = [
  { key: 'facility', nameZh: '硬件设施', weight: 30, method: 'passfail' },
  { key: 'process', nameZh: '服务流程', weight: 50, method: 'sampled' },
  { key: 'training', nameZh: '培训', weight: 20, method: 'passfail' },
];

describe('scorecard configuration', () => {
  it('accepts weights adding up to 100', () => expect(scorecardProblems(ITEMS)).toEqual([]));
  it.each([
    ['sum 90', ITEMS.map((i, n) => (n === 0 ? { ...i, weight: 20 } : i)), [{ path: 'items', message: '权重合计须为 100(现为 90)' }]],
    ['zero weight', ITEMS.map((i, n) => (n === 2 ? { ...i, weight: 0 } : i)), [{ path: 'items.2.weight', message: '权重须大于 0' }]],
    ['duplicate key', [...ITEMS, { ...ITEMS[0] }], [{ path: 'items.3.key', message: '项目编码重复' }]],
    ['empty', [], [{ path: 'items', message: '至少一个评价项目' }]],
  ])('%s', (_, items, problems) => expect(scorecardProblems(items)).toEqual(problems));
});

describe('a filled card', () => {
  it('scores pass/fail as the full weight or nothing and samples pro rata', () => {
    const r = scoreEntry(ITEMS, { facility: { pass: true }, process: { sampled: 10, passed: 8 }, training: { pass: false } });
    expect(r).toEqual({ total: 70, byItem: { facility: 30, process: 40, training: 0 } });
  });
  it.each([
    ['missing item', { facility: { pass: true }, process: { sampled: 4, passed: 4 } }, ['scores.training']],
    ['wrong method', { facility: { sampled: 2, passed: 1 }, process: { sampled: 4, passed: 4 }, training: { pass: true } }, ['scores.facility']],
    ['passed > sampled', { facility: { pass: true }, process: { sampled: 4, passed: 5 }, training: { pass: true } }, ['scores.process.passed']],
    ['no samples', { facility: { pass: true }, process: { sampled: 0, passed: 0 }, training: { pass: true } }, ['scores.process.sampled']],
    ['unknown item', { facility: { pass: true }, process: { sampled: 4, passed: 4 }, training: { pass: true }, x: { pass: true } }, ['scores.x']],
  ])('%s', (_, scores, paths) => expect(entryProblems(ITEMS, scores).map((p) => p.path)).toEqual(paths));
});

describe('evaluation periods and overdue rectification', () => {
  it.each([
    ['2026-11', null],
    ['2026-Q4', null],
    ['2026-H2', null],
    ['2027-01', '期间不能在将来'],
    ['2027-Q1', '期间不能在将来'],
    ['2026-13', '月份无效'],
    ['26-11', '期间格式:2026-11、2026-Q4 或 2026-H2'],
  ])('%s', (p, problem) => expect(evaluationPeriodProblem(p, '2026-12-02')).toBe(problem));
  it.each([
    ['2026-12-01', 'open', true],
    ['2026-12-02', 'open', false],
    ['2026-12-01', 'done', false],
    [null, 'open', false],
  ])('due %s, %s → overdue %s', (due, status, overdue) => expect(rectificationOverdue(due, status, '2026-12-02')).toBe(overdue));
});
