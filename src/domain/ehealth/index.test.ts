import { describe, expect, it } from 'vitest';
import { healthRecord, recordProblems, retryDelayMs, type RepairFacts } from './index.js';

const facts: RepairFacts = {
  plate: '苏E·12345',
  vin: 'LSVAU2180N2183256',
  companyName: '苏州园区东岳4S店售后服务部',
  repairDate: '2026-11-21',
  settleDate: '2026-11-22',
  mileage: 35210,
  faultDescription: '  发动机异响 ',
  settlementNumber: 'JS202611220001',
  parts: [
    { name: '机油滤清器', code: '06J115403Q', quantity: 1 },
    { name: '机油', code: 'G052195M4', quantity: 4.5 },
    { name: '机油', code: 'G052195M4', quantity: 0.5 },
    { name: '退回件', code: 'X', quantity: 0 },
  ],
  items: [{ name: '更换机油及滤清器', hours: 0.5 }],
};

describe('the e-health record (JT/T 1132 fields)', () => {
  it('maps the facts to the platform shape', () => {
    expect(healthRecord(facts)).toEqual({
      vehicleplatenumber: '苏E·12345',
      vin: 'LSVAU2180N2183256',
      companyname: '苏州园区东岳4S店售后服务部',
      repairdate: '20261121',
      repairmileage: '35210',
      faultdescription: '发动机异响',
      settledate: '20261122',
      costlistcode: 'JS202611220001',
      vehiclepartslist: [
        { partsname: '机油滤清器', partscode: '06J115403Q', partsquantity: '1' },
        { partsname: '机油', partscode: 'G052195M4', partsquantity: '5' },
      ],
      repairprojectlist: [{ repairproject: '更换机油及滤清器', workinghours: '0.5' }],
    });
  });
  it.each([
    [{}, []],
    [{ vin: 'ABC' }, ['VIN 须为 17 位']],
    [{ plate: '' }, ['缺少车牌号']],
    [{ settlementNumber: '' }, ['缺少结算清单编号']],
  ])('problems of %o', (over, problems) => expect(recordProblems(healthRecord({ ...facts, ...over }))).toEqual(problems));
  it('an empty fault description reads 无', () => expect(healthRecord({ ...facts, faultDescription: ' ' }).faultdescription).toBe('无'));
});

describe('retry schedule', () => {
  it.each([
    [1, 60_000],
    [2, 300_000],
    [3, 1_800_000],
    [4, 7_200_000],
    [5, null],
  ])('after %i failures wait %s', (n, ms) => expect(retryDelayMs(n)).toBe(ms));
});
