/**
 * 代步车 (loaner cars): the fleet, bookings without double booking (the car's row is locked while booking), handover
 * and return with mileage, fuel, damage and time, the days and cost charged to the customer, warranty, insurer or the
 * station; a work order's loaner use for the repair record (三包 art. 17).
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import { loanerRoutes } from './loaners.routes.js';
import { createLoanersService } from './loaners.service.js';

export { presentBookings } from './loaners.service.js';
/** The loaner rows of a printed work order / 结算单 (三包 art. 17). */
export { loanerUseSection, type LoanerUseSection } from './loaner-use.js';

export function loanersModule(ctx: ModuleContext): FeatureModule {
  return { routers: [loanerRoutes(createLoanersService({ db: ctx.db, now: ctx.now }))] };
}
