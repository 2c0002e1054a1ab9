import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import type { Session } from '../../test/factories.js';
import { createFieldFactories } from '../../test/factories-field-service.js';
import { buildJobHandlers } from '../../main.js';

let h: Harness;
let admin: Session;
let f: ReturnType<typeof createFieldFactories>;

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  await h.login('tech');
  f = createFieldFactories(admin);
});
const run = (at: string) => buildJobHandlers({ database: h.database, config: h.config, now: () => new Date(at) })['field-maintenance'](null as never);
const warnings = async () =>
  (
    (await h.db.execute(
      sql.raw(`select title, dedupe_key from notifications where dedupe_key like 'field-cert-expiring:%' order by dedupe_key`),
    )) as unknown as {
      rows: { title: string; dedupe_key: string }[];
    }
  ).rows;

describe('expiring certificates are warned 30 days ahead, once', () => {
  it('warns the engineer of a certificate expiring within 30 days of the local date; not one 31 days out or expired', async () => {
    await f.engineer({
      name: '证书测试工程师',
      username: 'tech',
      skills: ['冷柜', '蒸烤箱', '洗碗机'],
      certificates: [
        { skill: '冷柜', validFrom: '2025-01-01', validUntil: '2026-12-31' }, // 30 days after 2026-12-01 (Shanghai)
        { skill: '蒸烤箱', validFrom: '2025-01-01', validUntil: '2027-01-01' }, // 31 days
        { skill: '洗碗机', validFrom: '2025-01-01', validUntil: '2026-11-30' }, // already expired
      ],
    });
    // 2026-11-30T17:00Z is already 1 December in Shanghai: 冷柜 is 30 days out.
    await run('2026-11-30T17:00:00Z');
    await run('2026-12-01T03:00:00Z');
    const w = await warnings();
    expect(w.filter((x) => x.dedupe_key.endsWith(':engineer')).map((x) => x.title)).toEqual(['【证书到期提醒】证书测试工程师「冷柜」证书 2026-12-31 到期']);
    // The next day the 蒸烤箱 certificate enters the window; 冷柜 is not repeated.
    await run('2026-12-02T03:00:00Z');
    const titles = (await warnings()).filter((x) => x.dedupe_key.endsWith(':engineer')).map((x) => x.title);
    expect(titles).toHaveLength(2);
    expect(titles.some((t) => t.includes('蒸烤箱'))).toBe(true);
  });
});
