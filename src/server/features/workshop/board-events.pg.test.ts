import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { createBoardEvents } from './board-events.js';
import { log } from '../../log.js';

// PostgreSQL only (the *.pg.test.ts files run in the TEST_DB=postgres suite): the LISTEN connection is a
// server connection that can be lost; embedded PGlite has no such connection.
let h: Harness;
let pointId: string;
beforeAll(async () => {
  h = await createHarness();
  pointId = h.installed.orgPointId;
});

describe('board events on PostgreSQL', () => {
  it('reconnects a lost LISTEN connection and tells subscribers to reload', async () => {
    const logged = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    const events = createBoardEvents(h.database);
    let calls = 0;
    const unsubscribe = await events.subscribe(pointId, () => calls++);
    try {
      await h.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'LISTEN aftersales_board'`);
      await vi.waitFor(() => expect(calls).toBe(1), { timeout: 5000 });
      expect(logged).toHaveBeenCalledWith(
        expect.objectContaining({ error: expect.objectContaining({ message: expect.any(String) }) }),
        'board-events listener lost',
      );
      await h.db.transaction(async (tx) => events.publish(tx, pointId));
      await vi.waitFor(() => expect(calls).toBe(2));
    } finally {
      await unsubscribe();
      logged.mockRestore();
    }
  });
});
