/** Stored SLA deadlines (ADR 020): kept equal to the clock on every change, moved by calendar changes, counted in SQL. */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import type { TicketDetail } from '../../../contracts/tickets.js';

let h: Harness;
let f: Factories;
let admin: Awaited<ReturnType<Harness['login']>>;

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  admin = await h.login('admin');
});

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const stored = async (id: string) => {
  const [row] = rowsOf<{ fr: string | null; res: string | null }>(
    await h.db.execute(sql`select first_response_due_at as fr, resolution_due_at as res from tickets where id = ${id}`),
  );
  return { firstResponse: row.fr ? new Date(row.fr).toISOString() : null, resolution: row.res ? new Date(row.res).toISOString() : null };
};
const act = async (t: { id: string; version: number }, action: string, note = '') =>
  (await admin.call<TicketDetail>('POST', `/api/tickets/${t.id}/actions`, { body: { version: t.version, action, note } })).body;
const iso = (s: string | null) => (s ? new Date(s).toISOString() : null);

describe('stored deadlines follow the clock', () => {
  it('a pause clears the running deadline, the resume pushes it out by the paused working time', async () => {
    h.setNow('2026-11-23T01:00:00Z'); // Monday 09:00 in Shanghai, a working day
    const t0 = await f.ticket({ receivedAt: '2026-11-23T01:00:00Z' });
    expect(await stored(t0.id)).toEqual({ firstResponse: iso(t0.firstResponse.dueAt), resolution: iso(t0.resolution.dueAt) });
    const before = new Date(t0.resolution.dueAt!).getTime();
    h.setNow('2026-11-23T01:30:00Z');
    const t1 = await act(t0, 'respond', '已联系客户');
    h.setNow('2026-11-23T02:00:00Z');
    const t2 = await act(t1, 'wait_customer', '等待客户到店');
    expect((await stored(t2.id)).resolution).toBeNull(); // paused with time left: no due time, never counted as breached
    h.setNow('2026-11-23T06:00:00Z'); // four working hours later (10:00 → 14:00, lunch counted as the calendar says)
    const t3 = await act(t2, 'resume', '客户已到店');
    const after = await stored(t3.id);
    expect(after.resolution).toBe(iso(t3.resolution.dueAt));
    expect(new Date(after.resolution!).getTime()).toBeGreaterThan(before);
    // the first-response clock was met before the pause: its deadline is history and stays
    expect(after.firstResponse).toBe(iso(t0.firstResponse.dueAt));
  });

  it('lists breached tickets in SQL: past due is listed, a paused one is not', async () => {
    h.setNow('2026-11-24T01:00:00Z');
    const late = await f.ticket({ title: '逾期未响应的投诉', receivedAt: '2026-11-24T01:00:00Z' });
    const paused = await act(await act(await f.ticket({ title: '等待客户的投诉', receivedAt: '2026-11-24T01:00:00Z' }), 'respond'), 'wait_customer');
    h.setNow('2026-11-27T09:00:00Z'); // Friday evening: both resolution targets used up unless paused
    const list = (await admin.get<{ items: TicketDetail[]; total: number }>('/api/tickets?breached=true&pageSize=200')).body;
    const ids = list.items.map((i) => i.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(paused.id);
    expect(list.items.every((i) => i.firstResponse.isBreached || i.resolution.isBreached)).toBe(true);
  });

  it('a calendar change moves the open tickets’ deadlines and leaves resolved ones as they were', async () => {
    h.setNow('2026-11-30T01:00:00Z'); // Monday
    const open = await f.ticket({ title: '日历变更前的投诉', receivedAt: '2026-11-30T01:00:00Z' });
    const done = await act(await act(await f.ticket({ title: '已解决的投诉', receivedAt: '2026-11-30T01:00:00Z' }), 'respond'), 'resolve', '已更换滤芯');
    const doneBefore = await stored(done.id);
    const openBefore = await stored(open.id);
    const s = (await admin.get('/api/ticket-settings')).body;
    const saved = await admin.call('PUT', '/api/ticket-settings/calendar', {
      body: { version: s.calendar.version, mode: '24x7', hours: {}, openOnHolidays: true },
    });
    expect(saved.status).toBe(200);
    const openAfter = await stored(open.id);
    expect(new Date(openAfter.resolution!).getTime()).toBeLessThan(new Date(openBefore.resolution!).getTime()); // 24×7 runs through nights
    expect(openAfter.resolution).toBe(iso((await admin.get<TicketDetail>(`/api/tickets/${open.id}`)).body.resolution.dueAt));
    expect(await stored(done.id)).toEqual(doneBefore);
  });

  it('the complaint statistics count compliance and open breaches from the stored deadlines', async () => {
    const stats = (await admin.get('/api/ticket-stats?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z')).body;
    const r = rowsOf<{ n: number }>(
      await h.db.execute(sql`select count(*)::int as n from tickets where status not in ('resolved','closed')
        and ((first_responded_at is null and first_response_due_at < ${h.now()}) or (resolved_at is null and resolution_due_at < ${h.now()}))`),
    );
    expect(stats.breachedOpen).toBe(r[0].n);
    expect(stats.breachedOpen).toBeGreaterThan(0);
    expect(stats.resolutionCompliance).not.toBeNull();
  });

  it('a complaint’s change marks its days for the daily rollups', async () => {
    h.setNow('2026-12-01T02:00:00Z');
    await h.db.execute(sql`delete from rollup_dirty`);
    await f.ticket({ title: '补录的投诉', receivedAt: '2026-11-25T03:00:00Z' });
    const r = rowsOf<{ day: string }>(await h.db.execute(sql`select day::text as day from rollup_dirty order by day`));
    expect(r.map((x) => x.day)).toEqual(['2026-11-25', '2026-12-01']);
  });
});
