/** Built-in organization templates and their installation (one transaction). */
import type { FeatureModule } from '../module.js';
import { templateRoutes } from './templates.routes.js';

export { installTemplate } from './install.js';

export function templatesModule(): FeatureModule {
  return { routers: [templateRoutes()] };
}
export { installDemoNetwork } from './demo-network.js';
export { DEMO_HISTORY_PROFILES, type HistoryProfile, seedDemoHistory } from './demo-history.js';
export { installOrganization } from './install.js';
