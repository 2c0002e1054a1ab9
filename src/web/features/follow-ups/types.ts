/** Follow-up call tasks (回访) as served by /api/follow-ups. */
export interface FollowUpAnswers { quality: number; fixed: boolean; attitude: number; fee: number; overall: number }

export interface FollowUp {
  id: string;
  workOrderId: string;
  workOrderNumber: string;
  customerName: string;
  customerPhone: string;
  plate: string;
  deliveredAt: string | null;
  dueAt: string;
  status: string;
  attempts: number;
  answers: FollowUpAnswers | null;
  score: number | null;
  isFlagged: boolean;
  ticketId: string | null;
  version: number;
}

export interface FollowUpStats {
  delivered: number;
  reached: number;
  flagged: number;
  followUpRate: number | null;
  csi: number | null;
}

export const FOLLOW_UP_TABS = ['due', 'pending', 'done', 'unreachable'] as const;
/** The four 1–5 questions, in the order they are asked. */
export const SCORE_QUESTIONS = ['quality', 'attitude', 'fee', 'overall'] as const;
export const FOLLOW_UP_STATUS_COLORS: Record<string, string> = { pending: 'processing', done: 'success', unreachable: 'default' };
