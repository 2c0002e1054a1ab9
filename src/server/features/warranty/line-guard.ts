/**
 * Work-order lines paid by warranty (三包索赔) need a covered car, and a parts line a covered part (a wear part has
 * its own period): otherwise a field-level 422 on the line's payer. Recall orders are paid by the campaign.
 */
import type { FieldError } from '../../http/errors.js';
import type { LineGuard } from '../work-orders/index.js';
import { coverageFor } from './coverage.service.js';

export const warrantyLineGuard: LineGuard = async (tx, order, lines) => {
  if (order.type === 'recall') return [];
  const out: FieldError[] = [];
  const paid = lines.filter((l) => l.payer === 'warranty');
  if (!paid.length) return out;
  const q = { vehicleId: order.vehicleId, at: order.receivedAt, mileageKm: order.mileageIn };
  const car = await coverageFor(tx, q);
  for (const l of paid) {
    const c = l.kind === 'parts' ? await coverageFor(tx, { ...q, partNo: l.code }) : car;
    if (!c.covered) out.push({ path: `lines.${l.index}.payer`, message: `「${l.name}」不能由三包支付:${c.reasonZh}` });
  }
  return out;
};
