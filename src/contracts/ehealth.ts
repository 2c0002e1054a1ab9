/** 汽车维修电子健康档案: records made at settlement and their upload status. */
import { z } from '@hono/zod-openapi';
import { paged } from './common.js';

export const EhealthStatus = z.enum(['pending', 'sent', 'failed'], { message: '状态须为待上传/已上传/失败' });
export const EhealthQuery = z.object({
  status: EhealthStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const EhealthRecord = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    pointName: z.string(),
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    plate: z.string(),
    vin: z.string(),
    settlementNumber: z.string(),
    settleDate: z.string(),
    status: EhealthStatus,
    attempts: z.int32(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    sentAt: z.string().nullable(),
    adapter: z.string().nullable(),
    /** The record as uploaded (JT/T 1132 field names). */
    payload: z.object({
      vehicleplatenumber: z.string(),
      vin: z.string(),
      companyname: z.string(),
      repairdate: z.string(),
      repairmileage: z.string(),
      faultdescription: z.string(),
      settledate: z.string(),
      costlistcode: z.string(),
      vehiclepartslist: z.array(z.object({ partsname: z.string(), partscode: z.string(), partsquantity: z.string() })),
      repairprojectlist: z.array(z.object({ repairproject: z.string(), workinghours: z.string() })),
    }),
    createdAt: z.string(),
  })
  .openapi('EhealthRecord');
export const EhealthList = paged(EhealthRecord);
