/**
 * A work order's loaner use as the repair record shows it (三包规定 art. 17: the record lists the 代步车 provided):
 * one row per booking of the order that was not cancelled — plate, model, out and back times in the point's zone,
 * days, who bears the cost and the cost. Rendered with hono's html`` template, which escapes every value.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Db, Tx } from '../../db/client.js';
import { BOOKING_STATUS_ZH, type BookingStatus, LOANER_CHARGE_TO_ZH, type LoanerChargeTo } from '../../../domain/loaners/booking.js';
import { formatLocalDateTime, usableTimeZone } from '../../../domain/time/index.js';
import { yuan } from '../../lib/text.js';
import * as repo from './loaners.repo.js';

/** The loaner section of a printed work order or 结算单 ('' when the order had no loaner). */
export type LoanerUseSection = (q: Db | Tx, workOrderId: string, servicePointId: string, timeZone: string) => Promise<HtmlEscapedString | string>;

export const loanerUseSection: LoanerUseSection = async (q, workOrderId, servicePointId, timeZone) => {
  const rows = (await repo.listBookings(q, { pointIds: [servicePointId], workOrderId })).filter((b) => b.status !== 'cancelled');
  if (!rows.length) return '';
  const names = await repo.namesOf(q, rows);
  const at = (d: Date | null) => formatLocalDateTime(usableTimeZone(timeZone), d);
  const body = rows.map((b) => {
    const car = names.loaner.get(b.loanerId);
    return html`<tr><td>${car?.plate ?? ''}</td><td>${car?.model ?? ''}</td><td>${at(b.handedOutAt ?? b.startAt)}</td><td>${at(b.returnedAt)}</td><td class="n">${b.days === null ? BOOKING_STATUS_ZH[b.status as BookingStatus] : `${b.days} 天`}</td><td>${LOANER_CHARGE_TO_ZH[b.chargeTo as LoanerChargeTo] ?? b.chargeTo}</td><td class="n">${b.costFen === null ? '—' : yuan(b.costFen)}</td></tr>`;
  });
  return html`<table class="loaner"><tr><th colspan="7">代步车使用记录(三包规定第十七条)</th></tr><tr><th>车牌</th><th>车型</th><th>交车时间</th><th>还车时间</th><th>天数</th><th>费用承担</th><th>费用</th></tr>${body}</table>`;
};
