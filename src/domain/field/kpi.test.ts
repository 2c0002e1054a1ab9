import { describe, expect, it } from 'vitest';
import {
  emptyFieldCounters,
  FIELD_KPIS,
  fieldCounters,
  fieldKpiByKey,
  fieldKpiValues,
  missesDeadline,
  type FieldCounters,
  type KpiRequest,
  type KpiVisit,
} from './kpi.js';

const t = (h: number) => new Date(Date.UTC(2026, 10, 1) + h * 3_600_000);
const req = (id: string, contactedH: number | null, closedH: number | null, rating: number | null = null): KpiRequest => ({
  id,
  receivedAt: t(0),
  contactedAt: contactedH === null ? null : t(contactedH),
  closedAt: closedH === null ? null : t(closedH),
  rating,
});
const visit = (id: string, o: Partial<KpiVisit>): KpiVisit => ({
  id,
  requestId: null,
  unitId: null,
  kind: 'repair',
  deadlineAt: null,
  checkInAt: null,
  checkOutAt: null,
  status: 'done',
  ...o,
});
const c = (o: Partial<FieldCounters>): FieldCounters => ({ ...emptyFieldCounters(), ...o });

describe('field KPI definitions (formula over counters)', () => {
  it.each([
    ['contactRate', c({ requests: 4, contacted1h: 3 }), 0.75],
    ['contactRate', c({}), null],
    ['onTimeArrivalRate', c({ dueVisits: 5, arrivedOnTime: 4 }), 0.8],
    ['onTimeArrivalRate', c({ visits: 3 }), null],
    ['firstTimeFixRate', c({ repairs: 4, secondVisits: 1 }), 0.75],
    ['firstTimeFixRate', c({ repairs: 0 }), null],
    ['repeat90Rate', c({ repairs: 10, repeat90: 2 }), 0.2],
    ['mttrMinutes', c({ timedRepairs: 2, repairMinutes: 150 }), 75],
    ['mttrMinutes', c({}), null],
    ['within48hRate', c({ requests: 5, closed48h: 4 }), 0.8],
    ['ratedRate', c({ requests: 5, rated: 2 }), 0.4],
    ['fiveStarRate', c({ rated: 4, fiveStar: 1 }), 0.25],
    ['meanRating', c({ rated: 4, ratingSum: 18 }), 4.5],
    ['meanRating', c({ requests: 3 }), null],
    ['requests', c({ requests: 7 }), 7],
  ])('%s of %j = %s', (key, counters, expected) => {
    const v = fieldKpiByKey(key)!.value(counters);
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 10);
  });
  it('every definition has its formula in both languages and a unique key', () => {
    expect(new Set(FIELD_KPIS.map((k) => k.key)).size).toBe(FIELD_KPIS.length);
    for (const k of FIELD_KPIS) expect(k.formulaZh && k.formulaEn && k.nameZh && k.nameEn).toBeTruthy();
    expect(Object.keys(fieldKpiValues(emptyFieldCounters()))).toEqual(FIELD_KPIS.map((k) => k.key));
  });
});

describe('field counters', () => {
  it('empty → every rate null (no 0 % or 100 % out of nothing)', () => {
    const v = fieldKpiValues(fieldCounters([], [], t(0)));
    for (const k of ['contactRate', 'onTimeArrivalRate', 'firstTimeFixRate', 'repeat90Rate', 'mttrMinutes', 'within48hRate', 'meanRating'])
      expect(v[k]).toBeNull();
  });
  it('contact within exactly 1 h counts, 1 h + 1 ms does not; 48 h boundary inclusive; ratings', () => {
    const r = [req('a', 1, 48, 5), req('b', 1 + 1 / 3_600_000, 48 + 1 / 3_600_000, 3), req('c', null, null)];
    expect(fieldCounters(r, [], t(100))).toMatchObject({ requests: 3, contacted1h: 1, closed48h: 1, rated: 2, fiveStar: 1, ratingSum: 8 });
  });
  it('上门及时率: arrival at the deadline is on time; overdue without arrival counts late; not yet due and cancelled are left out', () => {
    const v = [
      visit('1', { deadlineAt: t(8), checkInAt: t(8), checkOutAt: t(9) }),
      visit('2', { deadlineAt: t(8), checkInAt: t(8.01), checkOutAt: t(9) }),
      visit('3', { deadlineAt: t(8), status: 'assigned' }),
      visit('4', { deadlineAt: t(20), status: 'assigned' }),
      visit('5', { deadlineAt: t(1), status: 'cancelled' }),
    ];
    expect(fieldCounters([], v, t(10))).toMatchObject({ visits: 4, dueVisits: 3, arrivedOnTime: 1 });
  });
  it('second visits, 90-day repeats (by check-out, ties by id) and MTTR of repairs only', () => {
    const v = [
      visit('1', { requestId: 'r1', unitId: 'u1', checkInAt: t(0), checkOutAt: t(1), status: 'unresolved' }),
      visit('2', { requestId: 'r1', unitId: 'u1', checkInAt: t(24), checkOutAt: t(26) }),
      visit('3', { requestId: 'r2', unitId: 'u1', checkInAt: t(24 * 91 + 26), checkOutAt: t(24 * 91 + 27) }),
      visit('4', { requestId: 'r3', unitId: 'u2', checkInAt: t(0), checkOutAt: t(3) }),
      visit('5', { kind: 'maintenance', unitId: 'u2', checkInAt: t(5), checkOutAt: t(6) }),
      visit('6', { requestId: 'r4', unitId: 'u3', checkInAt: t(0), checkOutAt: t(2) }),
      visit('7', { requestId: 'r4', unitId: 'u3', checkInAt: t(1), checkOutAt: t(2) }),
    ];
    const k = fieldCounters([], v, t(0));
    // r1's second visit (2) and r4's tie (7 after 6 by id) are second visits; u1 26 h → 91 d + 27 h is more than 90 days.
    expect(k).toMatchObject({ repairs: 6, secondVisits: 2, repeat90: 2, timedRepairs: 6 });
    expect(k.repairMinutes).toBe((1 + 2 + 1 + 3 + 2 + 1) * 60);
  });
  it('visits outside the period are not counted but are looked back to', () => {
    const v = [
      visit('1', { requestId: 'r1', unitId: 'u1', checkInAt: t(0), checkOutAt: t(1), status: 'unresolved', inPeriod: false }),
      visit('2', { requestId: 'r1', unitId: 'u1', checkInAt: t(24), checkOutAt: t(25) }),
    ];
    expect(fieldCounters([], v, t(0))).toMatchObject({ visits: 1, repairs: 1, secondVisits: 1, repeat90: 1, repairMinutes: 60 });
  });
  it.each([
    [t(9), t(8), true],
    [t(8), t(8), false],
    [null, t(8), false],
    [t(9), null, false],
  ])('missesDeadline(%s, %s) = %s', (eta, d, r) => expect(missesDeadline(eta, d)).toBe(r));
});
