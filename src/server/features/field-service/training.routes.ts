/** Training pages' choices: equipment types and the point's engineers with their certificates (for the trainer). */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { FieldEngineer } from '../../../contracts/field-service.js';
import type { TrainingService } from './training.service.js';

const FieldTrainingOptions = z
  .object({
    skills: z.array(z.string()),
    engineers: z.array(FieldEngineer.pick({ id: true, name: true, skills: true, certificates: true })),
  })
  .openapi('FieldTrainingOptions');

export function fieldTrainingRoutes(training: TrainingService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/field/training-options',
      tags: ['Field service 现场服务'],
      summary: '培训可选项:设备类别与本网点工程师(含证书)',
      responses: { 200: jsonOk(FieldTrainingOptions), ...errorResponses },
    }),
    async (c) => c.json(await training.options(requireAnyPermission(c, ['training.manage', 'field.dispatch'])), 200),
  );
  return r;
}
