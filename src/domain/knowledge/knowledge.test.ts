import { describe, expect, it } from 'vitest';
import { matchArticle, modelMatches, vinInRanges, vinKey, vinRangeProblems, type Applicability, type Situation } from './applicability.js';
import { effectiveness, rankArticles, type Rankable } from './ranking.js';
import { nextArticleStatus, type ArticleEvent, type ArticleStatus } from './status.js';
import { articleTokens, tokenize } from './tokens.js';
import { levelMinutes, levelName, nextLevel } from './ladder.js';

const any: Applicability = { brands: [], models: [], vinRanges: [], products: [], faultCodes: [], symptoms: [] };
// Two VINs of one batch whose check digits (position 9) run against the serial order.
const FROM = 'LSVAA4187N2000100';
const TO = 'LSVAA4181N2000199';

describe('VIN ranges', () => {
  it('the check digit is left out of the order', () => {
    expect(vinKey(FROM)).toBe('LSVAA418N2000100');
    expect(vinKey(TO) > vinKey(FROM)).toBe(true);
  });
  it.each([
    ['LSVAA4183N2000100', true, 'first of the range'],
    ['LSVAA4185N2000150', true, 'inside'],
    ['LSVAA4189N2000199', true, 'last of the range (check digit differs)'],
    ['LSVAA4180N2000099', false, 'one before'],
    ['LSVAA4180N2000200', false, 'one after'],
    ['LSVAA4180M2000150', false, 'another model year'],
    ['lsvaa4182n2000150', true, 'lower case'],
  ])('%s → %s (%s)', (vin, inside) => {
    expect(vinInRanges(vin, [{ from: FROM, to: TO }])).toBe(inside);
  });
  it.each([
    [[{ from: FROM, to: TO }], []],
    [[{ from: FROM, to: FROM }], []],
    [[{ from: TO, to: FROM }], [['vinRanges.0.to', /颠倒/]]],
    [[{ from: 'LSVAA41', to: TO }], [['vinRanges.0.from', /17 位/]]],
    [[{ from: FROM, to: 'LSVAA4180N20001I9' }], [['vinRanges.0.to', /17 位/]]],
    [
      [
        { from: FROM, to: TO },
        { from: 'LSVAA4180N2000300', to: 'LSVAA4180N2000299' },
      ],
      [['vinRanges.1.to', /颠倒/]],
    ],
  ] as const)('problems of %j', (ranges, expected) => {
    const p = vinRangeProblems(ranges as never);
    expect(p.map((x) => x.path)).toEqual(expected.map((e) => e[0]));
    p.forEach((x, i) => expect(x.message).toMatch(expected[i][1]));
  });
});

describe('model families', () => {
  it.each([
    ['帕萨特', { model: '帕萨特 330TSI', modelFamily: '' }, true],
    ['帕萨特', { model: '', modelFamily: '帕萨特' }, true],
    ['帕萨特', { model: '迈腾 380TSI', modelFamily: '迈腾' }, false],
    ['帕萨特 380TSI', { model: '帕萨特 330TSI', modelFamily: '帕萨特' }, false],
    ['Passat', { model: 'PASSAT B8', modelFamily: '' }, true],
    ['', { model: '帕萨特', modelFamily: '' }, false],
  ])('%s vs %j → %s', (m, car, expected) => expect(modelMatches(m, car)).toBe(expected));
});

describe('matchArticle: hard limits and what ranks', () => {
  const passat = { ...any, brands: ['大众'], models: ['帕萨特'], vinRanges: [{ from: FROM, to: TO }] };
  it.each([
    ['an article for any car applies, not specifically', any, { brand: '大众', model: '帕萨特 330TSI' }, true, 0],
    ['brand, model and VIN all met', passat, { brand: '大众', model: '帕萨特 330TSI', vin: 'LSVAA4185N2000150' }, true, 1],
    ['another brand', passat, { brand: '丰田', model: '帕萨特', vin: 'LSVAA4185N2000150' }, false, 0],
    ['another model', passat, { brand: '大众', model: '迈腾', vin: 'LSVAA4185N2000150' }, false, 0],
    ['outside the VIN range', passat, { brand: '大众', model: '帕萨特', vin: 'LSVAA4180N2000500' }, false, 0],
    ['the car unknown: limits not applied, not specific', passat, {}, true, 0],
    ['only the model known', passat, { model: '帕萨特' }, true, 1 / 3],
    ['a product of an equipment maker', { ...any, products: ['KFR-35GW'] }, { product: 'kfr-35gw' }, true, 1],
    ['another product', { ...any, products: ['KFR-35GW'] }, { product: 'KFR-72LW' }, false, 0],
  ] as [string, Applicability, Situation, boolean, number][])('%s', (_, a, s, applies, applicability) => {
    const m = matchArticle(a, s);
    expect(m.applies).toBe(applies);
    if (applies) expect(m.applicability).toBeCloseTo(applicability);
  });
  it('fault codes in common, normalized', () => {
    expect(matchArticle({ ...any, faultCodes: ['P0300', 'p0301'] }, { faultCodes: [' p0301', 'U0100'] }).codes).toEqual(['P0301']);
  });
});

describe('effectiveness', () => {
  it.each([
    [0, 0, null],
    [1, 0, 2 / 3],
    [0, 1, 1 / 3],
    [9, 1, 10 / 12],
    [5, 5, 0.5],
  ])('%i solved, %i not → %s', (s, u, e) => expect(effectiveness(s, u)).toBe(e));
});

describe('ranking', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const base = (id: string, o: Partial<Rankable> = {}): Rankable => ({
    ...any,
    id,
    kind: 'fault_case',
    tokens: articleTokens({ texts: ['发动机 异响'], terms: [] }),
    solvedCount: 0,
    unhelpfulCount: 0,
    publishedAt: new Date('2026-06-01T00:00:00Z'),
    ...o,
  });
  const words = tokenize('异响');
  it('the article for this model beats a general one', () => {
    const r = rankArticles([base('general'), base('passat', { models: ['帕萨特'] }), base('magotan', { models: ['迈腾'] })], { model: '帕萨特', words }, now);
    expect(r.map((x) => x.item.id)).toEqual(['passat', 'general']);
  });
  it('a fault code in common beats words alone', () => {
    const r = rankArticles([base('words'), base('code', { faultCodes: ['P0300'], tokens: ['P0300'] })], { faultCodes: ['P0300'], words }, now);
    expect(r.map((x) => x.item.id)).toEqual(['code', 'words']);
  });
  it('what solved it before ranks higher; "not helpful" lowers', () => {
    const r = rankArticles([base('bad', { unhelpfulCount: 4 }), base('new'), base('good', { solvedCount: 4 })], { words }, now);
    expect(r.map((x) => x.item.id)).toEqual(['good', 'new', 'bad']);
  });
  it('newer first when all else is equal', () => {
    const r = rankArticles([base('old', { publishedAt: new Date('2022-01-01T00:00:00Z') }), base('recent')], { words }, now);
    expect(r.map((x) => x.item.id)).toEqual(['recent', 'old']);
  });
  it('asked for words nothing of which is in the article: not a result', () => {
    expect(rankArticles([base('a')], { words: tokenize('刹车') }, now)).toEqual([]);
  });
  it('no query at all: every applicable article, by applicability', () => {
    expect(rankArticles([base('a'), base('b', { models: ['帕萨特'] })], { model: '帕萨特 330TSI' }, now).map((x) => x.item.id)).toEqual(['b', 'a']);
  });
});

describe('Chinese words', () => {
  it('segments a sentence into words and character pairs, keeps codes whole and upper-cased', () => {
    const t = tokenize('发动机怠速时有异响,故障码 p0300。');
    expect(t).toEqual(expect.arrayContaining(['发动', '动机', '异响', 'P0300']));
    expect(t).not.toContain(',');
  });
  it('the same word in the query and the article meet', () => {
    const a = articleTokens({ texts: ['冷启动时正时链条异响'], terms: ['P0016', '帕萨特'] });
    expect(tokenize('链条 异响').every((w) => a.includes(w))).toBe(true);
    expect(a).toEqual(expect.arrayContaining(['P0016', '帕萨特']));
  });
  it('blank text has no words', () => expect(tokenize('  ,。 ')).toEqual([]));
});

describe('article status', () => {
  const cases: [ArticleStatus, ArticleEvent, ArticleStatus | null][] = [
    ['draft', 'submit', 'review'],
    ['draft', 'publish', null],
    ['review', 'publish', 'published'],
    ['review', 'reject', 'draft'],
    ['review', 'submit', null],
    ['published', 'withdraw', 'withdrawn'],
    ['published', 'revise', 'draft'],
    ['published', 'publish', null],
    ['withdrawn', 'publish', null],
    ['withdrawn', 'revise', 'draft'],
    ['draft', 'revise', null],
  ];
  it.each(cases)('%s + %s → %s', (from, e, to) => {
    const r = nextArticleStatus(from, e);
    expect(r.ok ? r.to : null).toBe(to);
  });
});

describe('difficult-case ladder', () => {
  it.each([
    [
      { status: 'open', level: 0, handlingPath: '/hq/rc/st/' },
      { ok: true, level: 1, pointId: 'rc' },
    ],
    [
      { status: 'open', level: 1, handlingPath: '/hq/rc/' },
      { ok: true, level: 2, pointId: 'hq' },
    ],
    [{ status: 'open', level: 2, handlingPath: '/hq/' }, { ok: false }],
    [{ status: 'answered', level: 0, handlingPath: '/hq/rc/st/' }, { ok: false }],
  ])('%j → %j', (r, expected) => expect(nextLevel(r)).toMatchObject(expected));
  it.each([
    [0, 240],
    [1, 480],
    [2, 960],
    [5, 960],
  ])('level %i has %i working minutes', (l, m) => expect(levelMinutes(l)).toBe(m));
  it.each([
    [0, 'station', '本站技术主管'],
    [1, 'regional', '区域技术支持'],
    [2, 'hq', '主机厂技术支援'],
    [1, 'station', '上级技术支持(第 2 级)'],
  ])('level %i at a %s is %s', (l, k, name) => expect(levelName(l, k)).toBe(name));
});
