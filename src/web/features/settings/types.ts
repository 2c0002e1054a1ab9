import type { Answer } from '../../api/paths';

export type UserItem = Answer<'/users'>['items'][number];
export type AuditEntry = Answer<'/audit-entries'>['items'][number];
