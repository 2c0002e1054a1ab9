/** Labor-time catalog (标准工时), labor rates and parts, with .xlsx import. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { createCatalogImport } from './catalog-import.js';
import { catalogRoutes } from './catalogs.routes.js';
import { createCatalogService } from './catalogs.service.js';

/** Bulk inserts for a station's starting catalogs (demo data). */
export { insertLaborOperations, insertLaborRates, insertParts } from './catalogs.repo.js';

export function catalogsModule(ctx: ModuleContext): FeatureModule {
  const catalogs = createCatalogService({ db: ctx.db, now: ctx.now });
  return { routers: [catalogRoutes(catalogs, createCatalogImport({ db: ctx.db, catalogs }))] };
}
