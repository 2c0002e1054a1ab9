import { randomBytes } from 'node:crypto';
import { AppError } from '../../http/errors.js';
import type { Db, Tx } from '../../db/client.js';
import { notify } from '../notifications/index.js';
import type { TicketRow } from './tickets.repo.js';
import * as repo from './surveys.repo.js';

type Q = Db | Tx;

/** The questions of the satisfaction survey after a ticket closes; each answered 1–5. */
export const TICKET_SURVEY = [
  { key: 'speed', zh: '响应速度', en: 'Speed of response' },
  { key: 'result', zh: '问题解决效果', en: 'Was the problem solved' },
  { key: 'attitude', zh: '服务态度', en: 'Staff attitude' },
  { key: 'overall', zh: '总体满意度', en: 'Overall satisfaction' },
] as const;

/** Mean of 1–5 answers as a 0–100 score (1 → 0, 5 → 100). */
export function surveyScore(answers: Record<string, number>): number {
  const vals = TICKET_SURVEY.map((q) => answers[q.key]).filter((v): v is number => typeof v === 'number');
  if (!vals.length) return 0;
  return Math.round((vals.reduce((s, v) => s + (v - 1) / 4, 0) / vals.length) * 100);
}

/** Create the survey of a closed ticket once, and send its link to the customer (SMS channel). */
export async function createTicketSurvey(q: Q, t: TicketRow, at: Date) {
  const existing = await repo.findSurveyOf(q, 'ticket', t.id);
  if (existing) return existing;
  const row = await repo.insertSurvey(q, {
    servicePointId: t.servicePointId,
    subjectType: 'ticket',
    subjectId: t.id,
    token: randomBytes(15).toString('base64url'),
    handlerEmployeeId: t.handlerEmployeeId,
    departmentId: t.departmentId,
    createdAt: at,
  });
  if (row && t.customerPhone) {
    await notify(q, {
      servicePointId: t.servicePointId,
      channel: 'sms',
      title: `满意度回访 ${t.number}`,
      body: `${t.customerName}(${t.customerPhone}),请评价本次服务:/feedback/survey/${row.token}`,
      dedupeKey: `survey-sms:${row.id}`,
    });
  }
  return row;
}

/** Record the customer's answers and their score, once: a survey already answered stays as it was (CONFLICT). */
export async function submitSurvey(q: Q, id: string, answers: Record<string, number>, comment: string, at: Date) {
  const row = await repo.answerSurveyOnce(q, id, { answers, comment, score: surveyScore(answers), submittedAt: at });
  if (!row) throw new AppError('CONFLICT', '该问卷已提交,感谢您的评价');
  return row;
}
