import { describe, expect, it } from 'vitest';
import { addMonths, coordinateProblems, inWarranty, normalizeSerial, warrantyEnd } from './units.js';
import { regionMatches, responseRule } from './deadline.js';
import { levelDueAt, nextLevel } from './ladder.js';
import { nextVisitStatus, type VisitEvent, type VisitStatus } from './visits.js';
import { routeToPoint, type CoveragePoint } from './coverage.js';
import { certificateValidOn, dispatchableSkills, eligibility, expiringSoon } from './eligibility.js';

describe('coordinates', () => {
  it.each([
    [{ lat: 31.2, lng: 121.5 }, []],
    [{ lat: 90, lng: 180 }, []],
    [{ lat: -90, lng: -180 }, []],
    [{ lat: 90.0001, lng: 0 }, ['lat']],
    [{ lat: -90.0001, lng: 0 }, ['lat']],
    [{ lat: 0, lng: 180.0001 }, ['lng']],
    [{ lat: 0, lng: -180.0001 }, ['lng']],
    [{ lat: 91, lng: 181 }, ['lat', 'lng']],
    [{ lat: Number.NaN, lng: 0 }, ['lat']],
    [{ lat: 30 }, ['lng']],
    [{ lng: 120 }, ['lat']],
    [{}, []],
    [{ lat: null, lng: null }, []],
  ])('%j → %j', (c, paths) => {
    expect(coordinateProblems(c).map((p) => p.path)).toEqual(paths);
  });
});

describe('warranty dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-12-01', 0, '2026-12-01'],
  ])('addMonths(%s, %i) = %s', (s, m, out) => expect(addMonths(s, m)).toBe(out));
  it.each([
    ['2026-03-01', 12, '2027-02-28'],
    ['2026-01-01', 24, '2027-12-31'],
    ['2024-02-29', 12, '2025-02-27'],
  ])('warrantyEnd(%s, %i) = %s', (s, m, out) => expect(warrantyEnd(s, m)).toBe(out));
  it.each([
    ['2026-01-01', '2026-12-31', '2026-01-01', true],
    ['2026-01-01', '2026-12-31', '2026-12-31', true],
    ['2026-01-01', '2026-12-31', '2025-12-31', false],
    ['2026-01-01', '2026-12-31', '2027-01-01', false],
    [null, null, '2026-06-01', false],
  ])('inWarranty(%s, %s, %s) = %s', (a, b, on, r) => expect(inWarranty(a, b, on)).toBe(r));
  it('normalizes serials', () => expect(normalizeSerial(' ab 12-x ')).toBe('AB12-X'));
});

describe('response deadline rule: contract > product > region (longest) > point > 8 h 24×7', () => {
  const regions = [
    { regionCode: '310000', minutes: 360 },
    { regionCode: '310100', minutes: 240, clock: 'working' as const },
    { regionCode: '440000', minutes: 720 },
  ];
  it.each([
    [{}, 480, '24x7', 'default'],
    [{ pointDefault: { minutes: 600 } }, 600, '24x7', 'point'],
    [{ regions, regionCode: '310115', pointDefault: { minutes: 600 } }, 240, 'working', 'region'],
    [{ regions, regionCode: '310230' }, 360, '24x7', 'region'],
    [{ regions, regionCode: '320100' }, 480, '24x7', 'default'],
    [{ regions, regionCode: '310115', product: { minutes: 120 } }, 120, '24x7', 'product'],
    [{ regions, regionCode: '310115', product: { minutes: 120 }, contract: { minutes: 60, clock: 'working' as const } }, 60, 'working', 'contract'],
    [{ contract: { clock: 'working' as const }, product: { minutes: 300 } }, 300, '24x7', 'product'],
  ])('%j → %i min %s from %s', (src, minutes, clock, source) => {
    expect(responseRule(src)).toEqual({ minutes, clock, source });
  });
  it.each([
    ['310000', '310115', true],
    ['310100', '310115', true],
    ['310115', '310115', true],
    ['310100', '310230', false],
    ['000000', '310115', false],
  ])('regionMatches(%s, %s) = %s', (a, b, r) => expect(regionMatches(a, b)).toBe(r));
});

describe('escalation ladder', () => {
  const t0 = new Date('2026-12-01T02:00:00Z');
  it.each([
    [0, 1],
    [1, 2],
    [2, null],
  ])('after level %i comes %s', (l, n) => expect(nextLevel(l)).toBe(n));
  it('level limits: the engineer until the deadline, supervisor 120 min, the top has none', () => {
    expect(levelDueAt(0, t0)?.toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(levelDueAt(1, t0)?.toISOString()).toBe('2026-12-01T04:00:00.000Z');
    expect(levelDueAt(2, t0)).toBeNull();
    expect(levelDueAt(0, t0, { engineer: 15, supervisor: 30, manager: 0 })?.toISOString()).toBe('2026-12-01T02:15:00.000Z');
  });
});

describe('visit status machine', () => {
  const cases: [VisitStatus, VisitEvent, boolean, VisitStatus | string][] = [
    ['open', 'assign', true, 'assigned'],
    ['assigned', 'assign', true, 'assigned'],
    ['checked_in', 'assign', true, '不能派工'],
    ['assigned', 'check_in', true, 'checked_in'],
    ['open', 'check_in', true, '不能签到'],
    ['checked_in', 'check_in', true, '不能签到'],
    ['assigned', 'check_out', true, '尚未签到,不能签退'],
    ['open', 'check_out', true, '不能签退'],
    ['checked_in', 'check_out', true, 'done'],
    ['checked_in', 'check_out', false, 'unresolved'],
    ['done', 'check_out', true, '不能签退'],
    ['open', 'cancel', true, 'cancelled'],
    ['assigned', 'cancel', true, 'cancelled'],
    ['checked_in', 'cancel', true, '不能取消'],
    ['done', 'cancel', true, '不能取消'],
  ];
  it.each(cases)('%s + %s (resolved %s) → %s', (from, e, resolved, to) => {
    const r = nextVisitStatus(from, e, resolved);
    if (r.ok) expect(r.to).toBe(to);
    else expect(r.message).toContain(to);
  });
});

describe('routing to the point covering the site', () => {
  const pts: CoveragePoint[] = [
    { id: 'hq', parentId: null, path: '/hq/', regionCodes: [], kind: 'hq' },
    { id: 'east', parentId: 'hq', path: '/hq/east/', regionCodes: ['310000', '320000'], kind: 'regional' },
    { id: 'sh', parentId: 'east', path: '/hq/east/sh/', regionCodes: ['310100'], kind: 'station' },
    { id: 'pd', parentId: 'east', path: '/hq/east/pd/', regionCodes: ['310115'], kind: 'station' },
    { id: 'south', parentId: 'hq', path: '/hq/south/', regionCodes: ['440000'], kind: 'regional' },
  ];
  it.each([
    ['310115', 'sh', 'pd', 'coverage'],
    ['310104', 'pd', 'sh', 'coverage'],
    ['320500', 'sh', 'east', 'coverage'],
    ['440300', 'sh', 'south', 'coverage'],
    ['110000', 'sh', 'sh', 'fallback'],
    [null, 'pd', 'pd', 'fallback'],
  ])('site %s received at %s → %s (%s)', (code, at, to, reason) => {
    expect(routeToPoint(code, at, pts)).toEqual({ pointId: to, reason });
  });
  it('a tie goes to the deeper point', () => {
    const tie = [...pts, { id: 'sub', parentId: 'sh', path: '/hq/east/sh/sub/', regionCodes: ['310100'], kind: 'franchise' }];
    expect(routeToPoint('310101', 'hq', tie).pointId).toBe('sub');
  });
});

describe('trained before dispatch', () => {
  const e = {
    skills: ['冷柜', '烤箱', '洗碗机'],
    certificates: [
      { skill: '冷柜', validFrom: '2026-01-01', validUntil: '2026-12-31' },
      { skill: '烤箱', validFrom: '2025-01-01', validUntil: '2026-11-30' },
      { skill: '蒸柜', validFrom: '2026-01-01', validUntil: '2027-12-31' },
    ],
  };
  it.each([
    ['冷柜', '2026-12-31', null],
    ['冷柜', '2026-01-01', null],
    ['冷柜', '2027-01-01', '已于 2026-12-31 过期'],
    ['冷柜', '2025-12-31', '尚未生效'],
    ['烤箱', '2026-12-01', '已于 2026-11-30 过期'],
    ['洗碗机', '2026-06-01', '没有「洗碗机」的培训合格证书'],
    ['蒸柜', '2026-06-01', '不具备「蒸柜」技能'],
  ])('%s on %s → %s', (skill, on, reason) => {
    const r = eligibility(e, skill, on);
    if (reason === null) expect(r.ok).toBe(true);
    else expect(r.ok ? '' : r.reason).toContain(reason);
  });
  it('dispatchable skills and 30-day expiry warning', () => {
    expect(dispatchableSkills(e, '2026-11-15')).toEqual(['冷柜', '烤箱']);
    expect(expiringSoon(e.certificates, '2026-11-01').map((c) => c.skill)).toEqual(['烤箱']);
    expect(expiringSoon(e.certificates, '2026-10-31').map((c) => c.skill)).toEqual(['烤箱']);
    expect(expiringSoon(e.certificates, '2026-10-30').map((c) => c.skill)).toEqual([]);
    expect(expiringSoon(e.certificates, '2026-12-01').map((c) => c.skill)).toEqual(['冷柜']);
    expect(certificateValidOn(e.certificates[0], '2027-01-01')).toBe(false);
  });
});
