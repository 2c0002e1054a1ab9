/**
 * Coverage for the pre-check "outside the warranty period": one rule, the warranty feature's (WarrantyApi.coverageFor,
 * policies per model family read down the tree), passed in by main.ts.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Coverage } from '../../../domain/claims/pre-checks.js';

export type CoverageLookup = (q: Db | Tx, c: { vehicleId: string; partNo: string; at: Date; mileageKm: number; timeZone: string }) => Promise<Coverage>;
