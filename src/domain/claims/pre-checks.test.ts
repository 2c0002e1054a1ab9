import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_SETTINGS } from './amount.js';
import {
  laborMatchesFault,
  laborMatchesModel,
  lateSubmission,
  mileageNotDecreasing,
  notDuplicate,
  partMatchesModel,
  preauthPresent,
  type PreCheckInput,
  runPreChecks,
  withinWarranty,
} from './pre-checks.js';

const s = { ...DEFAULT_CLAIM_SETTINGS, submitWithinDays: 30, duplicateWithinDays: 30, preauthAboveFen: 500_000 };
const base: PreCheckInput = {
  completedOn: '2026-11-01',
  today: '2026-11-10',
  vin: 'LSVAU2180N2183294',
  model: '朗逸',
  faultCode: 'EN-001',
  causePartNo: 'P-100',
  mileageKm: 20_000,
  amountFen: 100_000,
  labor: [{ code: 'L-01', catalog: { faultCodes: ['EN-001'], models: ['朗逸'] } }],
  parts: [{ partNo: 'P-100', catalog: { models: ['朗逸'] } }],
  previousMileageKm: 19_000,
  earlierClaims: [],
  coverage: { covered: true, reasonZh: '' },
  hasApprovedPreauth: false,
};
const at = (o: Partial<PreCheckInput>) => ({ ...base, ...o });

describe('pre-checks', () => {
  it('a clean claim has no findings', () => expect(runPreChecks(base, s)).toEqual([]));

  it.each([
    ['same day', '2026-11-01', false],
    ['day 30 is still in time', '2026-12-01', false],
    ['day 31 is late', '2026-12-02', true],
  ])('late submission: %s', (_, today, late) => {
    const f = lateSubmission(at({ today }), s);
    expect(f !== null).toBe(late);
    if (f) expect(f).toMatchObject({ rule: 'late', severity: 'reject', path: 'completedOn' });
  });

  it.each([
    ['mapped to the fault code', { faultCodes: ['EN-001', 'EN-002'], models: [] }, null],
    ['another fault code', { faultCodes: ['EN-002'], models: [] }, '不适用于故障代码 EN-001'],
    ['not in the catalog', null, '不在厂家目录中'],
  ])('labor code vs fault code: %s', (_, catalog, message) => {
    const f = laborMatchesFault(
      at({
        labor: [
          { code: 'OK', catalog: { faultCodes: ['EN-001'], models: [] } },
          { code: 'L-02', catalog },
        ],
      }),
      s,
    );
    if (message === null) expect(f).toBeNull();
    else expect(f).toMatchObject({ rule: 'laborFault', severity: 'return', path: 'labor.1.code', messageZh: expect.stringContaining(message) });
  });

  it.each([
    ['listed model', ['朗逸', '帕萨特'], false],
    ['applies to every model', [], false],
    ['other model only', ['帕萨特'], true],
  ])('labor code vs model: %s', (_, models, bad) => {
    expect(laborMatchesModel(at({ labor: [{ code: 'L-01', catalog: { faultCodes: ['EN-001'], models } }] }), s) !== null).toBe(bad);
  });

  it.each([
    ['listed model', ['朗逸'], false],
    ['not in the catalog', null, false],
    ['other model only', ['途观'], true],
  ])('part vs model: %s', (_, models, bad) => {
    const f = partMatchesModel(at({ parts: [{ partNo: 'P-100', catalog: models ? { models } : null }] }), s);
    expect(f !== null).toBe(bad);
    if (f) expect(f.path).toBe('parts.0.partNo');
  });

  it.each([
    ['no earlier visit', null, false],
    ['higher than before', 19_999, false],
    ['equal to before', 20_000, false],
    ['1 km lower than before', 20_001, true],
  ])('mileage: %s', (_, previousMileageKm, bad) => {
    expect(mileageNotDecreasing(at({ previousMileageKm }), s) !== null).toBe(bad);
  });

  it.each([
    ['none earlier', [], false],
    ['30 days before', [{ number: 'SP1', completedOn: '2026-10-02' }], true],
    ['31 days before', [{ number: 'SP1', completedOn: '2026-10-01' }], false],
    ['30 days after (entered late)', [{ number: 'SP1', completedOn: '2026-12-01' }], true],
  ])('duplicate VIN + cause part: %s', (_, earlierClaims, dup) => {
    const f = notDuplicate(at({ earlierClaims }), s);
    expect(f !== null).toBe(dup);
    if (f) expect(f.messageZh).toContain('SP1');
  });

  it('outside the warranty period rejects with the coverage reason', () => {
    expect(withinWarranty(at({ coverage: { covered: false, reasonZh: '包修期已于 2026-10-31 结束' } }), s)).toMatchObject({
      rule: 'coverage',
      severity: 'reject',
      messageZh: expect.stringContaining('2026-10-31'),
    });
  });

  it.each([
    ['at the amount', 500_000, false, false],
    ['1 fen above', 500_001, false, true],
    ['above with an approved pre-authorisation', 900_000, true, false],
  ])('pre-authorisation: %s', (_, amountFen, hasApprovedPreauth, missing) => {
    expect(preauthPresent(at({ amountFen, hasApprovedPreauth }), s) !== null).toBe(missing);
  });

  it('lists every finding, rejecting rules first', () => {
    const f = runPreChecks(at({ today: '2026-12-20', coverage: { covered: false, reasonZh: 'x' }, previousMileageKm: 30_000 }), s);
    expect(f.map((x) => x.rule)).toEqual(['late', 'coverage', 'mileage']);
  });
});
