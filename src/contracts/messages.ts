/** Customer messages (客户消息): the point's templates, the preview, and a customer's message history. */
import { z } from '@hono/zod-openapi';
import { MESSAGE_KINDS } from '../domain/messages/index.js';

export const MessageKind = z.enum(MESSAGE_KINDS, { message: '未知的消息类型' });

export const MessageTemplate = z
  .object({
    kind: MessageKind,
    nameZh: z.string(),
    category: z.enum(['service', 'marketing']),
    body: z.string(),
    defaultBody: z.string(),
    enabled: z.boolean(),
    /** Placeholders the text may use. */
    vars: z.array(z.string()),
    /** The text with sample values. */
    preview: z.string(),
    /** 0 while the point uses the built-in text. */
    version: z.number(),
  })
  .openapi('MessageTemplate');
export type MessageTemplate = z.infer<typeof MessageTemplate>;
export const MessageTemplates = z.object({ items: z.array(MessageTemplate) }).openapi('MessageTemplates');

export const MessageTemplateUpdate = z
  .object({
    servicePointId: z.uuid({ message: '无效的服务网点编号' }).optional(),
    body: z.string().trim().min(1, '请填写消息内容').max(500, '消息内容不超过 500 字'),
    enabled: z.boolean().default(true),
    version: z.number({ message: '缺少版本号 version' }).int().min(0),
  })
  .openapi('MessageTemplateUpdate');
export type MessageTemplateUpdate = z.infer<typeof MessageTemplateUpdate>;
export const KindParam = z.object({ kind: MessageKind });

export const MessagePreviewInput = z.object({ kind: MessageKind, body: z.string().trim().max(500, '消息内容不超过 500 字') }).openapi('MessagePreviewInput');
export const MessagePreview = z.object({ text: z.string(), unknown: z.array(z.string()) }).openapi('MessagePreview');

export const CustomerMessage = z
  .object({
    id: z.string(),
    kind: MessageKind,
    nameZh: z.string(),
    channel: z.string(),
    body: z.string(),
    status: z.enum(['sent', 'skipped']),
    skipReason: z.string(),
    createdAt: z.string(),
  })
  .openapi('CustomerMessage');
export type CustomerMessage = z.infer<typeof CustomerMessage>;
export const CustomerMessages = z.object({ items: z.array(CustomerMessage) }).openapi('CustomerMessages');
