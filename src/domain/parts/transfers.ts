/**
 * Stock transfers between stations of one network (调拨): the status table, receipts against what was shipped, and
 * which stations see each other's stock (a setting on the network; default: siblings under the same parent).
 * Quantities ×1000 (milli), money in fen.
 */

export const TRANSFER_STATUSES = ['requested', 'pending_approval', 'approved', 'in_transit', 'partly_received', 'received', 'rejected', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export const TRANSFER_STATUS_LABELS: Record<TransferStatus, string> = {
  requested: '待审批',
  pending_approval: '超权限待审批',
  approved: '已审批待发货',
  in_transit: '在途',
  partly_received: '部分收货',
  received: '已收货',
  rejected: '已拒绝',
  cancelled: '已取消',
};
export const TRANSFER_ACTIONS = ['approve', 'escalate', 'decide_approve', 'reject', 'ship', 'receive', 'cancel'] as const;
export type TransferAction = (typeof TRANSFER_ACTIONS)[number];

/**
 * The one status table: [from, action] → to. `approve` by the supplying station's parts manager within their stock
 * authority; above it the same click `escalate`s to 待我审批, where `decide_approve` (or `reject`) ends it.
 * Receiving may be partial; cancelling is possible until the parts leave the supplier.
 */
export const TRANSFER_TABLE: Readonly<Record<TransferStatus, Partial<Record<TransferAction, TransferStatus>>>> = {
  requested: { approve: 'approved', escalate: 'pending_approval', reject: 'rejected', cancel: 'cancelled' },
  pending_approval: { decide_approve: 'approved', reject: 'rejected', cancel: 'cancelled' },
  approved: { ship: 'in_transit', cancel: 'cancelled' },
  in_transit: { receive: 'partly_received' },
  partly_received: { receive: 'partly_received' },
  received: {},
  rejected: {},
  cancelled: {},
};

/** Status after an action, or null when the action is not allowed in that status. */
export function transferTransition(status: TransferStatus, action: TransferAction): TransferStatus | null {
  return TRANSFER_TABLE[status][action] ?? null;
}

/** The approving click: within the approver's authority it approves, above it it goes to 待我审批. */
export const approveAction = (withinAuthority: boolean): TransferAction => (withinAuthority ? 'approve' : 'escalate');

/** After a receipt: received when every shipped line is received in full, else partly received. */
export function statusAfterTransferReceipt(lines: readonly { shippedMilli: number; receivedMilli: number }[]): TransferStatus {
  return lines.every((l) => l.receivedMilli >= l.shippedMilli) ? 'received' : 'partly_received';
}

/** What still travels on a line (shipped − received), never below 0. */
export const inTransitMilli = (l: { shippedMilli: number; receivedMilli: number }) => Math.max(0, l.shippedMilli - l.receivedMilli);

/** Quantity above what is in transit on the line (0 when within): receiving more than was shipped is refused. */
export const overTransferReceiptMilli = (l: { shippedMilli: number; receivedMilli: number }, qtyMilli: number) => Math.max(0, qtyMilli - inTransitMilli(l));

/** Transfer value in fen: Σ quantity × unit cost, each line rounded half up. */
export function transferValueFen(lines: readonly { qtyMilli: number; unitCostFen: number }[]): number {
  return lines.reduce((s, l) => s + Math.round((l.qtyMilli * l.unitCostFen) / 1000), 0);
}

// ---- who sees whose stock ----
/**
 * A network point's stock-sharing setting (库存共享): 'none' — its stations see nobody's stock; 'siblings' — a station
 * sees the stations with the same parent; 'subtree' — every station under the point sees every other one.
 */
export const SHARING_MODES = ['none', 'siblings', 'subtree'] as const;
export type SharingMode = (typeof SHARING_MODES)[number];
export const DEFAULT_SHARING: SharingMode = 'siblings';

export interface NetPoint {
  id: string;
  parentId: string | null;
  /** '/rootId/…/ownId/' */
  path: string;
  kind: string;
}

/** The ancestors of a point from its parent up to the root (ids from the materialized path). */
export const ancestorIds = (p: Pick<NetPoint, 'id' | 'path'>) =>
  p.path
    .split('/')
    .filter((x) => x && x !== p.id)
    .reverse();

/**
 * The stations whose stock `station` may see: the nearest ancestor with a setting decides ('none', 'siblings',
 * 'subtree' of that ancestor); without any setting, the siblings. Never the station itself; stations only.
 */
export function visibleStations(station: NetPoint, points: readonly NetPoint[], settings: ReadonlyMap<string, SharingMode>): NetPoint[] {
  const decider = ancestorIds(station).find((id) => settings.has(id));
  const mode = decider ? settings.get(decider)! : DEFAULT_SHARING;
  const others = points.filter((p) => p.id !== station.id && p.kind !== 'hq' && p.kind !== 'regional');
  if (mode === 'none') return [];
  if (mode === 'siblings') return others.filter((p) => station.parentId !== null && p.parentId === station.parentId);
  return others.filter((p) => p.path.includes(`/${decider}/`));
}
