import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam } from '../../http/openapi.js';
import { requireActor } from '../../http/auth-middleware.js';
import { BinaryFile } from '../../../contracts/common.js';
import type { AttachmentDownloads } from './attachments.service.js';

export function attachmentRoutes(svc: AttachmentDownloads) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/attachments/{id}',
      tags: ['Attachments 附件'],
      summary: '查看附件(图片;仅限本人可见网点)',
      request: { params: IdParam },
      responses: { 200: { description: 'image', content: { 'image/*': { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const a = await svc.download(requireActor(c), c.req.valid('param').id);
      // The type was read from the bytes at upload (JPG/PNG/WebP only), so showing it inline runs nothing.
      return c.body(new Uint8Array(a.bytes), 200, {
        'content-type': a.mimeType,
        'x-content-type-options': 'nosniff',
        'content-disposition': `inline; filename="image"; filename*=UTF-8''${encodeURIComponent(a.fileName)}`,
      });
    },
  );
  return r;
}
