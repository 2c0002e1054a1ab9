/** Organization (组织): positions, departments, teams, employees, the chart and the staffing table. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { createEmployeeImport } from './employee-import.js';
import { employeeRoutes } from './employees.routes.js';
import { createEmployeeService } from './employees.service.js';
import { orgRoutes } from './org.routes.js';
import { createPositionService } from './positions.service.js';
import { createStructureService } from './structure.service.js';

export { findEmployee, holderOf } from './employees.repo.js';
export { countTechniciansOnShift, employeeNamesOf, techniciansOfTrades } from './employees.repo.js';
export { departmentsOfPoints, findHeadPosition, positionsOfPoints } from './org.repo.js';

export function orgModule(ctx: ModuleContext): FeatureModule {
  const { db, now } = ctx;
  const employees = createEmployeeService({ db, now });
  return {
    routers: [
      orgRoutes(createPositionService({ db, now }), createStructureService({ db, now })),
      employeeRoutes(employees, createEmployeeImport({ db, employees })),
    ],
  };
}
/** The positions (duties, 编制) and active holders of a point, for the GB/T 27922 self-assessment's evidence. */
export { listHolders, listPositions } from './org.repo.js';
export { activeEmployeesOfPoints, moveEmployeeInTx, phoneClashesAt } from './move-employee.js';
