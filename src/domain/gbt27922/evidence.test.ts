import { describe, expect, it } from 'vitest';
import { assessmentWindow, monthsMeeting, organizationJudgement, staffingJudgement, type PositionFact } from './evidence.js';

describe('the assessment window', () => {
  it.each([
    ['2026-12-02', '2026-01-01'],
    ['2026-01-15', '2025-02-01'],
    ['2026-11-30', '2025-12-01'],
  ])('today %s → from %s', (today, from) => expect(assessmentWindow(today)).toEqual({ from, to: today }));
});

describe('monthly rates sampled against a threshold', () => {
  it.each([
    [[0.95, 0.9, null, 0.8], 0.9, true, 3, 2],
    [[null, null], 0.9, true, 0, 0],
    [[0.01, 0.05, 0.02], 0.03, false, 3, 2],
  ])('%j ≥ %s', (values, threshold, higher, sampled, passed) => expect(monthsMeeting(values, threshold, higher)).toEqual({ kind: 'sampled', sampled, passed }));
});

const P = (title: string, o: Partial<PositionFact> = {}): PositionFact => ({ title, isHead: false, duties: 2, planned: 1, holders: 1, ...o });

describe('organization and staffing', () => {
  it('passes with job descriptions everywhere and no vacant head', () => {
    const r = organizationJudgement([P('站长', { isHead: true }), P('服务顾问', { planned: 3, holders: 2 })]);
    expect(r.judgement).toEqual({ kind: 'pass' });
    expect(r.found).toContain('负责人岗位 1 个,空缺 0 个');
  });
  it('fails for a vacant head or a position without duties, naming them', () => {
    const r = organizationJudgement([P('站长', { isHead: true, holders: 0 }), P('质检员', { duties: 0 })]);
    expect(r.judgement).toEqual({ kind: 'fail', reason: '1 个岗位没有岗位职责;负责人空缺:站长' });
  });
  it('fails without an org chart', () => expect(organizationJudgement([]).judgement.kind).toBe('fail'));
  it('samples positions for 编制', () => {
    const r = staffingJudgement([P('a'), P('b', { planned: 3, holders: 2 }), P('c', { planned: 2, holders: 4 })]);
    expect(r.judgement).toEqual({ kind: 'sampled', sampled: 3, passed: 2 });
    expect(r.found[0]).toBe('编制 6 人,在岗 5 人');
  });
});
