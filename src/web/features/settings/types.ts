export interface UserItem {
  id: string;
  username: string;
  displayName: string;
  servicePointId: string;
  servicePointName: string;
  employeeId: string | null;
  employeeName: string | null;
  isSuperuser: boolean;
  isActive: boolean;
  version: number;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}
