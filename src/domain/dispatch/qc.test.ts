import { describe, expect, it } from 'vitest';
import { firstTimeFix, workshopRatios } from './qc.js';
import { documentNumber } from '../time/document-numbers.js';
import { refuseJobAction, type JobAction, type JobStatus } from './job-status.js';

describe('QC certificates and workshop measures', () => {
  it.each([
    ['2026', 1, 'QC202600001'],
    ['2027', 12345, 'QC202712345'],
  ] as const)('certificate %s #%i → %s', (y, n, no) => {
    expect(documentNumber('qcCertificate', 'Asia/Shanghai', new Date(`${y}-06-01T00:00:00Z`), n)).toBe(no);
  });

  it('first-time fix counts each work order by its first inspection only', () => {
    const t = (h: number) => new Date(Date.UTC(2026, 10, 22, h));
    const r = firstTimeFix([
      { workOrderId: 'a', isPassed: true, at: t(3) },
      { workOrderId: 'a', isPassed: false, at: t(2) },
      { workOrderId: 'b', isPassed: true, at: t(4) },
      { workOrderId: 'c', isPassed: true, at: t(5) },
    ]);
    expect(r).toEqual({ inspectedOrders: 3, firstPassOrders: 2, firstTimeFixRate: 0.6667 });
    expect(firstTimeFix([]).firstTimeFixRate).toBeNull();
    // Order a was first inspected before the window: it is not counted again when it passes inside it.
    expect(
      firstTimeFix(
        [
          { workOrderId: 'a', isPassed: false, at: t(2) },
          { workOrderId: 'a', isPassed: true, at: t(3) },
        ],
        { from: t(3), to: t(6) },
      ).inspectedOrders,
    ).toBe(0);
  });

  it.each([
    [
      { attendanceMinutes: 480, clockedMinutes: 360, finishedStandardMinutes: 300, finishedClockedMinutes: 240 },
      { productivity: 0.75, efficiency: 1.25 },
    ],
    [
      { attendanceMinutes: 0, clockedMinutes: 0, finishedStandardMinutes: 0, finishedClockedMinutes: 0 },
      { productivity: null, efficiency: null },
    ],
  ])('ratios %o', (m, expected) => expect(workshopRatios(m)).toEqual(expected));
});

describe('job actions by status', () => {
  it.each([
    ['pending', 'start', null],
    ['rework', 'start', null],
    ['paused', 'start', null],
    ['in_progress', 'start', '作业状态为「作业中」,不能开工'],
    ['in_progress', 'pause', null],
    ['paused', 'pause', '作业状态为「已暂停」,不能暂停'],
    ['paused', 'finish', null],
    ['pending', 'finish', '作业状态为「待开工」,不能完工'],
    ['finished', 'assign', '作业状态为「已完工」,不能派工'],
    ['in_progress', 'assign', '作业状态为「作业中」,不能派工'],
    ['cancelled', 'start', '作业状态为「已取消」,不能开工'],
  ] as [JobStatus, JobAction, string | null][])('%s + %s', (status, action, refusal) => {
    expect(refuseJobAction(status, action)).toBe(refusal);
  });
});

describe('first-time fix counts comebacks (返修) as not fixed', () => {
  it('an order that passed QC first time but whose car came back is not a first-time fix', () => {
    const at = new Date('2026-11-22T03:00:00Z');
    const inspections = [
      { workOrderId: 'a', isPassed: true, at },
      { workOrderId: 'b', isPassed: true, at },
      { workOrderId: 'c', isPassed: false, at },
    ];
    expect(firstTimeFix(inspections).firstPassOrders).toBe(2);
    expect(firstTimeFix(inspections, undefined, new Set(['b']))).toMatchObject({ inspectedOrders: 3, firstPassOrders: 1 });
  });
});
