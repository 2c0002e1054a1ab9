import { describe, expect, it } from 'vitest';
import { nextStatus, TICKET_ACTIONS, TICKET_STATUSES, type TicketAction, type TicketStatus } from './status.js';
import { routeTicket, type RoutingRule, type TicketFacts } from './routing.js';
import { escalationChain, nextEscalation, type EscalationPosition } from './escalation.js';

describe('ticket status machine', () => {
  const legal: [TicketStatus, TicketAction, TicketStatus][] = [
    ['new', 'assign', 'assigned'],
    ['assigned', 'assign', 'assigned'],
    ['in_progress', 'assign', 'assigned'],
    ['waiting_customer', 'assign', 'assigned'],
    ['new', 'respond', 'in_progress'],
    ['assigned', 'respond', 'in_progress'],
    ['in_progress', 'wait_customer', 'waiting_customer'],
    ['assigned', 'wait_customer', 'waiting_customer'],
    ['waiting_customer', 'resume', 'in_progress'],
    ['assigned', 'resolve', 'resolved'],
    ['in_progress', 'resolve', 'resolved'],
    ['waiting_customer', 'resolve', 'resolved'],
    ['resolved', 'confirm', 'closed'],
    ['resolved', 'close', 'closed'],
    ['resolved', 'reopen', 'in_progress'],
    ['closed', 'reopen', 'in_progress'],
  ];
  it.each(legal)('%s --%s--> %s', (from, action, to) => expect(nextStatus(from, action)).toEqual({ ok: true, to }));

  it('every other pair is refused with a Chinese message', () => {
    const ok = new Set(legal.map(([f, a]) => `${f}|${a}`));
    for (const s of TICKET_STATUSES) {
      for (const a of TICKET_ACTIONS) {
        const r = nextStatus(s, a);
        if (ok.has(`${s}|${a}`)) continue;
        expect(r.ok, `${s} ${a}`).toBe(false);
        if (!r.ok) expect(r.message).toMatch(/不能执行/);
      }
    }
  });
});

describe('routing', () => {
  const base: TicketFacts = { kind: 'complaint', category: null, text: '', isVip: false, recentComplaints: 0 };
  const rules: RoutingRule[] = [
    { id: 'vip', name: 'VIP', isActive: true, when: { vip: true }, then: { raise: 1 } },
    { id: 'repeat', name: '重复投诉', isActive: true, when: { kinds: ['complaint'], repeatAtLeast: 1 }, then: { raise: 1 } },
    { id: 'paint', name: '喷漆', isActive: true, when: { keywords: ['漆面', '色差'] }, then: { category: '维修质量', departmentId: 'workshop' } },
    { id: 'off', name: '停用', isActive: false, when: {}, then: { priority: 'low' } },
  ];
  it.each([
    ['a plain complaint is high', base, 'high', []],
    ['a consultation is low', { ...base, kind: 'consultation' as const }, 'low', []],
    ['safety words make it urgent', { ...base, kind: 'fault' as const, text: '高速上刹车失灵' }, 'urgent', []],
    ['VIP raises one step', { ...base, isVip: true }, 'urgent', ['vip']],
    ['a repeat complaint raises one step', { ...base, kind: 'complaint' as const, recentComplaints: 2 }, 'urgent', ['repeat']],
    ['raising never passes urgent', { ...base, isVip: true, recentComplaints: 3 }, 'urgent', ['vip', 'repeat']],
    ['a keyword rule sets category and department', { ...base, kind: 'fault' as const, text: '喷漆后有色差' }, 'normal', ['paint']],
  ] as const)('%s', (_n, facts, priority, matched) => {
    const r = routeTicket(facts, rules);
    expect(r.priority).toBe(priority);
    expect(r.matchedRules).toEqual(matched);
  });
  it('routes by keyword to the department', () => {
    expect(routeTicket({ ...base, text: '漆面起泡' }, rules)).toMatchObject({ category: '维修质量', departmentId: 'workshop' });
  });
});

describe('escalation', () => {
  const P = (id: string, sp: string, superiorId: string | null, cs = false): EscalationPosition => ({
    id,
    servicePointId: sp,
    superiorId,
    isCustomerServiceHead: cs,
  });
  const positions = [
    P('gm', 'st', null),
    P('sm', 'st', 'gm'),
    P('fd', 'st', 'sm'),
    P('sa', 'st', 'fd'),
    P('rc-head', 'rc', null),
    P('rc-cs', 'rc', 'rc-head', true),
    P('hq-top', 'hq', null),
  ];
  const points = [
    { id: 'hq', parentId: null },
    { id: 'rc', parentId: 'hq' },
    { id: 'st', parentId: 'rc' },
  ];
  it.each([
    ['advisor → front-desk supervisor', 'sa', 'fd'],
    ['supervisor → service manager', 'fd', 'sm'],
    ['service manager → general manager', 'sm', 'gm'],
    ['station top → regional centre CS head', 'gm', 'rc-cs'],
    ['regional top → HQ top', 'rc-head', 'hq-top'],
  ])('%s', (_n, from, to) => expect(nextEscalation(from, positions, points)).toMatchObject({ kind: 'position', positionId: to }));
  it('stops at HQ', () => expect(nextEscalation('hq-top', positions, points).kind).toBe('none'));
  it('lists the whole chain', () => expect(escalationChain('sa', positions, points)).toEqual(['fd', 'sm', 'gm', 'rc-cs', 'rc-head', 'hq-top']));
});
