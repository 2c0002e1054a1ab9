/** Release control (放行) API shapes: the exit pass (出门证) and the gate check (门卫). */
import { z } from '@hono/zod-openapi';
import { GATE_PASS_STATUSES, RELEASE_BASES } from '../domain/release/index.js';
import { Version } from './common.js';

export const GatePass = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    number: z.string(),
    plate: z.string(),
    model: z.string(),
    customerName: z.string(),
    basis: z.enum(RELEASE_BASES),
    /** The account of an order put on account (挂账), else empty. */
    accountName: z.string(),
    issuedAt: z.string(),
    issuedByName: z.string(),
    status: z.enum(GATE_PASS_STATUSES),
    exitedAt: z.string().nullable(),
    gateKeeperName: z.string().nullable(),
    version: z.number(),
  })
  .openapi('GatePass');
export type GatePass = z.infer<typeof GatePass>;

export const GatePassQuery = z.object({
  servicePointId: z.uuid({ message: '无效的服务网点编号' }).optional(),
  /** A pass number or a plate (part of it). */
  q: z.string().trim().max(40).optional(),
  status: z.enum(GATE_PASS_STATUSES, { message: '状态须为 issued 或 exited' }).optional(),
});

/** The gate lets the car out: the plate seen at the gate, when typed, must match the pass. */
export const GateCheck = z.object({ version: Version, plate: z.string().trim().max(20).optional() }).openapi('GateCheck');
export type GateCheck = z.infer<typeof GateCheck>;
