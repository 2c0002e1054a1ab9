import { formatYuan } from '../../domain/work-orders/money.js';

/** Escape % _ \ so user text is matched literally inside a LIKE/ILIKE pattern. */
export const escapeLike = (s: string) => s.replace(/[%_\\]/g, (m) => `\\${m}`);

/** Fen as yuan for messages and printouts: ¥1,280 → "¥1280.00". */
export const yuan = (fen: number) => `¥${formatYuan(fen)}`;
