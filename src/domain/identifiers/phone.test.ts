import { describe, expect, it } from 'vitest';
import { phoneTail, validateMobile, validatePhone } from './phone.js';

describe('validatePhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-13800138000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['１３９１２３４５６７８', '13912345678'],
    ['19912345678', '19912345678'],
  ])('mobile %j → %s', (raw, phone) => expect(validatePhone(raw)).toEqual({ ok: true, phone, kind: 'mobile' }));

  it.each([
    ['010-62345678', '010-62345678'],
    ['01062345678', '010-62345678'],
    ['(010) 6234 5678', '010-62345678'],
    ['（021）62345678', '021-62345678'],
    ['0755 8888 6666', '0755-88886666'],
    ['0571-8765432', '0571-8765432'],
    ['+86 10 62345678', '010-62345678'],
    ['+86-755-88886666', '0755-88886666'],
  ])('landline %j → %s', (raw, phone) => expect(validatePhone(raw)).toEqual({ ok: true, phone, kind: 'landline' }));

  it.each([
    ['0755-88886666-801', '0755-88886666-801', '801'],
    ['0755-88886666转801', '0755-88886666-801', '801'],
    ['010 62345678 ext. 12', '010-62345678-12', '12'],
    ['400-123-4567', '400-123-4567', undefined],
    ['4001234567', '400-123-4567', undefined],
    ['800 820 8820', '800-820-8820', undefined],
    ['400-123-4567转2', '400-123-4567-2', '2'],
  ])('%j → %s (extension %s)', (raw, phone, extension) => {
    const r = validatePhone(raw);
    expect(r).toMatchObject({ ok: true, phone });
    if (r.ok) expect(r.extension).toBe(extension);
  });

  it.each([
    ['', 'PHONE_EMPTY'],
    ['   ', 'PHONE_EMPTY'],
    ['12800138000', 'PHONE_FORMAT'], // 12x is not a mobile prefix
    ['1380013800', 'PHONE_FORMAT'], // 10 digits
    ['138001380000', 'PHONE_FORMAT'], // 12 digits
    ['12345678', 'PHONE_FORMAT'], // landline without area code
    ['010-6234567890', 'PHONE_FORMAT'],
    ['010-12345678', 'PHONE_FORMAT'], // local numbers never start with 0 or 1
    ['010-02345678', 'PHONE_FORMAT'], // local number starting with 0
    ['138O0138000', 'PHONE_FORMAT'], // letter O
    ['13800138000转8', 'PHONE_FORMAT'], // mobiles have no extension
    ['+1 415 555 0100', 'PHONE_FORMAT'],
  ])('%j → %s', (raw, code) => {
    const r = validatePhone(raw);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.message).toMatch(/请输入|格式不正确/);
  });
});

describe('validateMobile', () => {
  it.each([
    ['+86 139 1234 5678', true],
    ['010-62345678', false],
    ['400-123-4567', false],
  ])('%j ok=%s', (raw, ok) => expect(validateMobile(raw).ok).toBe(ok));
});

describe('phoneTail', () => {
  it.each([
    ['13800138000', 4, '8000'],
    ['+86 138-0013-8000', 4, '8000'],
    ['13800138000', 6, '138000'],
    ['0755-88886666-801', 4, '6666'],
    ['0755-88886666转801', 4, '6666'],
    ['010-62345678', 11, '01062345678'],
    ['分机 12', 4, '12'], // not a valid number: the digits it has
    ['', 4, ''],
  ])('phoneTail(%j, %i) → %j', (phone, n, tail) => expect(phoneTail(phone, n)).toBe(tail));
  it('defaults to four digits', () => expect(phoneTail('13912345678')).toBe('5678'));
  it.each([[0], [-1], [1.5]])('refuses n = %d', (n) => expect(() => phoneTail('13800138000', n)).toThrow(RangeError));
});
