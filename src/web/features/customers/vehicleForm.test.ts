import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { toVehicleBody, toVehicleValues, vinPrefill } from './vehicleForm';
import type { Vehicle } from './types';

const existing: Vehicle = {
  id: 'v1',
  servicePointId: 'p',
  customerId: 'c',
  customerName: '张三',
  vin: 'LSVAU2180N2183294',
  isVinCheckValid: false,
  plate: '沪A12345',
  plateKind: 'standard',
  brand: '上汽大众',
  model: '朗逸',
  modelFamily: '朗逸',
  modelYear: 2020,
  mileageKm: 1000,
  purchasedOn: '2020-01-02',
  invoicedOn: null,
  deliveredOn: null,
  warrantyUntil: null,
  warrantyKm: null,
  isUnderWarranty: null,
  version: 3,
};

describe('vehicle form', () => {
  it('creates with the VIN in capitals and the override flag', () => {
    const body = toVehicleBody(
      { ...toVehicleValues(), vin: ' lsvau2180n2183294 ', plate: '沪a 12345', model: 'ID.3', purchasedOn: dayjs('2024-05-06') },
      undefined,
      true,
    );
    expect(body).toMatchObject({ vin: 'LSVAU2180N2183294', vinCheckOverride: true, plate: '沪A12345', modelFamily: 'ID.3', purchasedOn: '2024-05-06' });
    expect(body).not.toHaveProperty('version');
  });

  it('leaves an unchanged VIN out of an update and sends the version', () => {
    const body = toVehicleBody({ ...toVehicleValues(existing), mileageKm: 2000 }, existing, false);
    expect(body).not.toHaveProperty('vin');
    expect(body).not.toHaveProperty('vinCheckOverride');
    expect(body).toMatchObject({ version: 3, mileageKm: 2000, purchasedOn: '2020-01-02' });
  });

  it('sends a changed VIN on update', () => {
    expect(toVehicleBody({ ...toVehicleValues(existing), vin: 'LSVAU2180N2183295' }, existing, false)).toMatchObject({
      vin: 'LSVAU2180N2183295',
      vinCheckOverride: false,
    });
  });
});

describe('vinPrefill', () => {
  it.each([
    ['fills brand and year when empty', 'LSVAU2180N2183294', {}, { brand: '大众', modelYear: 2022 }],
    ['keeps what the user typed', 'LSVAU2180N2183294', { brand: '斯柯达', modelYear: 2021 }, {}],
    ['year only for an unknown maker', 'XTA21099012345678', {}, { modelYear: 2001 }],
    ['nothing before 17 characters', 'LSVAU2180N218', {}, {}],
  ])('%s', (_, vin, current, want) => expect(vinPrefill(vin, { brand: '', modelYear: null, ...current }, 2026)).toEqual(want));
});
