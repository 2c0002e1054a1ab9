import { describe, expect, it } from 'vitest';
import { billedQtyMilli, hasBackorder, partsGateRefusal, unissuedOf, waitingPartsAction, type GateLine } from './gate.js';

const line = (o: Partial<GateLine>): GateLine => ({
  partNo: 'P1',
  name: '机油滤清器',
  status: 'reserved',
  requestedMilli: 1000,
  reservedMilli: 1000,
  issuedMilli: 0,
  ...o,
});

describe('unissuedOf', () => {
  it.each([
    ['reserved in full', line({}), 1000],
    ['short: reserved plus missing', line({ status: 'short', requestedMilli: 4000, reservedMilli: 1000 }), 4000],
    ['partly issued', line({ requestedMilli: 4000, reservedMilli: 1000, issuedMilli: 3000 }), 1000],
    ['issued', line({ status: 'issued', reservedMilli: 0, issuedMilli: 1000 }), 0],
    ['released as not needed', line({ status: 'released', reservedMilli: 0 }), 0],
    ['released short line', line({ status: 'released', requestedMilli: 4000, reservedMilli: 0 }), 0],
  ] as const)('%s → %d', (_, l, want) => expect(unissuedOf(l)).toBe(want));
});

describe('partsGateRefusal', () => {
  it('clears an order whose parts are issued or released', () => {
    expect(partsGateRefusal([line({ status: 'issued', reservedMilli: 0, issuedMilli: 1000 }), line({ status: 'released', reservedMilli: 0 })])).toBeNull();
    expect(partsGateRefusal([])).toBeNull();
  });
  it('names every part still owed with its quantity', () => {
    const m = partsGateRefusal([line({}), line({ name: '机油', status: 'short', requestedMilli: 4500, reservedMilli: 2000 })]);
    expect(m).toContain('机油滤清器 ×1、机油 ×4.5');
    expect(m).toContain('须填写原因');
  });
});

describe('billedQtyMilli', () => {
  it.each([
    ['issued in full', 4000, { issuedMilli: 4000, returnedMilli: 0 }, 4000],
    ['one returned', 4000, { issuedMilli: 4000, returnedMilli: 1000 }, 3000],
    ['released, never issued', 4000, { issuedMilli: 0, returnedMilli: 0 }, 0],
    ['never reserved (no parts row)', 2000, undefined, 2000],
  ] as const)('%s → %d', (_, planned, issued, want) => expect(billedQtyMilli(planned, issued)).toBe(want));
});

describe('待料 follows the backorders', () => {
  it('a short open line is a backorder; a released one is not', () => {
    expect(hasBackorder([line({ status: 'short', requestedMilli: 2000 })])).toBe(true);
    expect(hasBackorder([line({ status: 'released', requestedMilli: 2000, reservedMilli: 0 })])).toBe(false);
    expect(hasBackorder([line({})])).toBe(false);
  });
  it.each([
    ['in_progress', true, 'wait_parts'],
    ['in_progress', false, null],
    ['waiting_parts', false, 'parts_arrived'],
    ['waiting_parts', true, null],
    ['confirmed', true, null],
    ['qc', false, null],
  ] as const)('%s, backordered %s → %s', (status, b, want) => expect(waitingPartsAction(status, b)).toBe(want));
});
