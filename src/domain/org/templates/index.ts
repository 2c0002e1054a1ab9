import { autoDealershipTemplate } from './auto-dealership.js';
import { equipmentManufacturerTemplate } from './equipment-manufacturer.js';
import type { OrgTemplate } from './types.js';

/** Every organization template `init` and `seed` can build. */
export const TEMPLATES = [autoDealershipTemplate, equipmentManufacturerTemplate] as const;

export function findTemplate(key: string): OrgTemplate | undefined {
  return TEMPLATES.find((t) => t.key === key);
}
