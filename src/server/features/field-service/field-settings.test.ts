import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { Session } from '../../test/factories.js';
import { createFieldFactories } from '../../test/factories-field-service.js';
import type { FieldSettings } from '../../../contracts/field-install.js';

let h: Harness;
let admin: Session;
let f: ReturnType<typeof createFieldFactories>;

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  f = createFieldFactories(admin);
  h.setNow('2026-12-01T01:00:00Z');
});

describe('field settings: region response rules and ladder minutes', () => {
  it('refuses negative minutes and a duplicate region, field by field, changing nothing', async () => {
    const before = (await admin.get<FieldSettings>('/api/field/settings')).body;
    expect(before.version).toBeNull();
    expect(before.defaultResponseMinutes).toBe(480);
    const neg = await admin.call('PUT', '/api/field/settings', { body: { ladderMinutes: { engineer: 0, supervisor: -5, manager: 0 }, regionRules: [] } });
    expect(neg.status).toBe(400);
    expect(neg.body.error.fields[0].path).toBe('ladderMinutes.supervisor');
    const dup = await admin.call('PUT', '/api/field/settings', {
      body: {
        ladderMinutes: { engineer: 0, supervisor: 60, manager: 0 },
        regionRules: [
          { regionCode: '310100', responseMinutes: 240 },
          { regionCode: '310100', responseMinutes: 300 },
        ],
      },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.fields[0].path).toBe('regionRules.1.regionCode');
    expect((await admin.get<FieldSettings>('/api/field/settings')).body).toEqual(before);
  });

  it('a region rule sets the visit deadline (product has none), and the ladder minutes set when the engineer level runs out', async () => {
    const saved = await admin.call<FieldSettings>('PUT', '/api/field/settings', {
      body: { ladderMinutes: { engineer: 30, supervisor: 90, manager: 0 }, regionRules: [{ regionCode: '310100', responseMinutes: 240 }] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    const u = await f.unit({ regionCode: '310104' });
    const r = await f.visitRequest(u.id);
    const v = r.visits[0];
    expect(v.deadlineSource).toBe('region');
    expect(v.deadlineAt).toBe('2026-12-01T05:00:00.000Z');
    expect(v.levelDueAt).toBe('2026-12-01T05:30:00.000Z');
    const stale = await admin.call('PUT', '/api/field/settings', {
      body: { version: null, ladderMinutes: { engineer: 0, supervisor: 60, manager: 0 }, regionRules: [] },
    });
    expect(stale.status).toBe(409);
  });
});
