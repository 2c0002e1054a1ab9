import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { MESSAGE_KIND_INFO, MESSAGE_KINDS, renderMessage, unknownPlaceholders, type MessageKind } from '../../../domain/messages/index.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './messages.repo.js';
import type { CustomerMessage, MessageTemplate, MessageTemplateUpdate } from '../../../contracts/messages.js';

const present = (kind: MessageKind, row: repo.TemplateRow | undefined): MessageTemplate => {
  const info = MESSAGE_KIND_INFO[kind];
  const body = row?.body ?? info.defaultBody;
  return {
    kind,
    nameZh: info.nameZh,
    category: info.category,
    body,
    defaultBody: info.defaultBody,
    enabled: row?.enabled ?? true,
    vars: Object.keys(info.vars),
    preview: renderMessage(body, info.vars),
    version: row?.version ?? 0,
  };
};

/** The point's message templates (editable wording, on/off), their preview, and a customer's message history. */
export function createMessageService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async templates(actor: Actor, servicePointId?: string) {
      const point = await visiblePoint(db, actor, servicePointId);
      const rows = await repo.templatesOf(db, point.id);
      return {
        items: MESSAGE_KINDS.map((k) =>
          present(
            k,
            rows.find((r) => r.kind === k),
          ),
        ),
      };
    },
    preview(kind: MessageKind, body: string) {
      return { text: renderMessage(body, MESSAGE_KIND_INFO[kind].vars), unknown: unknownPlaceholders(kind, body) };
    },
    async update(actor: Actor, kind: MessageKind, input: MessageTemplateUpdate) {
      const unknown = unknownPlaceholders(kind, input.body);
      if (unknown.length)
        throw new AppError('VALIDATION', '消息内容含未知占位符', [
          { path: 'body', message: `未知占位符:${unknown.map((u) => `{${u}}`).join('、')};可用:${Object.keys(MESSAGE_KIND_INFO[kind].vars).join('、')}` },
        ]);
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        const before = await repo.templateOf(tx, point.id, kind);
        const at = now();
        const values = { body: input.body, enabled: input.enabled };
        const row =
          input.version === 0
            ? before
              ? undefined
              : await repo.insertTemplate(tx, { servicePointId: point.id, kind, ...values, createdAt: at, updatedAt: at })
            : before && (await repo.updateTemplate(tx, before.id, input.version, values, at));
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'message-template.update',
          entityType: 'message-template',
          entityId: row.id,
          summary: `${MESSAGE_KIND_INFO[kind].nameZh}${input.enabled ? '' : '(停用)'}`,
          before: before ?? null,
          after: row,
        });
        return present(kind, row);
      });
    },
    async history(actor: Actor, customerId: string): Promise<{ items: CustomerMessage[] }> {
      const customer = await repo.recipientOf(db, customerId);
      if (!customer) throw notFound('客户');
      await visiblePoint(db, actor, customer.servicePointId);
      const rows = await repo.messagesOfCustomer(db, customerId);
      return {
        items: rows.map((m) => ({
          id: m.id,
          kind: m.kind as MessageKind,
          nameZh: MESSAGE_KIND_INFO[m.kind as MessageKind]?.nameZh ?? m.kind,
          channel: m.channel,
          body: m.body,
          status: m.status as 'sent' | 'skipped',
          skipReason: m.skipReason,
          createdAt: m.createdAt.toISOString(),
        })),
      };
    },
  };
}
export type MessageService = ReturnType<typeof createMessageService>;
