import { describe, expect, it } from 'vitest';
import { searchKeyOf, searchKeyQuery } from './search-key.js';

/** Does a query find the name the way the catalog search does (name, or the key, substring)? */
const finds = (name: string, q: string) => name.includes(q.trim()) || (searchKeyQuery(q) !== '' && searchKeyOf(name).includes(searchKeyQuery(q)));

describe('pinyin search keys', () => {
  it.each([
    ['更换机油', 'ghjy genghuanjiyou'],
    ['小保养', 'xby xiaobaoyang'],
    ['空气滤清器', 'kqlqq kongqilvqingqi'],
    ['机油 5W-30', 'jy5w30 jiyou5w30'],
  ])('%s → %s', (name, key) => expect(searchKeyOf(name)).toBe(key));

  it.each([
    ['小保养', 'by', true],
    ['大保养', '保养', true],
    ['更换机油', 'hjy', true],
    ['更换机油', 'HJY', true],
    ['更换机油', 'huanjiyou', true],
    ['更换机油', 'huan jiyou', true],
    ['更换机油机滤', 'jl', true],
    ['空气滤清器', 'lvqing', true],
    ['前制动片', 'hjy', false],
    ['更换机油', 'by', false],
    ['更换机油', '', true],
  ] as const)('%s finds by %s: %s', (name, q, expected) => expect(finds(name, q)).toBe(expected));
});
