import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { equipmentManufacturerTemplate } from '../../../domain/org/templates/equipment-manufacturer.js';
import type { FieldBoard, FieldRequest, FieldUnit, FieldVisit } from '../../../contracts/field-service.js';
import { seedDemoField } from './demo-field.js';
import { seedDemoTraining } from './demo-training.js';

let h: Harness;
const NOW = new Date('2026-12-01T03:00:00Z'); // Tuesday 11:00 in the point's zone

beforeAll(async () => {
  h = await createHarness({ template: equipmentManufacturerTemplate, demo: true });
  h.setNow(NOW);
  await seedDemoField(h.db, h.installed.orgPointId, 'equipment-manufacturer', NOW);
  await seedDemoTraining(h.db, h.installed.orgPointId, 'equipment-manufacturer', NOW);
});

describe('equipment-manufacturer demo: every role sees its work', () => {
  it('the hotline finds a unit by serial and takes a call that stays with the staffed point', async () => {
    const hotline = await h.login('hotline');
    const units = (await hotline.get<{ items: FieldUnit[] }>('/api/field/units?q=KX800')).body.items;
    expect(units.length).toBeGreaterThan(3);
    const shenzhen = units.find((u) => u.regionCode?.startsWith('4403'))!;
    const r = await hotline.call<FieldRequest>('POST', '/api/field/requests', { body: { channel: 'phone', unitId: shenzhen.id, fault: '冷柜压缩机异响' } });
    expect(r.status).toBe(201);
    // The Shenzhen station covers the site but has no field engineers: the request stays with HQ.
    expect(r.body.servicePointId).toBe(h.installed.orgPointId);
    const support = await h.login('support');
    const d = await support.call<FieldRequest>('POST', `/api/field/requests/${r.body.id}/diagnosis`, {
      body: { version: r.body.version, outcome: 'needs_visit', note: '需上门检查压缩机' },
    });
    expect(d.body.visits[0].deadlineAt).toBe('2026-12-01T11:00:00.000Z');
  });

  it('the dispatcher sees a board with engineers, an expired certificate and visits of every state of the week', async () => {
    const dispatcher = await h.login('dispatcher');
    const board = (await dispatcher.get<FieldBoard>('/api/field/board?date=2026-12-01')).body;
    expect(board.engineers.map((e) => e.name)).toContain('覃光明');
    expect(board.engineers.some((e) => e.certificates.some((c) => !c.valid))).toBe(true);
    expect(board.visits.some((v) => v.status === 'open')).toBe(true);
    const statuses = new Set<string>();
    for (let d = 25; d <= 30; d++) for (const v of (await dispatcher.get<FieldBoard>(`/api/field/board?date=2026-11-${d}`)).body.visits) statuses.add(v.status);
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['done', 'unresolved']));
    const ahead = (await dispatcher.get<FieldBoard>('/api/field/board?date=2026-12-02')).body.visits;
    expect(ahead.some((v) => v.kind === 'maintenance')).toBe(true);
  });

  it('the engineer sees today’s route on the phone page', async () => {
    const engineer = await h.login('engineer');
    const day = (await engineer.get<{ visits: FieldVisit[]; engineer: { name: string } }>('/api/field/my-visits')).body;
    expect(day.engineer.name).toBe('覃光明');
    expect(day.visits.some((v) => v.status === 'assigned')).toBe(true);
  });

  it('the trainer sees the training plans (engineers and a customer session)', async () => {
    const trainer = await h.login('trainer');
    const plans = (
      await trainer.get<{ items: { audience: string; results: { certificateId: string | null; attended: boolean }[] }[] }>('/api/field/training-plans')
    ).body.items;
    expect(plans.map((p) => p.audience).sort()).toEqual(['customer', 'engineer', 'engineer']);
    // A finished course with attendance, scores and the certificates the passes granted.
    expect(plans.flatMap((p) => p.results).filter((r) => r.certificateId)).toHaveLength(2);
    expect(plans.find((p) => p.audience === 'customer')!.results.filter((r) => r.attended)).toHaveLength(2);
    const options = (await trainer.get<{ engineers: { name: string }[] }>('/api/field/training-options')).body;
    expect(options.engineers.map((e) => e.name)).toContain('覃光明');
  });
});

describe('field KPIs of the demo week', () => {
  it('by engineer and by region, rates between 0 and 1, MTTR of the finished visits', async () => {
    const dispatcher = await h.login('dispatcher');
    const byEngineer = await dispatcher.get('/api/field/kpis?from=2026-11-25&to=2026-12-01&groupBy=engineer');
    expect(byEngineer.status).toBe(200);
    expect(byEngineer.body.total.visits).toBeGreaterThan(5);
    expect(byEngineer.body.total.mttrMinutes).toBe(80);
    expect(byEngineer.body.total.contactRate).toBeGreaterThan(0);
    expect(byEngineer.body.total.contactRate).toBeLessThan(1);
    expect(byEngineer.body.rows.map((r: { label: string }) => r.label)).toContain('覃光明');
    const byRegion = await dispatcher.get('/api/field/kpis?from=2026-11-25&to=2026-12-01&groupBy=region');
    expect(byRegion.body.rows.map((r: { key: string }) => r.key)).toContain('440400');
    const bad = await dispatcher.get('/api/field/kpis?from=2026-12-01&to=2026-11-25');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('to');
  });
});
