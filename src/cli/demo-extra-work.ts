/**
 * The demo's 增项 (after the repair history): on two of today's orders in the workshop, the technician found extra
 * work — one waits for the advisor's price, the other was priced and sent to the customer by SMS.
 */
import { buildApp, type Services } from '../server/main.js';

/** A small PNG (a grey square) as the technician's photo. */
const PHOTO = 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFElEQVR4nGOYRiJgGNUwqmH4agAAO2/CEHvKHVEAAAAASUVORK5CYII=';

export async function seedDemoExtraWork(services: Services) {
  const app = buildApp(services);
  const call = async (cookie: string, method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? await res.json() : null };
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
  const [tech, advisor] = [await login('tech', 'demo1234'), await login('advisor', 'demo1234')];
  const orders = ((await call(advisor, 'GET', '/api/work-orders?status=in_progress,waiting_parts&pageSize=10')).body?.items ?? []) as { id: string }[];
  const ops = ((await call(advisor, 'GET', '/api/labor-operations?pageSize=100')).body?.items ?? []) as { id: string; code: string }[];
  const op = (code: string) => ops.find((o) => o.code === code)?.id ?? null;
  const findings = [
    { description: '左前轮胎内侧鼓包,存在爆胎风险,建议四轮定位并更换轮胎', laborOperationId: op('BY-006') },
    { description: '前制动片剩余约 2mm,制动盘有轻微沟槽,建议更换前制动片', laborOperationId: op('ZD-001') },
  ];
  for (const [i, order] of orders.slice(0, 2).entries()) {
    const f = findings[i];
    const reported = await call(tech, 'POST', `/api/work-orders/${order.id}/extra-work`, {
      ...f,
      parts: [],
      photos: [{ fileName: `finding-${i + 1}.png`, contentBase64: PHOTO }],
    });
    if (reported.status !== 201 || i === 0) continue; // the first waits for the advisor's price
    const r = reported.body as { id: string; version: number; items: { laborOperationId: string | null }[] };
    const items = r.items.flatMap((x) => (x.laborOperationId ? [{ kind: 'labor', laborOperationId: x.laborOperationId }] : []));
    const priced = await call(advisor, 'PUT', `/api/extra-work/${r.id}/pricing`, { version: r.version, items });
    if (priced.status === 200) await call(advisor, 'POST', `/api/extra-work/${r.id}/send`, { version: priced.body.version, channel: 'sms' });
  }
}
