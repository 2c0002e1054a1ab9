import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createHarness } from '../../test/harness.js';
import { ok } from '../../test/factories.js';
import { buildJobHandlers } from '../../main.js';
import { auditEntries, jobs } from '../../db/schema.js';
import type { RotationPlan } from '../../../contracts/rotation.js';

const h = await createHarness({ network: true });
const ids = h.network!.pointIds;
const runJob = (at: string) => buildJobHandlers({ database: h.database, config: h.config, now: () => new Date(at) })['rotation-apply'](null as never);

describe('staff rotation of regional offices', () => {
  it('plans a quarter, refuses an empty office, records the hand-over signed by both, applies on the effective date once', async () => {
    const hq = await h.login('hq-network');
    const opts = ok(await hq.get('/api/rotations/options'), 'options');
    const east = opts.points.find((p: { code: string }) => p.code === 'RC-EAST');
    const south = opts.points.find((p: { code: string }) => p.code === 'RC-SOUTH');
    const person = (pt: typeof east, title: string) => pt.employees.find((e: { positionTitle: string }) => e.positionTitle === title);
    const post = (pt: typeof east, title: string) => pt.positions.find((p: { title: string }) => p.title === title).id;
    const eastTech = person(east, '区域技术支持');
    const southTech = person(south, '区域技术支持');

    // Moving all of RC-EAST out leaves it without staff: a field error, nothing made.
    const empty = await hq.call('POST', '/api/rotations', {
      body: {
        quarter: '2026-Q4',
        effectiveDate: '2026-12-01',
        moves: east.employees.map((e: { id: string }) => ({ employeeId: e.id, toPointId: south.id, toPositionId: post(south, '区域技术支持') })),
      },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual([{ path: 'moves.2.employeeId', message: expect.stringContaining('华东') }]);
    expect(empty.body.error.fields[0].message).toContain('将没有人员');
    expect(ok(await hq.get('/api/rotations'), 'list').items).toEqual([]);
    // The region's manager cannot plan for the other region (outside the scope).
    const region = await h.login('region');
    const outside = await region.call('POST', '/api/rotations', {
      body: {
        quarter: '2026-Q4',
        effectiveDate: '2026-12-01',
        moves: [{ employeeId: southTech.id, toPointId: east.id, toPositionId: post(east, '区域技术支持') }],
      },
    });
    expect(outside.status).toBe(400);

    // The two regions swap their technical support at 2026-12-01.
    const plan = ok(
      await hq.call<RotationPlan>('POST', '/api/rotations', {
        body: {
          quarter: '2026-Q4',
          effectiveDate: '2026-12-01',
          note: '技术支持季度轮换',
          moves: [
            { employeeId: eastTech.id, toPointId: south.id, toPositionId: post(south, '区域技术支持') },
            { employeeId: southTech.id, toPointId: east.id, toPositionId: post(east, '区域技术支持') },
          ],
        },
      }),
      'create',
    );
    expect(plan.status).toBe('draft');
    expect(plan.moves.map((m) => `${m.fromPointName}→${m.toPointName}`)).toEqual(['华东大区服务中心→华南大区服务中心', '华南大区服务中心→华东大区服务中心']);
    expect((await hq.call('POST', '/api/rotations', { body: { quarter: '2026-Q4', effectiveDate: '2026-12-01', moves: [] } })).status).toBe(409);

    // The one leaving records the hand-over; the successor must work at the point left afterwards.
    const me = await h.login('region-tech');
    const move = plan.moves[0];
    const wrong = await me.call('PUT', `/api/rotations/${plan.id}/moves/${move.id}/handover`, {
      body: { version: move.version, successorEmployeeId: person(south, '区域经理').id, items: [] },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].path).toBe('successorEmployeeId');
    const items = [
      { kind: 'customer', ref: '苏州园区东岳4S店', note: '每月技术巡检' },
      { kind: 'case', ref: '疑难求助:发动机异响(未结)', note: '' },
      { kind: 'asset', ref: '诊断电脑 DX-07', note: '含充电器' },
    ];
    let p = ok(
      await me.call<RotationPlan>('PUT', `/api/rotations/${plan.id}/moves/${move.id}/handover`, {
        body: { version: move.version, successorEmployeeId: southTech.id, items },
      }),
      'handover',
    );
    let m = p.moves[0];
    expect(m).toMatchObject({ successorName: southTech.name, handoverStatus: 'open', canSignOutgoing: true, canSignIncoming: false });
    // Only the people themselves sign.
    expect((await hq.call('POST', `/api/rotations/${plan.id}/moves/${m.id}/sign`, { body: { version: m.version, side: 'outgoing' } })).status).toBe(403);
    p = ok(await me.call<RotationPlan>('POST', `/api/rotations/${plan.id}/moves/${m.id}/sign`, { body: { version: m.version, side: 'outgoing' } }), 'sign out');
    m = p.moves[0];
    expect(m.handoverStatus).toBe('partly_signed');
    const successor = await h.login('south-region-tech');
    expect(ok(await successor.get('/api/rotations'), 'their list').items.map((x: { id: string }) => x.id)).toEqual([plan.id]);
    p = ok(
      await successor.call<RotationPlan>('POST', `/api/rotations/${plan.id}/moves/${m.id}/sign`, { body: { version: m.version, side: 'incoming' } }),
      'sign in',
    );
    m = p.moves[0];
    expect(m).toMatchObject({ handoverStatus: 'complete', outgoingSignedBy: eastTech.name, incomingSignedBy: southTech.name, canEditHandover: false });
    expect(
      (await me.call('PUT', `/api/rotations/${plan.id}/moves/${m.id}/handover`, { body: { version: m.version, successorEmployeeId: southTech.id, items: [] } }))
        .status,
    ).toBe(409);

    const approved = ok(
      await hq.call<RotationPlan>('POST', `/api/rotations/${plan.id}/actions`, { body: { version: p.version, action: 'approve' } }),
      'approve',
    );
    expect(approved.status).toBe('approved');
    const [job] = await h.db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `rotation-apply:${plan.id}`));
    expect(job.runAt.toISOString()).toBe('2026-11-30T16:00:00.000Z'); // 00:00 of 12-01 in Asia/Shanghai

    // Before the effective date the data scope is the old one.
    expect((await me.get(`/api/service-points/${ids['ST-0001']}`)).status).toBe(200);
    expect((await me.get(`/api/service-points/${ids['ST-0003']}`)).status).toBe(404);
    await runJob('2026-11-30T15:59:00Z');
    expect(ok(await hq.get(`/api/rotations/${plan.id}`), 'still').status).toBe('approved');
    expect((await me.get(`/api/service-points/${ids['ST-0003']}`)).status).toBe(404);

    // On the effective date (the point's zone) the job moves both; the same session now sees the new region only.
    await runJob('2026-11-30T16:00:00Z');
    const applied = ok(await hq.get<RotationPlan>(`/api/rotations/${plan.id}`), 'applied');
    expect(applied.status).toBe('applied');
    expect(applied.moves.every((x) => x.appliedAt)).toBe(true);
    expect((await me.get(`/api/service-points/${ids['ST-0003']}`)).status).toBe(200);
    expect((await me.get(`/api/service-points/${ids['ST-0001']}`)).status).toBe(404);
    const who = ok(await me.get('/api/auth/me'), 'me');
    expect(who.servicePointId).toBe(south.id);
    expect((await successor.get(`/api/service-points/${ids['ST-0001']}`)).status).toBe(200);
    // Exactly once: a second run changes nothing.
    await runJob('2026-12-01T03:00:00Z');
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, plan.id), eq(auditEntries.action, 'rotation.apply')));
    expect(audits).toHaveLength(1);
    expect((await hq.call('POST', `/api/rotations/${plan.id}/actions`, { body: { version: applied.version, action: 'cancel' } })).status).toBe(409);
  }, 120_000);
});
