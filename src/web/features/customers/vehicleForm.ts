import dayjs, { type Dayjs } from 'dayjs';
import { decodeVin } from '../../../domain/identifiers/vin-decode';
import type { Vehicle } from './types';

export interface VehicleValues {
  vin: string;
  plate?: string;
  brand?: string;
  model?: string;
  modelFamily?: string;
  modelYear?: number | null;
  mileageKm?: number | null;
  purchasedOn?: Dayjs | null;
  invoicedOn?: Dayjs | null;
  deliveredOn?: Dayjs | null;
  warrantyUntil?: Dayjs | null;
  warrantyKm?: number | null;
}

const day = (s: string | null | undefined) => (s ? dayjs(s) : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
/** VINs and plates are written in capitals without spaces. */
export const normalizeCode = (s: string | undefined) => (s ?? '').replace(/\s+/g, '').toUpperCase();

export function toVehicleValues(v?: Vehicle): VehicleValues {
  if (!v)
    return {
      vin: '',
      plate: '',
      brand: '',
      model: '',
      modelFamily: '',
      modelYear: null,
      mileageKm: 0,
      purchasedOn: null,
      invoicedOn: null,
      deliveredOn: null,
      warrantyUntil: null,
      warrantyKm: null,
    };
  return {
    vin: v.vin,
    plate: v.plate,
    brand: v.brand,
    model: v.model,
    modelFamily: v.modelFamily,
    modelYear: v.modelYear,
    mileageKm: v.mileageKm,
    purchasedOn: day(v.purchasedOn),
    invoicedOn: day(v.invoicedOn),
    deliveredOn: day(v.deliveredOn),
    warrantyUntil: day(v.warrantyUntil),
    warrantyKm: v.warrantyKm,
  };
}

/**
 * The request body. On update the VIN is sent only when it changed (an already confirmed VIN with a
 * bad check digit would otherwise be questioned again); `vinCheckOverride` goes with the VIN.
 */
export interface VehicleBody {
  plate: string;
  brand: string;
  model: string;
  modelFamily: string;
  modelYear: number | null;
  mileageKm: number;
  purchasedOn: string | null;
  invoicedOn: string | null;
  deliveredOn: string | null;
  warrantyUntil: string | null;
  warrantyKm: number | null;
  vin?: string;
  vinCheckOverride?: boolean;
  version?: number;
}

export function toVehicleBody(v: VehicleValues, before: Vehicle | undefined, vinCheckOverride: boolean): VehicleBody {
  const vin = normalizeCode(v.vin);
  const body: VehicleBody = {
    plate: normalizeCode(v.plate),
    brand: (v.brand ?? '').trim(),
    model: (v.model ?? '').trim(),
    modelFamily: (v.modelFamily ?? '').trim() || (v.model ?? '').trim(),
    modelYear: v.modelYear ?? null,
    mileageKm: v.mileageKm ?? 0,
    purchasedOn: iso(v.purchasedOn),
    invoicedOn: iso(v.invoicedOn),
    deliveredOn: iso(v.deliveredOn),
    warrantyUntil: iso(v.warrantyUntil),
    warrantyKm: v.warrantyKm ?? null,
  };
  if (!before || vin !== before.vin) Object.assign(body, { vin, vinCheckOverride });
  if (before) body.version = before.version;
  return body;
}

/**
 * What a typed VIN prefills (offline WMI table and year code): the brand and the model year, each only
 * when the field is still empty — never overwriting what the user entered. `year` is the current year.
 */
export function vinPrefill(vin: string, current: Pick<VehicleValues, 'brand' | 'modelYear'>, year: number): Partial<VehicleValues> {
  const d = decodeVin(vin, year + 1);
  if (!d) return {};
  const out: Partial<VehicleValues> = {};
  if (!current.brand?.trim() && d.manufacturer) out.brand = d.manufacturer.brands[0];
  if (current.modelYear == null && d.modelYear) out.modelYear = d.modelYear;
  return out;
}
