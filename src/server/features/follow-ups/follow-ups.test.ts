import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import { followUpScore, isBadFollowUp } from './follow-ups.service.js';

let h: Harness;
let f: Factories;
let caller: Awaited<ReturnType<Harness['login']>>;

describe('follow-up answers', () => {
  it.each([
    [{ quality: 5, fixed: true, attitude: 5, fee: 5, overall: 5 }, 100, false],
    [{ quality: 1, fixed: true, attitude: 1, fee: 1, overall: 1 }, 0, true],
    [{ quality: 4, fixed: false, attitude: 5, fee: 4, overall: 4 }, 81, true],
    [{ quality: 3, fixed: true, attitude: 3, fee: 2, overall: 3 }, 44, true],
  ])('%o → %i, bad=%s', (a, score, bad) => {
    expect(followUpScore(a)).toBe(score);
    expect(isBadFollowUp(a)).toBe(bad);
  });
});

describe('the follow-up call after delivery', () => {
  beforeAll(async () => {
    h = await createHarness();
    f = createFactories(h);
    caller = await h.login('crm');
  });

  it('is due three days after delivery, retries when unreachable, and a bad answer opens a complaint for the CS head', async () => {
    h.setNow('2026-11-22T02:00:00Z');
    const w = await f.workOrder({ type: 'maintenance', concerns: '保养', status: 'delivered' });
    expect((await caller.get('/api/follow-ups?status=due')).body.items).toHaveLength(0);
    h.setNow('2026-11-25T02:30:00Z');
    const [task] = (await caller.get('/api/follow-ups?status=due')).body.items;
    expect(task).toMatchObject({ workOrderNumber: w.number, attempts: 0, status: 'pending' });
    const missed = (await caller.call('POST', `/api/follow-ups/${task.id}/result`, { body: { version: task.version, reached: false, note: '无人接听' } })).body;
    expect(missed).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await caller.get('/api/follow-ups?status=due')).body.items).toHaveLength(0);
    h.setNow('2026-11-26T03:00:00Z');
    const again = (await caller.get('/api/follow-ups?status=due')).body.items[0];
    const noAnswers = await caller.call('POST', `/api/follow-ups/${again.id}/result`, { body: { version: again.version, reached: true } });
    expect(noAnswers.status).toBe(400);
    const done = (
      await caller.call('POST', `/api/follow-ups/${again.id}/result`, {
        body: { version: again.version, reached: true, answers: { quality: 2, fixed: false, attitude: 4, fee: 3, overall: 2 }, note: '异响仍在' },
      })
    ).body;
    expect(done).toMatchObject({ status: 'done', isFlagged: true });
    expect(done.ticketId).toBeTruthy();
    const t = (await caller.get(`/api/tickets/${done.ticketId}`)).body;
    expect(t).toMatchObject({ channel: 'follow-up', kind: 'complaint', workOrderRef: w.number });
    const inbox = (await caller.get('/api/notifications')).body.items;
    expect(inbox.some((n: { title: string }) => n.title.startsWith('回访不满意'))).toBe(true);
    expect((await caller.call('POST', `/api/follow-ups/${again.id}/result`, { body: { version: done.version, reached: false } })).status).toBe(409);
    const stats = (await caller.get('/api/follow-up-stats?days=30')).body;
    expect(stats).toMatchObject({ delivered: 1, reached: 1, flagged: 1, followUpRate: 1 });
    const workshop = await h.login('workshop');
    expect((await workshop.get('/api/follow-ups')).status).toBe(403);
  });
});
