import { describe, expect, it } from 'vitest';
import { checklistFor, DEFAULT_QC_CHECKLISTS, effectiveChecklists, judgeChecklist, kindsFor, type QcItemResult } from './checklist.js';

describe('kindsFor / checklistFor', () => {
  it.each([
    ['maintenance', ['mechanical'], ['maintenance']],
    ['repair', ['mechanical', 'electrical'], ['repair']],
    ['repair', ['body'], ['repair', 'body_paint']],
    ['accident', ['body', 'paint'], ['accident', 'body_paint']],
    ['unknown', ['paint'], ['body_paint']],
  ])('%s with %j → %j', (type, trades, kinds) => {
    expect(kindsFor(type, trades)).toEqual(kinds);
  });

  it('joins the lists without repeats, the station’s own list winning over the default', () => {
    const lists = effectiveChecklists({ maintenance: ['  机油已更换 ', '', '机油已更换', '轮胎已检查'] });
    expect(lists.maintenance).toEqual(['机油已更换', '轮胎已检查']);
    expect(lists.repair).toEqual(DEFAULT_QC_CHECKLISTS.repair);
    expect(checklistFor(lists, 'repair', ['body'])).toEqual([...DEFAULT_QC_CHECKLISTS.repair, ...DEFAULT_QC_CHECKLISTS.body_paint]);
  });
});

describe('judgeChecklist', () => {
  const items = ['A', 'B'];
  const ok = (item: string): QcItemResult => ({ item, passed: true, note: '' });
  const bad = (item: string, note = ''): QcItemResult => ({ item, passed: false, note });
  it.each<[string, QcItemResult[], boolean, string[]]>([
    ['all pass, verdict pass', [ok('A'), ok('B')], true, []],
    ['one fail with a note, verdict fail', [ok('A'), bad('B', '异响')], false, []],
    ['a fail without a note', [ok('A'), bad('B')], false, ['checklist.1.note']],
    ['a fail but verdict pass', [ok('A'), bad('B', '异响')], true, ['passed']],
    ['an item missing', [ok('A')], true, ['checklist']],
    ['an unknown item', [ok('A'), ok('B'), ok('C')], true, ['checklist.2.item']],
    ['an item twice', [ok('A'), ok('A'), ok('B')], true, ['checklist.1.item']],
  ])('%s → %j', (_label, answers, passed, paths) => {
    expect(judgeChecklist(items, answers, passed).errors.map((e) => e.path)).toEqual(paths);
  });
});
