/**
 * Attachments (photos) shared by features: owner type + owner id + point. Owners save them in their own transaction
 * and list them with their records; GET /attachments/{id} serves one within the reader's scope. Tickets keep their
 * own table for now (ticket_attachments); QC items and the pre-check diagram are owner types waiting to use this.
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import { attachmentRoutes } from './attachments.routes.js';
import { attachmentDownloads } from './attachments.service.js';

export { attachmentsOf, saveAttachmentsInTx } from './attachments.service.js';

export function attachmentsModule(ctx: ModuleContext): FeatureModule {
  return { routers: [attachmentRoutes(attachmentDownloads(ctx.db))] };
}
