/** Follow-up call tasks (回访) as served by /api/follow-ups. */
import type { Answer } from '../../api/paths';

export type FollowUp = Answer<'/follow-ups'>['items'][number];
export type FollowUpAnswers = NonNullable<FollowUp['answers']>;

export type FollowUpStats = Answer<'/follow-up-stats'>;

export const FOLLOW_UP_TABS = ['due', 'pending', 'done', 'unreachable'] as const;
/** The four 1–5 questions, in the order they are asked. */
export const SCORE_QUESTIONS = ['quality', 'attitude', 'fee', 'overall'] as const;
export const FOLLOW_UP_STATUS_COLORS: Record<string, string> = { pending: 'processing', done: 'success', unreachable: 'default' };
