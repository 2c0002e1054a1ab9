/** Why a job was paused (暂停原因): asked at every pause, kept on the clock entry it closes. Pure. */

export const PAUSE_REASONS = ['waiting_parts', 'customer_confirmation', 'end_of_shift', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const PAUSE_REASON_LABELS: Record<PauseReason, { zh: string; en: string }> = {
  waiting_parts: { zh: '待料', en: 'Waiting for parts' },
  customer_confirmation: { zh: '等客户确认', en: 'Waiting for the customer' },
  end_of_shift: { zh: '下班', en: 'End of shift' },
  other: { zh: '其他', en: 'Other' },
};

/** Null when the pause is complete, else the field and its Chinese message (其他 needs a note). */
export function refusePause(reason: PauseReason, note: string): { path: string; message: string } | null {
  if (reason === 'other' && !note.trim()) return { path: 'note', message: '选择「其他」时请填写暂停说明' };
  return null;
}

/** Pauses per reason in a fixed order (every reason listed, zero included). */
export function countPauses(pauses: { reason: string | null }[]): { reason: PauseReason; count: number }[] {
  return PAUSE_REASONS.map((reason) => ({ reason, count: pauses.filter((p) => p.reason === reason).length }));
}
