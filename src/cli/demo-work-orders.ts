/**
 * Three weeks of repair history for the demo station, made through the real HTTP API with a moving clock,
 * so every page shows something real on first start: closed and settled orders with follow-ups, and
 * today's orders in every open state.
 */
import { buildApp, type Services } from '../server/main.js';
import { attendance } from '../server/db/schema.js';
import { addDays, atLocalTime, localDate, usableTimeZone } from '../domain/time/index.js';

const SIG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
/**
 * Today's orders in every open state. Besides the status actions: 'pick' (the keeper issues what is reserved),
 * 'issue' (short parts are bought in, then everything is issued), 'settle' (the cashier is paid), 'exit' (the gate).
 * A started order whose parts are short waits for them (待料) by itself.
 */
const OPEN_STEPS: string[][] = [
  [],
  ['confirm'],
  ['confirm', 'start'],
  ['confirm', 'pick', 'start'],
  ['confirm', 'pick', 'start', 'finish'],
  ['confirm', 'issue', 'start', 'finish', 'qc_pass'],
  ['confirm', 'issue', 'start', 'finish', 'qc_pass', 'settle', 'deliver'],
];

export async function seedDemoWorkOrders(services: Omit<Services, 'now'>, today: Date, adminPassword: string, count = 34) {
  let clock = new Date(today.getTime() - 21 * 86400_000);
  const app = buildApp({ ...services, now: () => new Date(clock) });
  const call = async (cookie: string, method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
    return { status: res.status, body: json };
  };
  const login = async (username: string, password: string) => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`demo login ${username}: ${res.status}`);
    return res.headers.get('set-cookie')!.split(';')[0];
  };
  const sessions = async () => ({
    advisor: await login('advisor', 'demo1234'),
    admin: await login('admin', adminPassword),
    crm: await login('crm', 'demo1234'),
    keeper: await login('keeper', 'demo1234'),
    gate: await login('gate', 'demo1234'),
  });
  let s = await sessions();
  // Days and opening times are the station's local ones.
  const stationId = (await call(s.advisor, 'GET', '/api/auth/me')).body.servicePointId as string;
  const timeZone = usableTimeZone((await call(s.advisor, 'GET', `/api/service-points/${stationId}`)).body?.timeZone);
  const todayLocal = localDate(timeZone, today);
  const vehicles = ((await call(s.advisor, 'GET', '/api/customers?pageSize=100')).body.items as { vehicles: { id: string; mileageKm: number }[] }[]).flatMap(
    (c) => c.vehicles,
  );
  const ops = (await call(s.advisor, 'GET', '/api/labor-operations?pageSize=100')).body.items as { id: string; code: string }[];
  const parts = (await call(s.advisor, 'GET', '/api/parts?pageSize=100')).body.items as { id: string; partNo: string; costPriceFen: number }[];
  const shelf = ((await call(s.keeper, 'GET', '/api/warehouse-locations')).body?.items ?? [])[0] as { id: string } | undefined;
  const op = (code: string) => ops.find((o) => o.code === code)!.id;
  const part = (no: string) => parts.find((p) => p.partNo === no)!.id;
  const recipes = [
    {
      type: 'maintenance',
      category: 'minor',
      concerns: '例行保养',
      lines: [
        { kind: 'labor', laborOperationId: op('BY-001') },
        { kind: 'parts', partId: part('06L115562') },
        { kind: 'parts', partId: part('G052195M4') },
      ],
    },
    {
      type: 'maintenance',
      category: 'level2_maintenance',
      concerns: '二级维护',
      lines: [
        { kind: 'labor', laborOperationId: op('EW-001') },
        { kind: 'parts', partId: part('5Q0819653') },
      ],
    },
    {
      type: 'repair',
      category: 'minor',
      concerns: '刹车有异响',
      lines: [
        { kind: 'labor', laborOperationId: op('ZD-001') },
        { kind: 'parts', partId: part('5Q0698151D') },
      ],
    },
    {
      type: 'accident',
      category: 'special',
      concerns: '前保险杠刮擦',
      lines: [
        { kind: 'labor', laborOperationId: op('BJ-001') },
        { kind: 'labor', laborOperationId: op('PQ-001') },
        { kind: 'parts', partId: part('LSM-100') },
      ],
    },
    {
      type: 'warranty',
      category: 'minor',
      concerns: '蓄电池亏电',
      lines: [
        { kind: 'labor', laborOperationId: op('DQ-001') },
        { kind: 'parts', partId: part('000915105') },
      ],
    },
  ];
  type Order = { id: string; version: number; type: string; quote: { customerPayableFen: number } };
  const reload = async (id: string): Promise<Order> => (await call(s.advisor, 'GET', `/api/work-orders/${id}`)).body;
  /** One step of an order's day (see OPEN_STEPS): the order after it, or null when it was refused (the order stays where it is). */
  async function step(action: string, w: Order, i: number): Promise<Order | null> {
    const id = w.id;
    if (action === 'issue' || action === 'pick') {
      const list = (await call(s.keeper, 'GET', `/api/work-orders/${id}/picking-list`)).body as { lines: { partId: string; short: number; toPick: number }[] };
      const short = action === 'issue' && shelf ? list.lines.filter((x) => x.short > 0) : [];
      for (const l of short) {
        const unitCostFen = parts.find((p) => p.id === l.partId)?.costPriceFen ?? 0;
        // A purchase batch: what is short and a few more for the next cars.
        await call(s.keeper, 'POST', '/api/stock/receipts', { partId: l.partId, locationId: shelf!.id, qty: l.short + 4, unitCostFen, note: '待料到货' });
      }
      if (list.lines.some((l) => l.toPick > 0) || short.length)
        if ((await call(s.keeper, 'POST', `/api/work-orders/${id}/pick`, {})).status !== 200) return null;
      return w; // picking leaves the work order's row (and version) as it was
    }
    if (action === 'settle') {
      if (w.type === 'internal') return w;
      const discountFen = i % 4 === 0 ? Math.floor(w.quote.customerPayableFen * 0.03) : 0;
      const settlement = (await call(s.advisor, 'POST', `/api/work-orders/${id}/settlement`, { discountFen, reason: '老客户' })).body;
      const payments = settlement.payableFen ? [{ method: ['wechat', 'alipay', 'bank-card', 'cash'][i % 4], amountFen: settlement.payableFen }] : [];
      const paid = await call(s.admin, 'POST', `/api/settlements/${settlement.id}/payment`, {
        version: settlement.version,
        payments,
        invoiceNo: `No.${31000 + i}`,
      });
      return paid.status === 200 ? reload(id) : null;
    }
    if (action === 'exit') {
      const pass = (await call(s.gate, 'GET', `/api/work-orders/${id}/gate-pass`)).body;
      return pass?.id && (await call(s.gate, 'POST', `/api/gate-passes/${pass.id}/exit`, { version: pass.version })).status === 200 ? w : null;
    }
    const res = await call(s.advisor, 'POST', `/api/work-orders/${id}/actions`, { version: w.version, action, reason: '' });
    return res.status === 200 ? res.body : null;
  }
  let lastDay = '';
  for (let i = 0; i < count; i++) {
    const openIndex = i - (count - OPEN_STEPS.length * 2);
    const isToday = openIndex >= 0;
    const dayOffset = isToday ? 0 : 21 - Math.floor((i * 20) / (count - OPEN_STEPS.length * 2));
    const day = addDays(todayLocal, -dayOffset);
    clock = new Date(atLocalTime(timeZone, day, '08:30').getTime() + (i % 6) * 40 * 60_000);
    if (day !== lastDay) {
      s = await sessions(); // sessions expire with the moving clock
      lastDay = day;
    }
    const v = vehicles[i % vehicles.length];
    const r = recipes[i % recipes.length];
    let w = (
      await call(s.advisor, 'POST', '/api/work-orders', {
        type: r.type,
        vehicleId: v.id,
        mileageIn: v.mileageKm + 500 + i,
        concerns: r.concerns,
        repairCategory: r.category,
        fuelLevelPct: 40 + (i % 6) * 10,
      })
    ).body;
    if (!w?.id) continue;
    w = (await call(s.advisor, 'PUT', `/api/work-orders/${w.id}/lines`, { version: w.version, lines: r.lines })).body;
    const steps = isToday
      ? OPEN_STEPS[openIndex % OPEN_STEPS.length]
      : ['confirm', 'issue', 'start', 'finish', ...(i % 9 === 4 ? ['qc_fail', 'finish'] : []), 'qc_pass', 'settle', 'deliver', 'exit'];
    if (steps.length) w = (await call(s.advisor, 'POST', `/api/work-orders/${w.id}/signature`, { version: w.version, signature: SIG })).body;
    for (const action of steps) {
      clock = new Date(clock.getTime() + 50 * 60_000);
      const next = await step(action, w, i);
      if (!next) break;
      w = next;
    }
  }
  // Today's workshop: technicians clocked in at 08:00 and the open jobs dispatched as the suggestion proposes.
  clock = new Date(today);
  const dispatcher = await login('workshop', 'demo1234');
  const board = (await call(dispatcher, 'GET', '/api/workshop/board')).body;
  if (board?.lanes) {
    const present = atLocalTime(timeZone, todayLocal, '08:00');
    const techs = (board.lanes as { technicians: { employeeId: string }[] }[]).flatMap((l) => l.technicians);
    const pointId = (await call(dispatcher, 'GET', '/api/auth/me')).body.servicePointId as string;
    if (techs.length) {
      await services.database.db
        .insert(attendance)
        .values(techs.map((t) => ({ servicePointId: pointId, employeeId: t.employeeId, localDate: todayLocal, inAt: present })));
    }
    const versions = new Map((board.unassigned as { id: string; version: number }[]).map((j) => [j.id, j.version]));
    const plan = (await call(dispatcher, 'GET', '/api/workshop/suggestions')).body?.items ?? [];
    for (const item of (plan as { jobId: string; technicianEmployeeId: string; plannedStartAt: string }[]).slice(0, 6)) {
      await call(dispatcher, 'POST', `/api/workshop/jobs/${item.jobId}/assign`, {
        version: versions.get(item.jobId),
        technicianEmployeeId: item.technicianEmployeeId,
        plannedStartAt: item.plannedStartAt,
      });
    }
  }
  // Follow-up calls that came due before today.
  clock = new Date(today);
  s = await sessions();
  const due = (await call(s.crm, 'GET', '/api/follow-ups?status=due')).body?.items ?? [];
  for (const [k, f] of (due as { id: string; version: number }[]).entries()) {
    if (k % 5 === 4) continue; // a few stay in the queue for the caller
    const bad = k % 11 === 3;
    await call(
      s.crm,
      'POST',
      `/api/follow-ups/${f.id}/result`,
      k % 7 === 2
        ? { version: f.version, reached: false, note: '无人接听' }
        : {
            version: f.version,
            reached: true,
            note: bad ? '异响仍在' : '满意',
            answers: { quality: bad ? 2 : 4 + (k % 2), fixed: !bad, attitude: 5, fee: bad ? 3 : 4, overall: bad ? 2 : 4 + (k % 2) },
          },
    );
  }
}
