/** Attachments shared by features (photos of 增项, later QC items and the pre-check diagram): owner type + owner id. */
import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, ts } from './columns.js';
import { servicePoints } from './network.js';

export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    /** domain/attachments ATTACHMENT_OWNER_TYPES; the owner's feature checks who may see it. */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    /** Base64 of the bytes (small photos; a file store can replace this column later). */
    content: text('content').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('attachments_owner_idx').on(t.ownerType, t.ownerId)],
);
