import { describe, expect, it } from 'vitest';
import { decodeVin, modelYearOf, WMI } from './vin-decode.js';

describe('modelYearOf (position 10)', () => {
  it.each([
    ['A', 2027, 2010],
    ['L', 2027, 2020],
    ['N', 2027, 2022],
    ['R', 2027, 2024],
    ['S', 2027, 2025],
    ['T', 2027, 2026],
    ['V', 2027, 2027],
    ['W', 2027, 1998], // 2028 is not yet possible
    ['Y', 2027, 2000],
    ['1', 2027, 2001],
    ['9', 2027, 2009],
    ['A', 2041, 2040],
    ['I', 2027, null],
    ['O', 2027, null],
    ['Q', 2027, null],
    ['U', 2027, null],
    ['Z', 2027, null],
    ['0', 2027, null],
  ])('%s up to %i → %s', (code, latest, year) => expect(modelYearOf(code, latest)).toBe(year));
});

describe('decodeVin', () => {
  it.each([
    ['LSVAU2180N2183294', '上汽大众', '大众', 2022],
    ['lfv2a21k7l4101234', '一汽-大众', '大众', 2020],
    ['LBVPH18059SC12345', '华晨宝马', '宝马', 2009],
    ['LE4ZG8DB1ML123456', '北京奔驰', '奔驰', 2021],
    ['LHGCV1658P8012345', '广汽本田', '本田', 2023],
    ['LGXC16DF9R0123456', '比亚迪', '比亚迪', 2024],
    ['LRWYGCEK1PC123456', '特斯拉(上海)', '特斯拉', 2023],
    ['WBA8E9C51GK123456', 'BMW AG', '宝马', 2016],
    ['JTDKB20U093123456', '丰田汽车', '丰田', 2009],
  ])('%s → %s %s %i', (vin, maker, brand, year) => {
    const d = decodeVin(vin, 2027);
    expect(d?.manufacturer?.manufacturer).toBe(maker);
    expect(d?.manufacturer?.brands[0]).toBe(brand);
    expect(d?.modelYear).toBe(year);
  });
  it('knows the year but not the maker of an unknown WMI', () =>
    expect(decodeVin('XTA21099012345678', 2027)).toEqual({ wmi: 'XTA', manufacturer: null, modelYear: 2001 }));
  it.each(['', 'LSVAU2180N218329', 'LSVAU2180N21832945', 'LSVAU2180N218329O'])('%j is no VIN', (v) => expect(decodeVin(v, 2027)).toBeNull());
  it('the table holds every WMI the issue names, each well-formed', () => {
    for (const w of [
      'LSV',
      'LFV',
      'LBV',
      'LE4',
      'LHG',
      'LVH',
      'LVG',
      'LFM',
      'LGB',
      'LSG',
      'LVS',
      'LBE',
      'LJD',
      'LGX',
      'LRW',
      'LB3',
      'LGW',
      'LS5',
      'LNB',
      'LVV',
      'LDC',
      'LZW',
      'WBA',
      'WDD',
      'JTD',
    ])
      expect(WMI[w]?.brands.length).toBeGreaterThan(0);
    for (const w of Object.keys(WMI)) expect(w).toMatch(/^[A-HJ-NPR-Z0-9]{3}$/);
  });
});
