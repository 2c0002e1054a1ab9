import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import type { GatePass } from '../../../contracts/release.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';

let h: Harness;
let f: Factories;
let advisor: Session, manager: Session, gate: Session, cashier: Session;
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  [advisor, manager, gate, cashier] = [await h.login('advisor'), await h.login('manager'), await h.login('gate'), await h.login('cashier')];
});
const passOf = async (w: { id: string }) => (await advisor.get<GatePass>(`/api/work-orders/${w.id}/gate-pass`)).body;
const exit = (p: Pick<GatePass, 'id' | 'version'>, plate?: string, as = gate) =>
  as.call('POST', `/api/gate-passes/${p.id}/exit`, { body: { version: p.version, plate } });
async function openSettlement(w: WorkOrder) {
  return (await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} })).body;
}

describe('release control (放行)', () => {
  it('an unsettled car is not delivered; a settled one gets a numbered exit pass that prints', async () => {
    const ready = await f.workOrder({ status: 'ready' });
    const refused = await f.act(ready, 'deliver');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('须先结算或挂账');
    expect((await advisor.get(`/api/work-orders/${ready.id}/gate-pass`)).status).toBe(404);
    const settled = await f.settle(ready);
    expect(settled.status).toBe('settled');
    const delivered = (await f.act(settled, 'deliver')).body as WorkOrder;
    expect(delivered.status).toBe('delivered');
    const pass = await passOf(delivered);
    expect(pass).toMatchObject({
      number: expect.stringMatching(/^CM\d{12}$/),
      plate: delivered.plate,
      basis: 'settled',
      status: 'issued',
      workOrderNumber: delivered.number,
    });
    const html = await advisor.get(`/api/gate-passes/${pass.id}/print`);
    expect(html.status).toBe(200);
    for (const t of ['出门证', pass.number, delivered.plate, '已结清']) expect(html.body).toContain(t);
  }, 90_000); // several orders through the whole flow: slow on a busy machine

  it('挂账 only by someone with the authority, for a payer the order allows; the car then leaves on its pass', async () => {
    const person = await f.workOrder({ status: 'ready' });
    const s = await openSettlement(person);
    const body = { version: s.version, payer: 'fleet', accountName: '沪通物流有限公司' };
    expect((await cashier.call('POST', `/api/settlements/${s.id}/on-account`, { body })).status).toBe(403);
    expect((await advisor.call('POST', `/api/settlements/${s.id}/on-account`, { body })).status).toBe(403);
    const notFleet = await manager.call('POST', `/api/settlements/${s.id}/on-account`, { body });
    expect(notFleet.status).toBe(422);
    expect(notFleet.body.error).toMatchObject({ code: 'ON_ACCOUNT_NOT_ALLOWED' });
    expect((await manager.call('POST', `/api/settlements/${s.id}/on-account`, { body: { ...body, accountName: ' ' } })).status).toBe(400);

    const company = await f.customer({ kind: 'company', name: '沪通物流有限公司', uscc: '91350100M000100Y43' });
    const fleet = await f.workOrder({ status: 'ready', vehicle: await f.vehicle({ customerId: company.id }) });
    const fs = await openSettlement(fleet);
    const onAccount = await manager.call('POST', `/api/settlements/${fs.id}/on-account`, {
      body: { version: fs.version, payer: 'fleet', accountName: '沪通物流有限公司', note: '月结' },
    });
    expect(onAccount.status).toBe(200);
    expect(onAccount.body).toMatchObject({ status: 'on_account', onAccount: { payer: 'fleet', accountName: '沪通物流有限公司', byName: '周立新' } });
    const settled = await f.reload(fleet.id);
    expect(settled.status).toBe('settled');
    expect(
      (await admin().then((a) => a.call('POST', `/api/settlements/${fs.id}/payment`, { body: { version: onAccount.body.version, payments: [] } }))).status,
    ).toBe(409);
    const delivered = (await f.act(settled, 'deliver')).body as WorkOrder;
    expect(await passOf(delivered)).toMatchObject({ basis: 'on_account', accountName: '沪通物流有限公司' });
  }, 90_000); // several orders through the whole flow: slow on a busy machine

  it('an internal order bills nobody: delivered after QC with an internal pass', async () => {
    const w = await f.workOrder({ type: 'internal', status: 'delivered' });
    expect(await passOf(w)).toMatchObject({ basis: 'internal', status: 'issued' });
  }, 90_000); // several orders through the whole flow: slow on a busy machine

  it('the gate finds the pass by number or plate, checks the plate and records who let the car out, once', async () => {
    const w = await f.workOrder({ status: 'delivered' });
    const pass = await passOf(w);
    const byPlate = (await gate.get<{ items: GatePass[] }>(`/api/gate-passes?q=${encodeURIComponent(w.plate)}&status=issued`)).body.items;
    expect(byPlate.map((p) => p.id)).toContain(pass.id);
    expect((await gate.get<{ items: GatePass[] }>(`/api/gate-passes?q=${pass.number}`)).body.items.map((p) => p.id)).toEqual([pass.id]);
    expect((await exit(pass, undefined, advisor)).status).toBe(403);
    const wrong = await exit(pass, '沪Z99999');
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: 'PLATE_MISMATCH' });
    h.advance(5 * 60_000);
    const out = await exit(pass, ` ${w.plate.toLowerCase()} `);
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ status: 'exited', gateKeeperName: '赵国栋', exitedAt: expect.any(String) });
    const again = await exit(out.body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_EXITED');
    expect((await gate.get(`/api/gate-passes?status=bogus`)).status).toBe(400);
    expect((await h.call('GET', '/api/gate-passes')).status).toBe(401);
  }, 90_000); // several orders through the whole flow: slow on a busy machine

  it('two gate checks of one pass at once: exactly one lets the car out', async () => {
    const w = await f.workOrder({ status: 'delivered' });
    const pass = await passOf(w);
    const admin2 = await admin();
    const results = await Promise.all([exit(pass), exit(pass, undefined, admin2), exit(pass)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const entries = (await admin2.get(`/api/audit-entries?entityId=${pass.id}&pageSize=50`)).body.items.filter(
      (e: { action: string }) => e.action === 'gate-pass.exit',
    );
    expect(entries).toHaveLength(1);
  }, 90_000); // several orders through the whole flow: slow on a busy machine

  it('two deliveries of one settled order at once: one hands the car over, one exit pass', async () => {
    const w = await f.workOrder({ status: 'settled' });
    const frontdesk = await h.login('frontdesk');
    const results = await Promise.all([
      f.act(w, 'deliver'),
      frontdesk.call('POST', `/api/work-orders/${w.id}/actions`, { body: { version: w.version, action: 'deliver', reason: '顾问外出' } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const passes = (await gate.get<{ items: GatePass[] }>(`/api/gate-passes?q=${encodeURIComponent(w.plate)}`)).body.items.filter(
      (p) => p.workOrderId === w.id,
    );
    expect(passes).toHaveLength(1);
  }, 90_000);
});
const admin = () => h.login('admin');
