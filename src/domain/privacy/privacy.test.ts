import { describe, expect, it } from 'vitest';
import { maskContacts, maskPhone, seesContacts } from './index.js';

describe('maskPhone', () => {
  it.each([
    ['13912347514', '139****7514'],
    ['010-62345678', '010-****5678'],
    ['0571-87654321-801', '0571-****1801'],
    ['400-123-4567', '****4567'],
    ['', ''],
    ['12', '****'],
  ])('%s → %s', (raw, masked) => expect(maskPhone(raw)).toBe(masked));
});

describe('who sees contact numbers', () => {
  const actor = (permissions: string[], isSuperuser = false) => ({ isSuperuser, permissions: new Set(permissions) }) as never;
  it.each([
    [['work-orders.manage'], true],
    [['followups.call'], true],
    [['tickets.handle'], true],
    [['customers.manage'], true],
    [['workshop.work'], false],
    [['parts.manage'], false],
    [['qc.inspect'], false],
    [['cashier.settle'], false],
    [[], false],
  ])('%j → %s', (perms, sees) => expect(seesContacts(actor(perms))).toBe(sees));
});

describe('maskContacts', () => {
  it('masks every phone field at any depth and nothing else', () => {
    const body = {
      items: [{ customerName: '王', customerPhone: '13912347514', plate: '沪A12345', contacts: [{ name: '李', phone: '13800138000' }] }],
      total: 1,
    };
    expect(maskContacts(body)).toEqual({
      items: [{ customerName: '王', customerPhone: '139****7514', plate: '沪A12345', contacts: [{ name: '李', phone: '138****8000' }] }],
      total: 1,
    });
  });
});
