/** What other features plug into work orders (ADR 006): status-action hooks and the line guard. */
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { WorkOrderAction } from '../../../domain/work-orders/status.js';
import type { QuoteLine } from '../../../domain/work-orders/quote.js';
import type { FieldError } from '../../http/errors.js';
import type * as repo from './work-orders.repo.js';

/**
 * Runs inside the work order's transaction after a status action (parts reservation, workshop jobs, follow-ups…).
 * Throwing an AppError refuses the action and rolls everything back.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a hook that leaves nothing for later returns nothing (an async function's void)
export type WorkOrderHook = (tx: Tx, order: repo.WorkOrderRow, event: WorkOrderEvent, actor: Actor | null, facts?: HookFacts) => Promise<void | LateStep>;
/** What the action has read already, handed to the hooks so that they do not read it again (each field optional). */
export interface HookFacts {
  /** Every line of the order as it is now (given on confirm, which checks them). */
  lines?: repo.LineRow[];
  /** The order's point (its zone). */
  point?: { id: string; timeZone: string };
}
/**
 * A write a hook leaves for the end of the action, after the audit entry: for rows every writer of a point shares (the
 * rollups' dirty mark of the day), so that their row lock is held from there to the commit only, not for the whole action.
 */
export type LateStep = () => Promise<void>;
/**
 * What hooks hear: a status action, or `lines_added` when lines join a signed order (approved 增项) — jobs and
 * reservations follow the new lines. `actor` is null when the customer acted (approval by link).
 */
export type WorkOrderEvent = WorkOrderAction | 'lines_added';

/**
 * A check of the lines before they are saved (e.g. warranty: a line paid by warranty needs a covered car and part).
 * Returns field errors keyed `lines.<index>.<field>`; any error refuses the lines with 422 and changes nothing.
 */
export type LineGuard = (
  tx: Tx,
  order: repo.WorkOrderRow,
  lines: { index: number; kind: 'labor' | 'parts'; code: string; name: string; payer: QuoteLine['payer'] }[],
) => Promise<FieldError[]>;
