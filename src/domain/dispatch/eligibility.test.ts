import { describe, expect, it } from 'vitest';
import { eligible, type EligibilityTechnician } from './eligibility.js';

const QUAL = '机动车维修技术人员从业资格证';
const tech = (o: Partial<EligibilityTechnician> = {}): EligibilityTechnician => ({
  trade: 'mechanical',
  skillGrade: 'mid',
  certifications: [{ name: QUAL, expiresOn: '2028-01-31' }],
  ...o,
});
const TODAY = '2026-11-22';

describe('eligible(job, technician, today)', () => {
  it.each([
    ['same trade, valid qualification', { trade: 'mechanical', repairCategory: 'minor' }, tech(), null],
    ['wrong trade', { trade: 'body', repairCategory: 'minor' }, tech(), 'TRADE'],
    ['electrical job to a mechanical (机电) technician', { trade: 'electrical', repairCategory: 'minor' }, tech(), null],
    ['electrical job to a body technician', { trade: 'electrical', repairCategory: 'minor' }, tech({ trade: 'body' }), 'TRADE'],
    ['technician without a trade', { trade: 'paint', repairCategory: 'minor' }, tech({ trade: null }), 'TRADE'],
    [
      'qualification expired yesterday',
      { trade: 'mechanical', repairCategory: 'minor' },
      tech({ certifications: [{ name: QUAL, expiresOn: '2026-11-21' }] }),
      'QUALIFICATION',
    ],
    [
      'qualification expires today (still valid)',
      { trade: 'mechanical', repairCategory: 'minor' },
      tech({ certifications: [{ name: QUAL, expiresOn: TODAY }] }),
      null,
    ],
    ['qualification without expiry', { trade: 'mechanical', repairCategory: 'minor' }, tech({ certifications: [{ name: QUAL, expiresOn: null }] }), null],
    [
      'no qualification at all',
      { trade: 'mechanical', repairCategory: 'minor' },
      tech({ certifications: [{ name: '低压电工作业证', expiresOn: '2029-01-01' }] }),
      'QUALIFICATION',
    ],
    [
      'expired special certificate only does not block',
      { trade: 'mechanical', repairCategory: 'minor' },
      tech({
        certifications: [
          { name: QUAL, expiresOn: '2028-01-01' },
          { name: '低压电工作业证', expiresOn: '2025-10-15' },
        ],
      }),
      null,
    ],
    [
      'an old and a renewed qualification',
      { trade: 'mechanical', repairCategory: 'minor' },
      tech({
        certifications: [
          { name: QUAL, expiresOn: '2020-01-01' },
          { name: QUAL, expiresOn: '2030-01-01' },
        ],
      }),
      null,
    ],
    ['apprentice on assembly repair', { trade: 'mechanical', repairCategory: 'assembly' }, tech({ skillGrade: 'apprentice' }), 'APPRENTICE'],
    ['apprentice on overhaul', { trade: 'mechanical', repairCategory: 'overhaul' }, tech({ skillGrade: 'apprentice' }), 'APPRENTICE'],
    ['apprentice on level-2 maintenance', { trade: 'mechanical', repairCategory: 'level2_maintenance' }, tech({ skillGrade: 'apprentice' }), null],
    ['master on overhaul', { trade: 'mechanical', repairCategory: 'overhaul' }, tech({ skillGrade: 'master' }), null],
  ] as const)('%s', (_name, job, t, code) => {
    const r = eligible(job, t, TODAY);
    if (code === null) expect(r).toEqual({ ok: true });
    else expect(r).toMatchObject({ ok: false, code });
  });

  it('gives the reason in Chinese', () => {
    expect(eligible({ trade: 'body', repairCategory: 'minor' }, tech(), TODAY)).toMatchObject({ reason: '工种不符:该作业为「钣金」,技师工种为「机修」' });
    expect(
      eligible({ trade: 'mechanical', repairCategory: 'minor' }, tech({ certifications: [{ name: QUAL, expiresOn: '2026-05-31' }] }), TODAY),
    ).toMatchObject({ reason: '从业资格证已于 2026-05-31 过期,不能派工' });
    expect(eligible({ trade: 'mechanical', repairCategory: 'assembly' }, tech({ skillGrade: 'apprentice' }), TODAY)).toMatchObject({
      reason: '学徒不能单独承担「总成修理」作业',
    });
  });
});
