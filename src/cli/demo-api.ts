/**
 * The demo steps that go through the API (as a user would), in process: `call` with a session cookie and `login`
 * with a demo account's password. One app per step.
 */
import { buildApp, type Services } from '../server/main.js';

export function demoApi(services: Services) {
  const app = buildApp(services);
  const call = async (cookie: string, method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? await res.json() : null };
  };
  const login = async (username: string) => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo1234' }),
    });
    return res.status === 200 ? res.headers.get('set-cookie')!.split(';')[0] : null;
  };
  return { call, login };
}
