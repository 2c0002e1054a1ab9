import type { Priority, TicketKind } from './status.js';
import { PRIORITIES } from './status.js';

/** What routing looks at. */
export interface TicketFacts {
  kind: TicketKind;
  category: string | null;
  text: string;
  isVip: boolean;
  /** Complaints by the same customer in the recent window, not counting this one. */
  recentComplaints: number;
}

export interface RoutingRule {
  id: string;
  name: string;
  isActive: boolean;
  when: {
    kinds?: TicketKind[];
    categories?: string[];
    /** Any of these words in title/description. */
    keywords?: string[];
    vip?: boolean;
    /** Matches when recentComplaints ≥ this. */
    repeatAtLeast?: number;
  };
  then: {
    category?: string;
    priority?: Priority;
    /** Raise the priority by this many steps (VIP, repeat complaints). */
    raise?: number;
    departmentId?: string;
    handlerEmployeeId?: string;
  };
}

export interface RoutingResult {
  category: string | null;
  priority: Priority;
  departmentId: string | null;
  handlerEmployeeId: string | null;
  matchedRules: string[];
}

/** Words that make a report a safety matter (urgent by default). */
export const SAFETY_WORDS = [
  '刹车',
  '制动',
  '失灵',
  '起火',
  '着火',
  '冒烟',
  '自燃',
  '失控',
  '安全气囊',
  '漏油',
  '转向',
  '爆胎',
  '断轴',
  '触电',
  '漏电',
  '燃气泄漏',
];

const DEFAULT_PRIORITY: Record<TicketKind, Priority> = { complaint: 'high', fault: 'normal', consultation: 'low', suggestion: 'low' };

const raise = (p: Priority, steps: number): Priority => PRIORITIES[Math.max(0, PRIORITIES.indexOf(p) - steps)];

function matches(rule: RoutingRule, f: TicketFacts): boolean {
  const w = rule.when;
  if (w.kinds?.length && !w.kinds.includes(f.kind)) return false;
  if (w.categories?.length && (!f.category || !w.categories.includes(f.category))) return false;
  if (w.keywords?.length && !w.keywords.some((k) => k && f.text.includes(k))) return false;
  if (w.vip !== undefined && w.vip !== f.isVip) return false;
  if (w.repeatAtLeast !== undefined && f.recentComplaints < w.repeatAtLeast) return false;
  return true;
}

/**
 * Classify and route a ticket: start from the kind's default priority (safety words → urgent),
 * then apply every active matching rule in order; a later explicit priority wins, `raise` steps up.
 */
export function routeTicket(f: TicketFacts, rules: RoutingRule[]): RoutingResult {
  let priority: Priority = SAFETY_WORDS.some((w) => f.text.includes(w)) ? 'urgent' : DEFAULT_PRIORITY[f.kind];
  const out: RoutingResult = { category: f.category, priority, departmentId: null, handlerEmployeeId: null, matchedRules: [] };
  for (const r of rules) {
    if (!r.isActive || !matches(r, { ...f, category: out.category })) continue;
    out.matchedRules.push(r.id);
    if (r.then.category) out.category = r.then.category;
    if (r.then.priority) priority = r.then.priority;
    if (r.then.raise) priority = raise(priority, r.then.raise);
    if (r.then.departmentId) out.departmentId = r.then.departmentId;
    if (r.then.handlerEmployeeId) out.handlerEmployeeId = r.then.handlerEmployeeId;
  }
  out.priority = priority;
  return out;
}
