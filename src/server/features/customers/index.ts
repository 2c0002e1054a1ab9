/** Customers and vehicles (客户与车辆) and the global search. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { customerRoutes } from './customers.routes.js';
import { createCustomerService } from './customers.service.js';
import { createCustomerPrivacyService } from './privacy.service.js';
import { seedDemoCustomersAndCatalogs } from './demo-customers.js';

export { customerContactsOf, findCustomer, findVehicle, vehicleLabelsOf } from './customers.repo.js';

export function customersModule(ctx: ModuleContext): FeatureModule {
  return {
    routers: [customerRoutes(createCustomerService({ db: ctx.db, now: ctx.now }), createCustomerPrivacyService({ db: ctx.db, now: ctx.now }))],
    // Demo customers, vehicles and the catalogs they are serviced from (the dealership template only).
    demo: async ({ db, pointId, templateKey, now }) => {
      if (templateKey === 'auto-dealership') await seedDemoCustomersAndCatalogs(db, pointId, now);
    },
  };
}
