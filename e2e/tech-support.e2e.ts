/**
 * 技术支持: a technician on his phone finds no answer in the job's 技术支持 panel and raises a 疑难技术求助; the
 * station's 技术主管 answers it, makes the answer a fault case with one click and publishes it; the next search of
 * the same symptom finds it first. Then the quality page (fault statistics with the trend). Every screenshot is an
 * axe check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { api, login, newUnassignedJob, openBrowser, shot, url } from './browser.js';

const SYMPTOM = '尾门撑杆嗡鸣';
const TITLE = '途观尾门开启时撑杆嗡鸣无法定位';
let phone: BrowserContext;
let desk: BrowserContext;
let tech: Page;
let lead: Page;
let jobId = '';

beforeAll(async () => {
  phone = await openBrowser({ width: 390, height: 844 });
  desk = await openBrowser();
  tech = await phone.newPage();
  await login(tech, 'tech', 'demo1234');
  // A job of the journey's own for the technician (the demo day may leave him none): the advisor (on the desk, before
  // the 技术主管 logs in there) and the dispatcher (a context of its own) make and assign it.
  const advisor = await desk.newPage();
  await login(advisor, 'advisor', 'demo1234');
  const dispatcherCtx = await openBrowser();
  try {
    const dispatcher = await dispatcherCtx.newPage();
    await login(dispatcher, 'workshop', 'demo1234');
    const me = (await api(tech, 'GET', '/api/auth/me')).body as { employeeId: string };
    const job = await newUnassignedJob(advisor, dispatcher, '尾门开启异响');
    const assigned = await api(dispatcher, 'POST', `/api/workshop/jobs/${job.id}/assign`, { version: job.version, technicianEmployeeId: me.employeeId });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    jobId = job.id;
  } finally {
    await dispatcherCtx.close();
    await advisor.close();
  }
  await desk.clearCookies();
  lead = await desk.newPage();
  await login(lead, 'techlead', 'demo1234');
});
afterAll(async () => {
  await phone?.close();
  await desk?.close();
});

async function openPanel() {
  await tech.goto(url('/workshop/my-jobs'));
  const card = tech.locator(`[data-testid="my-job"][data-job-id="${jobId}"]`);
  await card.waitFor();
  await card.getByTestId('job-tech-support').click();
  const panel = tech.getByTestId('kb-panel');
  await panel.waitFor();
  await panel.getByTestId('kb-search').fill(SYMPTOM);
  await panel.getByTestId('kb-search').press('Enter');
  return panel;
}

describe('a difficult case becomes the next technician’s answer', () => {
  it('the technician searches, finds nothing and raises a request with readings and what he tried', async () => {
    const panel = await openPanel();
    await panel.getByText('没有找到匹配的技术资料').waitFor();
    expect(await panel.getByTestId('kb-hit').count()).toBe(0);
    await shot(tech, 'kb-01-no-answer');
    await panel.getByTestId('kb-raise').click();
    const modal = tech.getByRole('dialog', { name: '疑难技术求助' });
    await modal.waitFor();
    await modal.getByLabel('标题').fill(TITLE);
    await modal.getByLabel('故障现象').fill(`尾门开启到顶时${SYMPTOM},关闭正常`);
    await modal.getByLabel('检测数据').fill('撑杆伸出长度 480 mm');
    await modal.getByLabel('已尝试的方法').fill('润滑铰链无效');
    await shot(tech, 'kb-02-raise');
    await modal.getByRole('button', { name: /提\s*交/ }).click();
    await modal.waitFor({ state: 'hidden' });
    await panel.getByTestId('kb-request').filter({ hasText: TITLE }).waitFor();
  });

  it('the 技术主管 is told, answers, makes a fault case with one click and publishes it', async () => {
    const inbox = (await api(lead, 'GET', '/api/notifications')).body.items as { title: string }[];
    expect(inbox.some((n) => n.title.startsWith('新的疑难技术求助'))).toBe(true);
    await lead.goto(url('/tech/requests'));
    const row = lead.locator('tr', { hasText: TITLE });
    await row.getByTestId('kb-answer').click();
    await lead.getByTestId('kb-answer-text').fill('撑杆内部阻尼油不足,更换左右尾门撑杆');
    await shot(lead, 'kb-03-answer');
    await lead
      .getByRole('dialog')
      .getByRole('button', { name: /OK|确\s*定/ })
      .click();
    // Answered, it leaves 待我答复: under 全部 it offers the fault case.
    await row.waitFor({ state: 'detached' });
    await lead.getByText('全部', { exact: true }).click();
    await row.getByTestId('kb-to-case').click();
    await row.getByTestId('kb-to-case').waitFor({ state: 'detached' });
    await lead.goto(url('/tech/knowledge'));
    const draft = lead.locator('tr', { hasText: TITLE });
    await draft.getByTestId('kb-act-submit').click();
    await draft.getByTestId('kb-act-publish').click();
    await draft.getByText('已发布').waitFor();
    await shot(lead, 'kb-04-published');
  });

  it('the next search of the same symptom finds the new fault case first', async () => {
    const panel = await openPanel();
    const first = panel.getByTestId('kb-hit').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(TITLE);
    expect(await first.textContent()).toContain('更换左右尾门撑杆');
    await first.getByRole('button', { name: /已解决/ }).click();
    await shot(tech, 'kb-05-found');
  });

  it("the manufacturer's quality engineer sees the network's fault statistics with the trend, and the feedback in progress", async () => {
    await desk.clearCookies();
    const quality = await desk.newPage();
    await login(quality, 'hq-quality', 'demo1234');
    await quality.goto(url('/quality'));
    await quality.getByTestId('fault-stats').locator('tbody tr').first().waitFor();
    await quality.locator('canvas').first().waitFor();
    await shot(quality, 'kb-06-quality');
    await quality.getByRole('tab', { name: '反馈跟踪' }).click();
    await quality.getByTestId('quality-feedback').getByText('处理中').first().waitFor();
    await shot(quality, 'kb-07-quality-feedback');
  });
});
