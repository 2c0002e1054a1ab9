/**
 * Which manufacturer point a station's claims belong to, and its settings: the deepest point on the station's path
 * that keeps claim settings (HQ, or a region that overrides them); without any, the root of the tree with the
 * default settings. The claim catalog lives at that point too.
 */
import type { Db, Tx } from '../../db/client.js';
import { type ClaimSettings, DEFAULT_CLAIM_SETTINGS } from '../../../domain/claims/amount.js';
import { settingsOfPoints } from './catalog.repo.js';

export interface Manufacturer {
  pointId: string;
  settings: ClaimSettings;
  /** 0 while the defaults apply (nothing stored yet). */
  settingsVersion: number;
}

const idsOf = (path: string) => path.split('/').filter(Boolean);

export async function manufacturerOf(q: Db | Tx, pointPath: string): Promise<Manufacturer> {
  const ids = idsOf(pointPath);
  const rows = await settingsOfPoints(q, ids);
  const found = rows.sort((a, b) => ids.indexOf(b.servicePointId) - ids.indexOf(a.servicePointId))[0];
  if (!found) return { pointId: ids[0], settings: DEFAULT_CLAIM_SETTINGS, settingsVersion: 0 };
  const { laborRateFen, partsMarkupBp, otherCostCapFen, submitWithinDays, duplicateWithinDays, preauthAboveFen } = found;
  return {
    pointId: found.servicePointId,
    settings: { laborRateFen, partsMarkupBp, otherCostCapFen, submitWithinDays, duplicateWithinDays, preauthAboveFen },
    settingsVersion: found.version,
  };
}
