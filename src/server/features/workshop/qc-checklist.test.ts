/** QC checklists (质检项目) per kind of work, pass/fail per item, and the 竣工出厂合格证 on the order and the 结算单. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { DEFAULT_QC_CHECKLISTS } from '../../../domain/qc/checklist.js';

let h: Harness;
let f: Factories;
let admin: Session, qc: Session, advisor: Session;
let lines: { kind: 'labor' | 'parts'; laborOperationId?: string }[];
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  [admin, qc, advisor] = [await h.login('admin'), await h.login('qc'), await h.login('advisor')];
  const labor = await f.laborOperation({ code: 'EW-101', name: '二级维护', category: 'level2_maintenance', defaultHours: 2 });
  lines = [{ kind: 'labor', laborOperationId: labor.id }];
});
const answerAll = (items: string[], fail?: { item: string; note: string }) =>
  items.map((item) => (fail?.item === item ? { item, passed: false, note: fail.note } : { item, passed: true, note: '' }));

describe('the station’s QC items', () => {
  it('defaults per kind until set; a save replaces a kind’s list, versioned (409 when stale); only settings managers save', async () => {
    const first = (await qc.get('/api/qc-checklists')).body;
    expect(first.version).toBe(0);
    expect(first.lists.maintenance).toEqual(DEFAULT_QC_CHECKLISTS.maintenance);
    expect(first.lists.body_paint.length).toBeGreaterThan(0);
    expect((await qc.call('PUT', '/api/qc-checklists', { body: { version: 0, lists: { maintenance: ['x'] } } })).status).toBe(403);
    const bad = await admin.call('PUT', '/api/qc-checklists', { body: { version: 0, lists: { maintenance: [''] } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toMatch(/^lists\.maintenance\.0/);
    const saved = await admin.call('PUT', '/api/qc-checklists', {
      body: { version: 0, lists: { maintenance: ['机油已更换', '轮胎气压已检查', ' 机油已更换 ', '保养提醒已复位'] } },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, lists: { maintenance: ['机油已更换', '轮胎气压已检查', '保养提醒已复位'] } });
    expect(saved.body.lists.repair).toEqual(DEFAULT_QC_CHECKLISTS.repair);
    expect((await admin.call('PUT', '/api/qc-checklists', { body: { version: 0, lists: { repair: ['y'] } } })).status).toBe(409);
  });
});

describe('two managers saving at once', () => {
  it('one save wins, the other is told the list changed (409), on PGlite and PostgreSQL', async () => {
    const { version } = (await admin.get('/api/qc-checklists')).body;
    const results = await Promise.all(
      ['甲', '乙', '丙'].map((who) => admin.call('PUT', '/api/qc-checklists', { body: { version, lists: { recall: [`${who}的项目`] } } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const now = (await admin.get('/api/qc-checklists')).body;
    expect(now.version).toBe(version + 1);
    expect(now.lists.recall).toEqual([results.find((r) => r.status === 200)!.body.lists.recall[0]]);
  });
});

describe('QC with the checklist', () => {
  it('a 保养 answers its type’s items; a failed item needs a note and sends the order back to repair (返工)', async () => {
    const w = await f.workOrder({ type: 'maintenance', concerns: '保养', lines, status: 'qc' });
    const { items, kinds } = (await qc.get(`/api/work-orders/${w.id}/qc-checklist`)).body;
    expect(kinds).toEqual(['maintenance']);
    expect(items).toEqual(['机油已更换', '轮胎气压已检查', '保养提醒已复位']);

    const missing = await qc.call('POST', `/api/work-orders/${w.id}/qc`, {
      body: { version: w.version, passed: true, roadTested: true, checklist: answerAll(items.slice(1)) },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual([{ path: 'checklist', message: '还有 1 项未检查:机油已更换' }]);
    const noNote = await qc.call('POST', `/api/work-orders/${w.id}/qc`, {
      body: { version: w.version, passed: false, checklist: answerAll(items, { item: '轮胎气压已检查', note: '' }) },
    });
    expect(noNote.body.error.fields).toEqual([{ path: 'checklist.1.note', message: '不合格项须填写说明' }]);
    const passWithFail = await qc.call('POST', `/api/work-orders/${w.id}/qc`, {
      body: { version: w.version, passed: true, roadTested: true, checklist: answerAll(items, { item: '轮胎气压已检查', note: '左前胎压低' }) },
    });
    expect(passWithFail.body.error.fields[0].path).toBe('passed');

    const failed = await qc.call('POST', `/api/work-orders/${w.id}/qc`, {
      body: { version: w.version, passed: false, checklist: answerAll(items, { item: '轮胎气压已检查', note: '左前胎压低' }) },
    });
    expect(failed.status).toBe(200);
    expect(failed.body.inspection).toMatchObject({ isPassed: false, notes: '轮胎气压已检查:左前胎压低', certificateNo: null });
    expect(failed.body.inspection.checklist[1]).toEqual({ item: '轮胎气压已检查', passed: false, note: '左前胎压低' });
    expect(failed.body.workOrder).toMatchObject({ status: 'in_progress', reworkCount: 1, qcCertificateNo: null });
  });

  it('an order with body work adds the 钣喷 items', async () => {
    const body = await f.laborOperation({ name: '右前门钣金', trade: 'body' });
    const w = await f.workOrder({ type: 'repair', concerns: '右前门凹陷', lines: [{ kind: 'labor', laborOperationId: body.id }], status: 'qc' });
    const { kinds, items } = (await qc.get(`/api/work-orders/${w.id}/qc-checklist`)).body;
    expect(kinds).toEqual(['repair', 'body_paint']);
    expect(items).toEqual(expect.arrayContaining([...DEFAULT_QC_CHECKLISTS.body_paint]));
  });

  it('a pass issues the 竣工出厂合格证: its number on the QC result, the order and the 结算单 with 托修方/承修方, 出厂里程, 质量保证期 and 下次保养', async () => {
    const w = await f.workOrder({ type: 'maintenance', concerns: '二级维护', repairCategory: 'level2_maintenance', lines, status: 'qc' });
    const { items } = (await qc.get(`/api/work-orders/${w.id}/qc-checklist`)).body;
    const low = await qc.call('POST', `/api/work-orders/${w.id}/qc`, {
      body: { version: w.version, passed: true, roadTested: true, checklist: answerAll(items), mileageOut: w.mileageIn - 1 },
    });
    expect(low.body.error.fields[0].path).toBe('mileageOut');
    const passed = await qc.call('POST', `/api/work-orders/${w.id}/qc`, {
      body: { version: w.version, passed: true, roadTested: true, checklist: answerAll(items), mileageOut: w.mileageIn + 12 },
    });
    expect(passed.status).toBe(200);
    const no = passed.body.inspection.certificateNo as string;
    expect(no).toBeTruthy();
    expect(passed.body.workOrder).toMatchObject({ status: 'ready', qcCertificateNo: no, mileageOut: w.mileageIn + 12, nextMaintenance: null });

    // Settled at the cashier, then handed over (release control): the order carries the 合格证 and the next maintenance.
    const s = (await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} })).body;
    await admin.call('POST', `/api/settlements/${s.id}/payment`, { body: { version: s.version, payments: [{ method: 'cash', amountFen: s.payableFen }] } });
    const settled = await f.reload(w.id);
    const delivered = (await advisor.call('POST', `/api/work-orders/${w.id}/actions`, { body: { version: settled.version, action: 'deliver', reason: '' } }))
      .body;
    expect(delivered).toMatchObject({ status: 'delivered', qcCertificateNo: no, nextMaintenance: { date: '2027-05-22', km: w.mileageIn + 12 + 5000 } });
    const html = (await advisor.get(`/api/work-orders/${w.id}/settlement/print`)).body as string;
    for (const text of [
      '托修方',
      '承修方',
      '维修类别',
      '二级维护',
      '出厂里程',
      `${w.mileageIn + 12} km`,
      '竣工出厂合格证号',
      no,
      '质量保证期',
      '下次保养',
      '2027-05-22',
    ]) {
      expect(html).toContain(text);
    }
    // One date-time format on the document: YYYY-MM-DD HH:mm in the point's zone (10:00 at the pinned clock).
    expect(html).toContain('2026-11-22 10:00');
    expect(html).not.toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
  });
});
