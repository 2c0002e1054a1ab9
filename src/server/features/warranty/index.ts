/**
 * Warranty (三包): policies per model family kept at the manufacturer's HQ and read by the network below it, the
 * coverage of a car and part (包修期 / 三包有效期 / wear parts), the 三包 watch with its warnings and alerts, customers'
 * 换/退 requests, warranty-line checks for work orders, recalls and service campaigns.
 *
 * Other features use `WarrantyApi` (claims: `coverageFor`); main.ts wires `lineGuard` into work orders and
 * `hook` into the work-order hooks.
 */
import type { Db, Tx } from '../../db/client.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { coverageFor, type CoverageQuery } from './coverage.service.js';
import type { Coverage } from '../../../domain/warranty/coverage.js';

export type { Coverage, CoverageQuery };
export type { WarrantyPolicy, MainSystem, PartKind } from '../../../domain/warranty/coverage.js';

/** What other features may ask of warranty. */
export interface WarrantyApi {
  /** Coverage of a car (and a part number) at an instant and mileage, in the car's point's zone. */
  coverageFor(q: Db | Tx, query: CoverageQuery): Promise<Coverage & { policyId: string | null }>;
}

export function warrantyModule(_ctx: ModuleContext): FeatureModule & { api: WarrantyApi } {
  return { routers: [], api: { coverageFor } };
}
