import { describe, expect, it } from 'vitest';
import { validateVin, vinCheckDigit } from './vin.js';

describe('vinCheckDigit', () => {
  it.each([
    ['1M8GDM9AXKP042788', 'X'], // the classic example of the standard (remainder 10)
    ['1HGCM82633A004352', '3'],
    ['5GZCZ43D13S812715', '1'],
    ['JHMCM56557C404453', '5'],
    ['LVSHCAMB1CE054249', '1'],
    ['LSVNV2182E2100116', '2'],
    ['LSVAU218XN2183294', 'X'],
    ['LHGCR265XE8018473', 'X'],
    ['11111111111111111', '1'],
    ['LFV2A21K6A3043256', '3'], // carries 6: a mismatch
  ])('%s → %s', (vin, digit) => expect(vinCheckDigit(vin)).toBe(digit));

  it('throws on a malformed VIN', () => expect(() => vinCheckDigit('ABC')).toThrow(RangeError));
});

describe('validateVin', () => {
  it.each([
    ['1M8GDM9AXKP042788', '1M8GDM9AXKP042788'],
    ['  1hgcm82633a004352 ', '1HGCM82633A004352'],
    ['ＬＳＶＮＶ２１８２Ｅ２１００１１６', 'LSVNV2182E2100116'], // full-width from a Chinese IME
    ['lsvau218xn2183294', 'LSVAU218XN2183294'],
    ['LHGCR265XE8018473', 'LHGCR265XE8018473'],
  ])('accepts %j as %s', (raw, vin) => expect(validateVin(raw)).toEqual({ ok: true, vin, checkDigitValid: true }));

  it.each([
    [''],
    ['1M8GDM9AXKP04278'], // 16
    ['1M8GDM9AXKP0427888'], // 18
    ['1M8GDM9AXKP04278O'], // O
    ['IM8GDM9AXKP042788'], // I
    ['1M8GDM9AXKQ042788'], // Q
    ['1M8GDM9AX-P042788'],
    ['1M8GDM9AX P042788'],
    ['粤B8GDM9AXKP04278'],
  ])('refuses %j as VIN_FORMAT', (raw) => {
    expect(validateVin(raw)).toEqual({ ok: false, code: 'VIN_FORMAT', message: '车架号须为 17 位字母或数字,且不含 I、O、Q' });
  });

  it.each([
    ['LFV2A21K6A3043256', '3'],
    ['LSVAU2180N2183294', 'X'],
    ['1M8GDM9A1KP042788', 'X'],
    ['WP0ZZZ99ZTS392124', '8'], // European VINs often carry no check digit
  ])('refuses %s as VIN_CHECK_DIGIT (should be %s)', (raw, expected) => {
    expect(validateVin(raw)).toEqual({
      ok: false,
      code: 'VIN_CHECK_DIGIT',
      message: `车架号校验位不符(应为 ${expected}),如为进口车请确认后继续`,
    });
  });

  it.each([
    ['WP0ZZZ99ZTS392124', false],
    ['1M8GDM9AXKP042788', true],
  ])('with allowCheckDigitMismatch accepts %s (checkDigitValid %s)', (vin, valid) => {
    expect(validateVin(vin, { allowCheckDigitMismatch: true })).toEqual({ ok: true, vin, checkDigitValid: valid });
  });

  it('the override never excuses a bad format', () => {
    expect(validateVin('1M8GDM9AXKP04278O', { allowCheckDigitMismatch: true })).toMatchObject({ ok: false, code: 'VIN_FORMAT' });
  });
});
