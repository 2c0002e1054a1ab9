/**
 * The parts gate (领料控制): what a work order's parts lines still owe the warehouse, what the customer is billed for,
 * and when the order waits for parts (待料). Quantities ×1000; pure functions over the work_order_parts rows.
 */
import type { WorkOrderAction, WorkOrderStatus } from '../work-orders/status.js';
import { fromMilli, shortOf, type PartLineStatus } from './stock.js';

export interface GateLine {
  partNo: string;
  name: string;
  status: PartLineStatus | (string & {});
  requestedMilli: number;
  reservedMilli: number;
  issuedMilli: number;
}

/** A line's quantities and status, without its names. */
export type GateQty = Omit<GateLine, 'partNo' | 'name'>;

/** Still to be issued on a line: the reserved quantity plus what is short; nothing once released as not needed. */
export const unissuedOf = (l: GateQty): number => (l.status === 'released' ? 0 : l.reservedMilli + shortOf(l));

/**
 * Why the jobs of an order cannot be finished yet: the parts neither issued nor released as not needed,
 * e.g. "配件尚未领料:机油滤清器 ×1、机油 ×4;请仓库领料,或将不需要的配件释放(须填写原因)"; null when all is clear.
 */
export function partsGateRefusal(lines: readonly GateLine[]): string | null {
  const open = lines.filter((l) => unissuedOf(l) > 0);
  if (!open.length) return null;
  const what = open.map((l) => `${l.name} ×${fromMilli(unissuedOf(l))}`).join('、');
  return `配件尚未领料:${what};请仓库领料,或将不需要的配件释放(须填写原因)`;
}

/** What the customer is billed for on a parts line: issued less returned; a line never reserved bills its planned quantity. */
export function billedQtyMilli(planned: number, issued?: { issuedMilli: number; returnedMilli: number }): number {
  if (!issued) return planned;
  return Math.max(0, issued.issuedMilli - issued.returnedMilli);
}

/** Whether any open line is short of stock (a backorder): the order then waits for parts (待料). */
export const hasBackorder = (lines: readonly GateQty[]): boolean => lines.some((l) => l.status !== 'released' && shortOf(l) > 0);

/**
 * The status action that keeps 待料 in step with the backorders: an order at work with a backorder waits for parts,
 * one waiting without a backorder resumes; otherwise none (a confirmed order not yet started keeps its status).
 */
export function waitingPartsAction(status: WorkOrderStatus, backordered: boolean): Extract<WorkOrderAction, 'wait_parts' | 'parts_arrived'> | null {
  if (status === 'in_progress' && backordered) return 'wait_parts';
  if (status === 'waiting_parts' && !backordered) return 'parts_arrived';
  return null;
}
