import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../auth/permissions.js';
import { validateMobile } from '../../identifiers/index.js';
import { validateOrg } from '../rules.js';
import { manufacturerHqTemplate } from './manufacturer-hq.js';
import { regionalCentreTemplate } from './regional-centre.js';
import type { OrgTemplate } from './types.js';

describe.each([manufacturerHqTemplate, regionalCentreTemplate].map((t) => [t.key, t] as const))('network template %s', (_k, t: OrgTemplate) => {
  it('is one valid organization with a single top position', () => {
    const v = validateOrg(
      t.positions.map((p) => ({ id: p.key, superiorId: p.superiorKey, titleZh: p.titleZh, headOf: p.headOf ?? null })),
      [],
    );
    expect(v).toEqual([]);
    expect(t.positions.filter((p) => p.superiorKey === null)).toHaveLength(1);
    expect(t.servicePoints.filter((p) => p.hasOrganization)).toHaveLength(1);
  });

  it('refers only to departments, positions and permissions that exist', () => {
    const depts = new Set(t.departments.map((d) => d.key));
    const positions = new Set(t.positions.map((p) => p.key));
    for (const p of t.positions) {
      expect(depts.has(p.departmentKey)).toBe(true);
      for (const perm of p.permissions) expect(PERMISSIONS).toContain(perm);
    }
    for (const e of t.demoEmployees) {
      expect(positions.has(e.positionKey)).toBe(true);
      expect(validateMobile(e.phone).ok).toBe(true);
    }
  });

  it('gives every demo account a position with a demo holder', () => {
    for (const [account, prefixes] of Object.entries(t.demoAccounts ?? {})) {
      const p = t.positions.find((x) => prefixes.some((k) => x.titleZh.startsWith(k)));
      expect(p, account).toBeDefined();
      expect(t.demoEmployees.some((e) => e.positionKey === p!.key)).toBe(true);
    }
  });
});
