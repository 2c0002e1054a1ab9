import { describe, expect, it } from 'vitest';
import {
  commissionProblems,
  INSTALL_EVENTS,
  INSTALL_STATUSES,
  measurementResult,
  nextInstallStatus,
  specProblems,
  type InstallEvent,
  type InstallStatus,
} from './install.js';

describe('install order statuses', () => {
  const allowed: Record<InstallEvent, Partial<Record<InstallStatus, InstallStatus>>> = {
    record: { planned: 'in_progress', in_progress: 'in_progress', commissioned: 'in_progress' },
    commission: { in_progress: 'commissioned' },
    accept: { commissioned: 'accepted' },
    cancel: { planned: 'cancelled', in_progress: 'cancelled', commissioned: 'cancelled' },
  };
  for (const event of INSTALL_EVENTS)
    for (const from of INSTALL_STATUSES)
      it(`${event} from ${from} → ${allowed[event][from] ?? 'refused'}`, () => {
        const r = nextInstallStatus(from, event);
        if (allowed[event][from]) expect(r).toEqual({ ok: true, to: allowed[event][from] });
        else expect(r.ok).toBe(false);
      });
  it('says why an install not yet commissioned cannot be accepted', () => {
    expect(nextInstallStatus('in_progress', 'accept')).toEqual({ ok: false, message: '调试尚未完成(检查项与测量合格后),不能验收' });
    expect(nextInstallStatus('accepted', 'cancel')).toEqual({ ok: false, message: '安装单状态为「客户已验收」,不能取消' });
  });
});

describe('commissioning measurements', () => {
  it.each([
    [{ min: 2, max: 8, value: 5 }, 'pass'],
    [{ min: 2, max: 8, value: 2 }, 'pass'],
    [{ min: 2, max: 8, value: 8 }, 'pass'],
    [{ min: 2, max: 8, value: 8.01 }, 'fail'],
    [{ min: 2, max: 8, value: 1.99 }, 'fail'],
    [{ min: null, max: 8, value: -40 }, 'pass'],
    [{ min: 200, max: null, value: 199 }, 'fail'],
    [{ min: 2, max: 8, value: null }, null],
  ] as const)('%o → %s', (m, want) => expect(measurementResult(m)).toBe(want));

  it('lists unchecked required items, unmeasured and out-of-range values, field by field', () => {
    const problems = commissionProblems(
      [
        { label: '水平调整', required: true, done: true },
        { label: '接地检查', required: true, done: false },
        { label: '外观清洁', required: false, done: false },
      ],
      [
        { name: '电压', unit: 'V', min: 209, max: 231, value: 220 },
        { name: '箱内温度', unit: '℃', min: 0, max: 5, value: 7 },
        { name: '电流', unit: 'A', min: null, max: 16, value: null },
      ],
    );
    expect(problems.map((p) => p.path)).toEqual(['checklist.1', 'measurements.1.value', 'measurements.2.value']);
    expect(problems[1].message).toBe('「箱内温度」7 ℃ 超出允许范围 0–5 ℃');
  });
  it('nothing to fix when everything required is done and in range', () => {
    expect(commissionProblems([{ label: 'a', required: true, done: true }], [{ name: 'U', unit: 'V', min: 1, max: 2, value: 1.5 }])).toEqual([]);
  });
  it('a range whose low end is above its high end is refused', () => {
    expect(
      specProblems([
        { name: 'U', min: 5, max: 1 },
        { name: ' ', min: null, max: null },
      ]).map((p) => p.path),
    ).toEqual(['measurements.0.max', 'measurements.1.name']);
  });
});
