import { describe, expect, it } from 'vitest';
import { kmPerDay, maintenanceDue, MESSAGE_KIND_INFO, MESSAGE_KINDS, refuseMessage, renderMessage, unknownPlaceholders } from './index.js';

describe('message texts', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(renderMessage('{customer}您好,{plate} {x}', { customer: '王先生', plate: '沪A1' })).toBe('王先生您好,沪A1 {x}');
  });
  it('every default text uses only its own placeholders', () => {
    for (const k of MESSAGE_KINDS) expect(unknownPlaceholders(k, MESSAGE_KIND_INFO[k].defaultBody)).toEqual([]);
    expect(unknownPlaceholders('car_ready', '{plate} {amount}')).toEqual(['amount']);
  });
});

describe('consent', () => {
  const ok = { phone: '13812345678', marketingConsent: false, erasedAt: null };
  it.each([
    ['car_ready', ok, true, null],
    ['maintenance_due', ok, true, '客户未同意接收营销类消息'],
    ['maintenance_due', { ...ok, marketingConsent: true }, true, null],
    ['car_ready', { ...ok, phone: '021-62345678' }, true, '客户没有可接收短信的手机号'],
    ['car_ready', { ...ok, erasedAt: new Date(0) }, true, '客户个人信息已删除'],
    ['car_ready', ok, false, '本网点已停用该类消息'],
  ] as const)('%s to %o (template on: %s) → %s', (kind, to, enabled, reason) => {
    expect(refuseMessage(kind, to, enabled)).toBe(reason);
  });
});

describe('maintenance due', () => {
  it('averages km per day over the visits', () => {
    expect(
      kmPerDay([
        { date: '2026-01-01', km: 10000 },
        { date: '2026-03-02', km: 13000 },
      ]),
    ).toBe(50);
    expect(kmPerDay([{ date: '2026-01-01', km: 10000 }])).toBeNull();
    expect(
      kmPerDay([
        { date: '2026-01-01', km: 10000 },
        { date: '2026-01-01', km: 10100 },
      ]),
    ).toBeNull();
  });
  const readings = [
    { date: '2026-06-01', km: 10000 },
    { date: '2026-09-01', km: 19200 }, // 100 km a day
  ];
  it.each([
    ['by mileage: 47 days at 100 km/day ≥ 5000 − 300', '2026-10-18', 'mileage'],
    ['not yet: 40 days → 23200 km', '2026-10-11', null],
  ])('%s', (_, today, by) => {
    expect(maintenanceDue({ date: '2026-09-01', km: 19200 }, readings, today)?.by ?? null).toBe(by);
  });
  it('by date when the car is rarely driven', () => {
    const slow = [
      { date: '2026-01-01', km: 10000 },
      { date: '2026-06-01', km: 10500 },
    ];
    expect(maintenanceDue({ date: '2026-06-01', km: 10500 }, slow, '2026-11-21')).toMatchObject({ by: 'date', dueDate: '2026-11-28' });
    expect(maintenanceDue({ date: '2026-06-01', km: 10500 }, slow, '2026-11-10')).toBeNull();
  });
});
