/** The coverage of a car (and part) at a date and mileage: its point's nearest policy, or the legal minimum. */
import type { Db, Tx } from '../../db/client.js';
import { coverageOf, LEGAL_MINIMUM, type Coverage, type WarrantyPolicy } from '../../../domain/warranty/coverage.js';
import { usableTimeZone } from '../../../domain/time/index.js';
import { notFound } from '../../http/errors.js';
import { vehicleWithPolicy } from './policies.repo.js';

export type { Coverage } from '../../../domain/warranty/coverage.js';

/** Said when no policy is set for the car's model family. */
export const LEGAL_FALLBACK_NOTE = '(未设置车型三包政策,按法定最低期限)';

export interface CoverageQuery {
  vehicleId: string;
  partNo?: string;
  at: Date;
  mileageKm: number;
}

/** The policy that applies to a car at its point (nearest ancestor's), and whether it is the statutory fallback. */
export async function termsForVehicle(q: Db | Tx, vehicleId: string) {
  const row = await vehicleWithPolicy(q, vehicleId);
  if (!row) throw notFound('车辆');
  const policy = row.policy;
  const terms: Omit<WarrantyPolicy, 'modelFamily'> = policy?.terms ?? LEGAL_MINIMUM;
  return { vehicle: row.vehicle, point: { ...row.point, timeZone: usableTimeZone(row.point.timeZone) }, terms, policyId: policy?.id ?? null };
}

export async function coverageFor(q: Db | Tx, query: CoverageQuery): Promise<Coverage & { policyId: string | null }> {
  const { vehicle, point, terms, policyId } = await termsForVehicle(q, query.vehicleId);
  const c = coverageOf(
    terms,
    { invoicedOn: vehicle.invoicedOn ?? vehicle.purchasedOn, deliveredOn: vehicle.deliveredOn },
    { part: query.partNo, at: query.at, timeZone: point.timeZone, mileageKm: query.mileageKm },
  );
  return { ...c, policyId, reasonZh: policyId ? c.reasonZh : `${c.reasonZh}${LEGAL_FALLBACK_NOTE}` };
}
