/** Organization design advisor (组织设计建议): answers → a recommended structure, installable as a draft. */
import { z } from '@hono/zod-openapi';

const Names = z.array(z.string().trim().min(1, '不能为空').max(30, '最多 30 字')).max(20, '最多 20 项');
export const AdvisorAnswers = z
  .object({
    size: z.enum(['small', 'medium', 'large'], { message: '请选择企业规模' }),
    mechanization: z.enum(['low', 'high'], { message: '请选择机械化程度' }),
    process: z.enum(['general', 'continuous'], { message: '请选择生产工艺性质' }),
    outsourcing: z.enum(['low', 'high'], { message: '请选择协作化程度' }),
    production: z.enum(['mass', 'batch', 'single'], { message: '请选择生产类型' }),
    products: Names.default([]),
    regions: Names.default([]),
  })
  .openapi('AdvisorAnswers');
export const AdvisorInstall = z.object({ servicePointId: z.uuid({ message: '无效的服务网点编号' }).optional(), answers: AdvisorAnswers });

export const AdvisedPosition = z.object({
  key: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  departmentKey: z.string(),
  superiorKey: z.string().nullable(),
  collaboratesWith: z.array(z.string()),
  staffMin: z.int32(),
  staffMax: z.int32(),
  headOf: z.string().nullable(),
});
export const AdvisorRecommendation = z
  .object({
    departments: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), parentKey: z.string().nullable() })),
    positions: z.array(AdvisedPosition),
    reasons: z.array(z.string()),
    /** validateOrg on the recommendation: always empty (rule ⑥ included). */
    violations: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .openapi('AdvisorRecommendation');
export const AdvisorInstalled = z.object({ servicePointId: z.string(), positions: z.int32(), departments: z.int32() });
