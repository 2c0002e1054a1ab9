/**
 * Personal data (个人信息保护法): who sees customers' contact numbers in full. Those who call customers do; the
 * workshop, the store and the cashier see them masked. Pure.
 */
import { can, type Actor } from '../auth/actor.js';
import type { Permission } from '../auth/permissions.js';

/** Positions whose work is calling customers: reception, booking, follow-up calls, complaint handling. */
export const CONTACT_PERMISSIONS: readonly Permission[] = ['customers.manage', 'appointments.manage', 'work-orders.manage', 'followups.call', 'tickets.handle'];

export const seesContacts = (actor: Pick<Actor, 'isSuperuser' | 'permissions'>) => CONTACT_PERMISSIONS.some((p) => can(actor, p));

/** 13912347514 → 139****7514; 010-62345678 → 010-****5678; anything else keeps its last four. */
export function maskPhone(phone: string): string {
  const mobile = /^(1[3-9]\d)(\d{4})(\d{4})$/.exec(phone);
  if (mobile) return `${mobile[1]}****${mobile[3]}`;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 5) return phone ? '****' : '';
  const area = /^(0\d{2,3})-/.exec(phone)?.[1];
  return `${area ? `${area}-` : ''}****${digits.slice(-4)}`;
}

/** Keys of API objects that hold a person's phone number. */
export const PHONE_KEYS: ReadonlySet<string> = new Set(['phone', 'customerPhone', 'contactPhone']);

/** A JSON value with every phone field masked. */
export function maskContacts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskContacts);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, PHONE_KEYS.has(k) && typeof v === 'string' ? maskPhone(v) : maskContacts(v)]));
  }
  return value;
}
