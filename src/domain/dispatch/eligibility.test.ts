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
const HV = '高压电工证';
const qual = { name: QUAL, expiresOn: '2028-01-31' };
const hv = { trade: 'mechanical', repairCategory: 'minor', requiredCertificate: HV };

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
    // The labor operation's required certificate (高压电工证 for EV high-voltage work).
    ['required certificate held and valid', hv, tech({ certifications: [qual, { name: HV, expiresOn: '2027-03-01' }] }), null],
    ['required certificate missing', hv, tech(), 'CERTIFICATE'],
    ['required certificate expired yesterday', hv, tech({ certifications: [qual, { name: HV, expiresOn: '2026-11-21' }] }), 'CERTIFICATE'],
    ['required certificate expires today (still valid)', hv, tech({ certifications: [qual, { name: HV, expiresOn: TODAY }] }), null],
    [
      'required certificate not yet valid (starts tomorrow)',
      hv,
      tech({ certifications: [qual, { name: HV, expiresOn: null, validFrom: '2026-11-23' }] }),
      'CERTIFICATE',
    ],
    ['required certificate valid from today', hv, tech({ certifications: [qual, { name: HV, expiresOn: '2027-01-01', validFrom: TODAY }] }), null],
    [
      'an expired and a renewed required certificate',
      hv,
      tech({ certifications: [qual, { name: HV, expiresOn: '2025-01-01' }, { name: HV, expiresOn: '2028-01-01' }] }),
      null,
    ],
    [
      'a training certificate (equipment type) counts',
      { ...hv, requiredCertificate: 'ev-battery' },
      tech({ certifications: [qual, { name: 'EV-Battery', expiresOn: '2027-01-01', validFrom: '2026-01-01' }] }),
      null,
    ],
    ['another special certificate does not count', hv, tech({ certifications: [qual, { name: '低压电工作业证', expiresOn: '2029-01-01' }] }), 'CERTIFICATE'],
    ['a blank requirement gates nothing', { ...hv, requiredCertificate: '  ' }, tech(), null],
    ['qualification is checked first', hv, tech({ certifications: [{ name: HV, expiresOn: null }] }), 'QUALIFICATION'],
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
    expect(eligible(hv, tech(), TODAY)).toMatchObject({ reason: '该作业须持「高压电工证」,技师没有该证书,不能派工' });
    expect(eligible(hv, tech({ certifications: [qual, { name: HV, expiresOn: '2026-10-31' }] }), TODAY)).toMatchObject({
      reason: '该作业须持「高压电工证」,技师的证书已于 2026-10-31 过期,不能派工',
    });
    expect(eligible(hv, tech({ certifications: [qual, { name: HV, expiresOn: null, validFrom: '2026-12-01' }] }), TODAY)).toMatchObject({
      reason: '该作业须持「高压电工证」,技师的证书自 2026-12-01 起才生效,不能派工',
    });
  });
});
