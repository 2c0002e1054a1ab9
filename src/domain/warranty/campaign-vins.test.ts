import { describe, expect, it } from 'vitest';
import { vinCheckDigit } from '../identifiers/vin.js';
import { completionPermille, csvCells, isHeaderRow, vinListChecker } from './campaign-vins.js';

/** A VIN with a valid check digit from a 16-character body (position 9 is replaced). */
const vin = (s: string) => {
  const raw = `${s.slice(0, 8)}0${s.slice(8)}`;
  return `${raw.slice(0, 8)}${vinCheckDigit(raw)}${raw.slice(9)}`;
};
const A = vin('LSVAU2A3N2100001');
const B = vin('LSVAU2A3N2100002');
const badDigit = `${A.slice(0, 8)}${A[8] === '1' ? '2' : '1'}${A.slice(9)}`;

describe('vinListChecker', () => {
  it.each([
    [A, '', []],
    [A.toLowerCase(), '', []],
    ['', '', ['缺少车架号 VIN']],
    ['LSVAU2A3N21000', '', ['车架号须为 17 位字母或数字,且不含 I、O、Q']],
    [`${A.slice(0, 16)}O`, '', ['车架号须为 17 位字母或数字,且不含 I、O、Q']],
    [badDigit, '', [`车架号校验位不符(应为 ${A[8]})`]],
    [A, 'ST-0001', []],
    [A, 'st-0001', []],
    [A, 'ST-9999', ['服务站代码 ST-9999 不存在或不在本网络内']],
  ])('%s / %s → %j', (v, code, messages) => {
    const c = vinListChecker({ stationCodes: new Set(['ST-0001']) });
    expect(c.add(2, v, code).map((e) => e.message)).toEqual(messages);
  });

  it('lists duplicates by row with the first row', () => {
    const c = vinListChecker();
    expect(c.add(2, A)).toEqual([]);
    expect(c.add(3, B)).toEqual([]);
    expect(c.add(4, A.toLowerCase())).toEqual([{ row: 4, field: 'vin', message: `车架号 ${A} 与第 2 行重复` }]);
    expect(c.clean.map((r) => r.vin)).toEqual([A, B]);
    expect(c.errorCount).toBe(1);
  });

  it('refuses VINs already on the campaign', () => {
    const c = vinListChecker({ existing: new Set([A]) });
    expect(c.add(2, A).map((e) => e.message)).toEqual([`车架号 ${A} 已在本活动的清单中`]);
  });
});

describe('csv', () => {
  it.each([
    ['a,b', ['a', 'b']],
    ['"a,1", b ', ['a,1', 'b']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['a\tb', ['a', 'b']],
    ['only', ['only']],
  ])('%s → %j', (line, cells) => expect(csvCells(line)).toEqual(cells));
  it.each([
    [['VIN', '服务站代码'], true],
    [['车架号'], true],
    [[A], false],
  ])('%j header: %s', (cells, h) => expect(isHeaderRow(cells)).toBe(h));
});

describe('completionPermille', () => {
  it.each([
    [0, 0, 0],
    [1, 3, 333],
    [2, 3, 667],
    [3, 3, 1000],
  ])('%i of %i → %i‰', (d, t, p) => expect(completionPermille(d, t)).toBe(p));
});
