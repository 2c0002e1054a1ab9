import { describe, expect, it } from 'vitest';
import { formatPlate, validatePlate } from './plate.js';

describe('validatePlate', () => {
  it.each([
    ['沪A12345', '沪A12345'],
    ['京N8P8F8', '京N8P8F8'],
    ['沪a12345', '沪A12345'],
    ['沪A·12345', '沪A12345'],
    ['沪A 12345', '沪A12345'],
    ['沪A-12345', '沪A12345'],
    ['沪Ａ１２３４５', '沪A12345'],
    ['粤B1234学', '粤B1234学'],
    ['苏E1234挂', '苏E1234挂'],
    ['粤Z1234港', '粤Z1234港'],
    ['粤Z1234澳', '粤Z1234澳'],
    ['京A1234警', '京A1234警'],
    ['琼AABCDE', '琼AABCDE'],
  ])('%j is a standard plate %s', (raw, plate) => expect(validatePlate(raw)).toEqual({ ok: true, plate, kind: 'standard' }));

  it.each([
    ['粤B·D12345', '粤BD12345', 'small'],
    ['粤bd12345', '粤BD12345', 'small'],
    ['沪AF12345', '沪AF12345', 'small'],
    ['沪AD A1234', '沪ADA1234', 'small'],
    ['浙AK12345', '浙AK12345', 'small'],
    ['京A12345D', '京A12345D', 'large'],
    ['京A·12345F', '京A12345F', 'large'],
  ])('%j is a new-energy plate %s (%s)', (raw, plate, vehicleSize) => {
    expect(validatePlate(raw)).toEqual({ ok: true, plate, kind: 'new-energy', vehicleSize });
  });

  it.each([
    ['', 'PLATE_EMPTY'],
    [' · ', 'PLATE_EMPTY'],
    ['A12345', 'PLATE_PROVINCE'],
    ['港A12345', 'PLATE_PROVINCE'],
    ['台A12345', 'PLATE_PROVINCE'],
    ['沪12345', 'PLATE_FORMAT'], // no authority letter
    ['沪I12345', 'PLATE_FORMAT'], // I
    ['沪A1234O', 'PLATE_FORMAT'], // O
    ['沪1A2345', 'PLATE_FORMAT'],
    ['沪A1234', 'PLATE_FORMAT'], // 6
    ['沪A123456', 'PLATE_FORMAT'], // 8 but no new-energy mark
    ['粤BL12345', 'PLATE_FORMAT'], // L is not a new-energy mark
    ['粤BDA12345', 'PLATE_FORMAT'], // 9
    ['粤BDAB123', 'PLATE_FORMAT'], // a letter where the four digits belong
    ['京A1234DD', 'PLATE_FORMAT'],
    ['沪A学1234', 'PLATE_FORMAT'], // 学 only at the end
    ['沪A12345挂', 'PLATE_FORMAT'],
  ])('%j → %s', (raw, code) => {
    const r = validatePlate(raw);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.message).toMatch(/车牌号/);
  });
});

describe('formatPlate', () => {
  it.each([
    ['沪a12345', '沪A·12345'],
    ['粤B·D12345', '粤B·D12345'],
    ['京A12345D', '京A·12345D'],
  ])('%s → %s', (raw, shown) => expect(formatPlate(raw)).toBe(shown));
});
