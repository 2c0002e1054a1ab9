/** Appointments (预约) booked against free workshop hours. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { appointmentRoutes } from './appointments.routes.js';
import { createAppointmentService } from './appointments.service.js';

export { DEFAULT_WORKSHOP, workshopHoursOf } from './appointments.service.js';
export { countBookedOn } from './appointments.repo.js';

export function appointmentsModule(ctx: ModuleContext): FeatureModule {
  return { routers: [appointmentRoutes(createAppointmentService({ db: ctx.db, now: ctx.now }))] };
}
export { appointmentsOfDay } from './home-reads.js';
