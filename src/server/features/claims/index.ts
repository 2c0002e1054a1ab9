/**
 * Warranty claims to the manufacturer (三包索赔, issue 10 part 2): the station prepares a claim from a warranty work
 * order, pre-checks and submits it; the manufacturer's reviewers (HQ, regional centres; claims.review) decide within
 * their authority (待我审批 through the approvals providers); monthly statements with old-part deductions; old-part
 * tags, boxes and return batches; supplier recovery (二次索赔). The coverage check is a dependency (w1's WarrantyApi).
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import { catalogRoutes } from './catalog.routes.js';
import { createCatalogService } from './catalog.service.js';
import { claimsRoutes } from './claims.routes.js';
import { createClaimsService } from './claims.service.js';
import type { CoverageLookup } from './coverage.js';
import { oldPartsRoutes } from './old-parts.routes.js';
import { createOldPartsService } from './old-parts.service.js';
import { createReviewService } from './review.service.js';
import { statementsRoutes } from './statements.routes.js';
import { createStatementsService } from './statements.service.js';
import { suppliersRoutes } from './suppliers.routes.js';
import { createSuppliersService } from './suppliers.service.js';
import { claimsDemo } from './claims.demo.js';

export type { CoverageLookup } from './coverage.js';

export function claimsModule(ctx: ModuleContext, deps: { coverage: CoverageLookup }): FeatureModule {
  const { db, now } = ctx;
  const claims = createClaimsService({ db, now, coverage: deps.coverage });
  const review = createReviewService({ db, now });
  return {
    routers: [
      claimsRoutes(claims, review),
      catalogRoutes(createCatalogService({ db, now })),
      oldPartsRoutes(createOldPartsService({ db, now })),
      statementsRoutes(createStatementsService({ db, now })),
      suppliersRoutes(createSuppliersService({ db, now })),
    ],
    approvals: review.approvalProviders(),
    demo: claimsDemo,
  };
}
/** The claims' counters of the daily rollups (claim pass rate and cycle time in the KPI pack). */
export { claimsRollupContributor } from './rollup-contributor.js';
