/** Notifications: notify() inside the business transaction writes the outbox; the `notify` job delivers it. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { defaultChannels } from './channels.js';
import { notificationRoutes } from './notifications.routes.js';
import { createNotificationService, NOTIFY_QUEUE } from './notifications.service.js';

export { notify, type NotifyInput } from './notifications.service.js';
export { defaultChannels, type NotificationChannel } from './channels.js';

export function notificationsModule(ctx: ModuleContext): FeatureModule {
  const svc = createNotificationService({ db: ctx.db, now: ctx.now, channels: ctx.channels ?? defaultChannels(ctx.logger) });
  return { routers: [notificationRoutes(svc)], jobs: { [NOTIFY_QUEUE]: (job) => svc.deliver(job) } };
}
