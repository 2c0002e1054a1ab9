/** The plan board's drag: reassign and reorder with validation, warnings and the recorded override. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { Session } from '../../test/factories.js';
import { createFieldFactories } from '../../test/factories-field-service.js';
import type { FieldEngineer, FieldUnit, FieldVisit } from '../../../contracts/field-service.js';

let h: Harness;
let admin: Session;
let f: ReturnType<typeof createFieldFactories>;
let e1: FieldEngineer;
let e2: FieldEngineer;
let unqualified: FieldEngineer;
let unit: FieldUnit;

const visitOf = async (id: string) => (await admin.get<FieldVisit>(`/api/field/visits/${id}`)).body;
const newVisit = async () => (await f.visitRequest(unit.id)).visits[0] as FieldVisit;
const move = (v: Pick<FieldVisit, 'id' | 'version'>, engineerId: string | null, position?: number) =>
  admin.call('POST', `/api/field/visits/${v.id}/move`, { body: { version: v.version, engineerId, position } });
const overrides = async (id: string) =>
  (
    await admin.get<{ items: { toEngineerId: string | null; toOrder: number | null; warnings: string[]; byName: string }[] }>(
      `/api/field/visits/${id}/overrides`,
    )
  ).body.items;

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  f = createFieldFactories(admin);
  h.setNow('2026-12-01T01:00:00Z'); // 09:00 in Shanghai
  unit = await f.unit();
  e1 = await f.engineer({ name: '甲' });
  e2 = await f.engineer({ name: '乙' });
  unqualified = await f.engineer({ name: '无证', skills: ['冷柜'], certificates: [] });
});

describe('drag on the plan board', () => {
  it('assigns to the end of a route, then reorders, then moves to another engineer, renumbering both routes', async () => {
    const a = await newVisit();
    const b = await newVisit();
    const r1 = await move(a, e1.id);
    h.advance(60_000);
    expect(r1.status).toBe(200);
    expect(r1.body.warnings).toEqual([]);
    let va = await visitOf(a.id);
    expect(va).toMatchObject({ status: 'assigned', engineerId: e1.id, routeOrder: 1 });
    expect(va.etaAt).not.toBeNull();
    expect((await move(b, e1.id)).status).toBe(200);
    // Drag b before a.
    const vb = await visitOf(b.id);
    const r2 = await move(vb, e1.id, 0);
    expect(r2.status).toBe(200);
    expect((await visitOf(b.id)).routeOrder).toBe(1);
    va = await visitOf(a.id);
    expect(va.routeOrder).toBe(2);
    // a moves to 乙: 甲's route closes up.
    const r3 = await move(va, e2.id, 5);
    expect(r3.status).toBe(200);
    expect(await visitOf(a.id)).toMatchObject({ engineerId: e2.id, routeOrder: 1 });
    expect((await visitOf(b.id)).routeOrder).toBe(1);
    expect((await overrides(a.id)).map((o) => [o.toEngineerId, o.toOrder, o.byName])).toEqual([
      [e2.id, 1, expect.any(String)],
      [e1.id, 1, expect.any(String)],
    ]);
    // Back to the pool.
    const r4 = await move(await visitOf(a.id), null);
    expect(r4.status).toBe(200);
    expect(await visitOf(a.id)).toMatchObject({ status: 'open', engineerId: null, routeOrder: null });
  });

  it('refuses an engineer without a valid certificate, with the reason on the field, changing nothing', async () => {
    const v = await newVisit();
    const res = await move(v, unqualified.id);
    expect(res.status).toBe(422);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'engineerId' });
    expect(res.body.error.fields[0].message).toContain('证书');
    expect(await visitOf(v.id)).toMatchObject({ status: 'open', version: v.version });
    expect(await overrides(v.id)).toEqual([]);
    const stale = await move({ id: v.id, version: v.version + 5 }, e1.id);
    expect(stale.status).toBe(409);
  });

  it('warns (and records) when the arrival misses the deadline or the shift end', async () => {
    const far = await f.engineer({ name: '北京', homeLat: 39.9, homeLng: 116.4 });
    const v = await newVisit();
    const res = await move(v, far.id);
    expect(res.status).toBe(200);
    expect(res.body.warnings.map((w: { kind: string }) => w.kind)).toContain('deadline');
    expect((await overrides(v.id))[0].warnings.join()).toContain('晚于上门期限');
  });
});

describe('pinned visits (the dispatcher’s manual overrides)', () => {
  it('a dragged visit is pinned; "plan routes" keeps it on its engineer; unpinned, the planner may move it', async () => {
    // 远 lives far from the site: unpinned, the planner would give the visit to someone nearer.
    const remote = await f.engineer({ name: '远', homeLat: 22.6, homeLng: 113.9 });
    const v = await newVisit();
    expect((await move(v, remote.id)).status).toBe(200);
    expect(await visitOf(v.id)).toMatchObject({ engineerId: remote.id, pinned: true });
    const plan = await admin.call('POST', '/api/field/board/plan', { body: { date: '2026-12-01' } });
    expect(plan.status).toBe(200);
    expect(await visitOf(v.id)).toMatchObject({ status: 'assigned', engineerId: remote.id, pinned: true });
    // Unpin (stale version refused), then plan again: the nearest qualified engineer takes it.
    const pinned = await visitOf(v.id);
    expect((await admin.call('POST', `/api/field/visits/${v.id}/unpin`, { body: { version: pinned.version + 1 } })).status).toBe(409);
    const un = await admin.call<FieldVisit>('POST', `/api/field/visits/${v.id}/unpin`, { body: { version: pinned.version } });
    expect(un.status).toBe(200);
    expect(un.body.pinned).toBe(false);
    expect((await admin.call('POST', `/api/field/visits/${v.id}/unpin`, { body: { version: un.body.version } })).status).toBe(422);
    await admin.call('POST', '/api/field/board/plan', { body: { date: '2026-12-01' } });
    const after = await visitOf(v.id);
    expect(after.engineerId).not.toBe(remote.id);
    expect(after.pinned).toBe(false);
    // Back to the pool unpins too.
    const again = await move(after, remote.id);
    expect(again.status).toBe(200);
    await move(await visitOf(v.id), null);
    expect(await visitOf(v.id)).toMatchObject({ engineerId: null, pinned: false });
  });
});
