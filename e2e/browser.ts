import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SHOTS = path.resolve('.test-out/screens');
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh Debian-chromium profile (never a downloaded browser). */
export async function openBrowser(viewport = { width: 1366, height: 768 }): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'as-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // axe-core is injected as a script, which our own CSP (tested in the API suite) would refuse.
    bypassCSP: true,
  });
}

export const url = (p: string) => `${inject('baseUrl')}${p}`;

/** A screenshot of what the person sees, and an accessibility check of the same state. */
export async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await expectAccessible(page, name);
}

const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
/** WCAG 2.1 A/AA rules (and axe's best practices) whose serious or critical violations fail a journey. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/**
 * Third-party widgets we cannot fix, with the reason. Empty: everything on our pages passes.
 * Entry shape: { rule: 'color-contrast', selector: '.some-widget', why: '…' }.
 */
const ALLOWED: { rule: string; selector: string; why: string }[] = [
  {
    rule: 'aria-required-children',
    selector: '.ant-tabs-nav',
    why: "antd's Tabs put their overflow 'more' button inside the tablist when the tabs do not fit (longer English labels); antd's own markup",
  },
];
/** Rules axe rates moderate that we hold as strictly: every page has one level-one heading. */
const REQUIRED = ['page-has-heading-one'];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/** Run axe-core on the page as it is now; fail on any serious or critical violation, listing where. */
export async function expectAccessible(page: Page, name: string) {
  // Let opening and closing drawers and modals finish their fade (antd's motion, 0.3 s, longer on a loaded machine):
  // mid-fade colours are not what is seen. Data still loading first (a spinning table): a control it enables fades in
  // from its disabled colours when the data arrives, which a loaded machine can catch mid-way.
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-btn-loading'), null, { timeout: 15000 }).catch(() => undefined);
  await page.waitForTimeout(400);
  await page
    .waitForFunction(() => !document.querySelector('[class*="-leave-active"], [class*="-appear-active"], [class*="-enter-active"]'), null, { timeout: 5000 })
    .catch(() => undefined);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document | { include: Element[][] }, o: object) => Promise<unknown> } };
    // With a dialog or drawer open, the page behind it is inert for the person (focus stays in the dialog, a mask
    // dims it): check what they can reach, the open dialogs.
    const dialogs = [...document.querySelectorAll('.ant-drawer-content-wrapper, .ant-modal-wrap')].filter(
      (d) => (d as HTMLElement).offsetParent !== null || getComputedStyle(d).position === 'fixed',
    );
    const open = dialogs.filter((d) => getComputedStyle(d).display !== 'none' && getComputedStyle(d).visibility !== 'hidden');
    return w.axe.run(open.length ? { include: open.map((d) => [d]) } : document, { runOnly: { type: 'tag', values: tags } });
  }, AXE_TAGS)) as AxeResult;
  // Pages scanned and violations by impact, for the CI summary (.test-out/a11y.jsonl).
  const byImpact: Record<string, number> = {};
  for (const v of result.violations) byImpact[v.impact ?? 'minor'] = (byImpact[v.impact ?? 'minor'] ?? 0) + v.nodes.length;
  fs.mkdirSync(path.resolve('.test-out'), { recursive: true });
  fs.appendFileSync(path.resolve('.test-out/a11y.jsonl'), `${JSON.stringify({ page: name, violations: byImpact })}\n`);
  const problems = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || REQUIRED.includes(v.id))
    .flatMap((v) =>
      v.nodes
        .filter((n) => !ALLOWED.some((a) => a.rule === v.id && n.target.join(' ').includes(a.selector)))
        .map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${v.help}`),
    );
  if (problems.length) throw new Error(`accessibility (axe) on ${name}:\n${problems.slice(0, 20).join('\n')}`);
}

export async function login(page: Page, username: string, password: string) {
  await page.goto(url('/login'));
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Call the API from inside the page, as the logged-in user of that page (setting up or reading what the person did). */
export async function api<T = any>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ([m, p, b]) => {
      const r = await fetch(p as string, {
        method: m as string,
        headers: b ? { 'content-type': 'application/json' } : {},
        body: b ? JSON.stringify(b) : undefined,
      });
      return { status: r.status, body: await r.json().catch(() => null) };
    },
    [method, path, body] as const,
  );
}

const SIGNATURE_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/**
 * A job of the journey's own waiting for dispatch: a confirmed order with one 保养 line (BY-002, mechanical), made by
 * the advisor's page through the API, so a journey never depends on what the demo day left unassigned.
 */
export async function newUnassignedJob(advisor: Page, dispatcher: Page, concerns = '常规保养') {
  const must = <T>(r: { status: number; body: T }, what: string) => {
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    return r.body;
  };
  const customers = must(await api(advisor, 'GET', '/api/customers?pageSize=50'), 'customers');
  const vehicle = customers.items.flatMap((c: { vehicles: { id: string; mileageKm: number }[] }) => c.vehicles).at(-3);
  const op = must(await api(advisor, 'GET', '/api/labor-operations?q=BY-002'), 'labor operation').items[0];
  let wo = must(
    await api(advisor, 'POST', '/api/work-orders', { type: 'repair', vehicleId: vehicle.id, mileageIn: vehicle.mileageKm + 200, concerns }),
    'order',
  );
  wo = must(
    await api(advisor, 'PUT', `/api/work-orders/${wo.id}/lines`, { version: wo.version, lines: [{ kind: 'labor', laborOperationId: op.id }] }),
    'lines',
  );
  wo = must(await api(advisor, 'POST', `/api/work-orders/${wo.id}/signature`, { version: wo.version, signature: SIGNATURE_PNG }), 'signature');
  must(await api(advisor, 'POST', `/api/work-orders/${wo.id}/actions`, { version: wo.version, action: 'confirm', reason: '' }), 'confirm');
  const board = must(await api(dispatcher, 'GET', '/api/workshop/board'), 'board');
  const job = board.unassigned.find((j: { workOrderId: string }) => j.workOrderId === wo.id);
  if (!job) throw new Error('the confirmed order has no job waiting for dispatch');
  return job as { id: string; version: number; workOrderId: string };
}
