/**
 * 事故车/保险定损: insurers and assessors, cases through the insurer's stages, 定损单 and 追加定损 versions compared
 * with the work order (approved supplementary lines join it through WorkOrdersApi.appendLinesInTx, paid by the
 * insurer), documents, the direct-pay receivable with aging, the insurer's payments; demo data.
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import type { WorkOrdersApi } from '../work-orders/index.js';
import { createCasesService } from './cases.service.js';
import { insuranceDemo } from './demo.js';
import { writeOffApprovals } from './insurance-approvals.js';
import { insuranceRoutes } from './insurance.routes.js';
import { createInsurersService } from './insurers.service.js';

/** The direct-pay terms of a work order, for its settlement (the insurer's share goes on its account). */
export { directPayOfOrder, type DirectPayLookup, type DirectPayTerms } from './direct-pay.js';

export function insuranceModule(ctx: ModuleContext, deps: { workOrders: WorkOrdersApi }): FeatureModule {
  const { db, now } = ctx;
  const cases = createCasesService({ db, now, workOrders: deps.workOrders });
  return {
    routers: [insuranceRoutes(cases, createInsurersService({ db, now }))],
    demo: insuranceDemo,
    approvals: [writeOffApprovals(db, cases)],
  };
}
