import { describe, it, expect } from 'vitest';
import { PERMISSIONS } from '../../auth/permissions.js';
import { TEMPLATES, findTemplate } from './index.js';
import { SERVICE_POINT_KINDS, SKILL_GRADES, TRADES, type OrgTemplate } from './types.js';

const TODAY = '2026-11-22';
const SOON = '2027-01-21'; // TODAY + 60 days

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Follows parent links from each node; returns the keys that lie on a cycle. */
function cyclic(nodes: { key: string; parent: string | null }[]): string[] {
  const parentOf = new Map(nodes.map((n) => [n.key, n.parent]));
  return nodes
    .filter((n) => {
      const seen = new Set<string>();
      let at: string | null | undefined = n.key;
      while (at) {
        if (seen.has(at)) return true;
        seen.add(at);
        at = parentOf.get(at);
      }
      return false;
    })
    .map((n) => n.key);
}

function ancestors(t: OrgTemplate, key: string): string[] {
  const out: string[] = [];
  let at = t.positions.find((p) => p.key === key)?.superiorKey ?? null;
  while (at && !out.includes(at)) {
    out.push(at);
    at = t.positions.find((p) => p.key === at)?.superiorKey ?? null;
  }
  return out;
}

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

describe.each(TEMPLATES.map((t) => [t.key, t] as const))('template %s', (_key, t: OrgTemplate) => {
  const positionKeys = new Set(t.positions.map((p) => p.key));
  const departmentKeys = new Set(t.departments.map((d) => d.key));
  const teamKeys = new Set(t.teams.map((tm) => tm.key));
  const pointKeys = new Set(t.servicePoints.map((s) => s.key));

  it('is found by its key', () => {
    expect(findTemplate(t.key)).toBe(t);
  });

  it('has unique keys and codes', () => {
    expect(duplicates(t.servicePoints.map((s) => s.key))).toEqual([]);
    expect(duplicates(t.servicePoints.map((s) => s.code))).toEqual([]);
    expect(duplicates(t.departments.map((d) => d.key))).toEqual([]);
    expect(duplicates(t.positions.map((p) => p.key))).toEqual([]);
    expect(duplicates(t.teams.map((tm) => tm.key))).toEqual([]);
  });

  it('refers only to keys that exist', () => {
    for (const s of t.servicePoints) if (s.parentKey) expect(pointKeys, s.key).toContain(s.parentKey);
    for (const d of t.departments) if (d.parentKey) expect(departmentKeys, d.key).toContain(d.parentKey);
    for (const p of t.positions) {
      expect(departmentKeys, p.key).toContain(p.departmentKey);
      if (p.superiorKey) expect(positionKeys, p.key).toContain(p.superiorKey);
      for (const c of p.collaboratesWith) expect(positionKeys, p.key).toContain(c);
    }
    for (const tm of t.teams) expect(departmentKeys, tm.key).toContain(tm.departmentKey);
    for (const e of t.demoEmployees) {
      expect(positionKeys, e.name).toContain(e.positionKey);
      if (e.teamKey) expect(teamKeys, e.name).toContain(e.teamKey);
    }
  });

  it('has one organized service point and valid region codes', () => {
    expect(t.servicePoints.filter((s) => s.hasOrganization)).toHaveLength(1);
    for (const s of t.servicePoints) {
      expect(SERVICE_POINT_KINDS).toContain(s.kind);
      expect(s.regionCodes.length, s.key).toBeGreaterThan(0);
      for (const code of s.regionCodes) expect(code, s.key).toMatch(/^[1-8]\d{5}$/);
    }
  });

  it('has exactly one top position and no cycles', () => {
    expect(t.positions.filter((p) => p.superiorKey === null)).toHaveLength(1);
    expect(cyclic(t.positions.map((p) => ({ key: p.key, parent: p.superiorKey })))).toEqual([]);
    expect(cyclic(t.departments.map((d) => ({ key: d.key, parent: d.parentKey })))).toEqual([]);
    expect(cyclic(t.servicePoints.map((s) => ({ key: s.key, parent: s.parentKey })))).toEqual([]);
  });

  it('lists each collaboration pair once and never with itself', () => {
    const pairs = t.positions.flatMap((p) => p.collaboratesWith.map((c) => [p.key, c].sort().join('|')));
    expect(duplicates(pairs)).toEqual([]);
    for (const p of t.positions) expect(p.collaboratesWith, p.key).not.toContain(p.key);
  });

  it('gives every position a job description, valid permissions and limits', () => {
    for (const p of t.positions) {
      expect(p.duties.length, p.key).toBeGreaterThanOrEqual(5);
      expect(p.authorities.length, p.key).toBeGreaterThanOrEqual(2);
      expect(p.reportsUpward.length, p.key).toBeGreaterThanOrEqual(2);
      expect(p.plannedHeadcount, p.key).toBeGreaterThan(0);
      expect(p.permissions, p.key).toContain('org.read');
      for (const perm of p.permissions) expect(PERMISSIONS, p.key).toContain(perm);
      expect(duplicates(p.permissions), p.key).toEqual([]);
      const { discountPct = 0, goodwillFen = 0, compensationFen = 0 } = p.limits;
      expect(discountPct >= 0 && discountPct <= 100, p.key).toBe(true);
      expect(Number.isInteger(goodwillFen) && Number.isInteger(compensationFen), p.key).toBe(true);
    }
  });

  it('has a sales head and a customer-service head with no reporting line between them', () => {
    const sales = t.positions.filter((p) => p.headOf === 'sales');
    const service = t.positions.filter((p) => p.headOf === 'customer-service');
    expect(sales).toHaveLength(1);
    expect(service).toHaveLength(1);
    expect(ancestors(t, sales[0].key)).not.toContain(service[0].key);
    expect(ancestors(t, service[0].key)).not.toContain(sales[0].key);
  });

  it('gives demo employees unique, valid mobile numbers', () => {
    const phones = t.demoEmployees.map((e) => e.phone);
    expect(duplicates(phones)).toEqual([]);
    for (const phone of phones) expect(phone).toMatch(/^1[3-9]\d{9}$/);
  });

  it('gives demo employees consistent trades, grades, teams and dates', () => {
    for (const e of t.demoEmployees) {
      expect(SKILL_GRADES).toContain(e.skillGrade);
      expect(isIsoDate(e.hiredOn), e.name).toBe(true);
      expect(e.hiredOn >= '2012-01-01' && e.hiredOn <= '2025-12-31', e.name).toBe(true);
      if (e.skillGrade === 'staff') {
        expect(e.trade, e.name).toBeNull();
        expect(e.teamKey, e.name).toBeNull();
      } else {
        expect(TRADES).toContain(e.trade);
        const team = t.teams.find((tm) => tm.key === e.teamKey);
        expect(team?.trade, e.name).toBe(e.trade);
      }
      for (const c of e.certifications) {
        expect(isIsoDate(c.expiresOn), `${e.name} ${c.name}`).toBe(true);
        expect(c.expiresOn >= '2025-06-01' && c.expiresOn <= '2029-12-31', `${e.name} ${c.name}`).toBe(true);
      }
    }
  });

  it('has exactly one master in each team', () => {
    for (const tm of t.teams) {
      const masters = t.demoEmployees.filter((e) => e.teamKey === tm.key && e.skillGrade === 'master');
      expect(masters, tm.key).toHaveLength(1);
    }
  });

  it('has one holder each of the top, sales-head and customer-service-head positions', () => {
    const heads = t.positions.filter((p) => p.superiorKey === null || p.headOf).map((p) => p.key);
    for (const key of heads)
      expect(
        t.demoEmployees.filter((e) => e.positionKey === key),
        key,
      ).toHaveLength(1);
  });
});

describe('auto-dealership template', () => {
  const t = findTemplate('auto-dealership')!;
  const position = (key: string) => t.positions.find((p) => p.key === key)!;

  it.each([
    ['service-manager', 10],
    ['front-desk-supervisor', 9],
    ['service-advisor-maintenance', 9],
    ['service-advisor-accident', 9],
    ['reception-clerk', 5],
  ])('%s has at least %i duties', (key, min) => {
    expect(position(key).duties.length).toBeGreaterThanOrEqual(min);
  });

  it('keeps the insurance duty for the accident advisor only', () => {
    const insurance = (key: string) => position(key).duties.some((d) => d.includes('保险公司定损员'));
    expect(insurance('service-advisor-accident')).toBe(true);
    expect(insurance('service-advisor-maintenance')).toBe(false);
  });

  it('has 35–50 demo employees, different people as general, service and sales managers', () => {
    expect(t.demoEmployees.length).toBeGreaterThanOrEqual(35);
    expect(t.demoEmployees.length).toBeLessThanOrEqual(50);
    const holders = ['general-manager', 'service-manager', 'sales-manager'].map((key) =>
      t.demoEmployees.filter((e) => e.positionKey === key).map((e) => e.name),
    );
    for (const h of holders) expect(h).toHaveLength(1);
    expect(new Set(holders.flat()).size).toBe(3);
  });

  it('puts the sales manager directly under the general manager', () => {
    expect(position('sales-manager').superiorKey).toBe('general-manager');
  });

  it('plans more staff than the demo has, with one position over-staffed', () => {
    const planned = t.positions.reduce((n, p) => n + p.plannedHeadcount, 0);
    expect(planned).toBeGreaterThan(t.demoEmployees.length);
    const actual = (key: string) => t.demoEmployees.filter((e) => e.positionKey === key).length;
    const over = t.positions.filter((p) => actual(p.key) > p.plannedHeadcount).map((p) => p.key);
    expect(over).toEqual(['reception-clerk']);
    expect(t.positions.some((p) => actual(p.key) < p.plannedHeadcount)).toBe(true);
  });

  it('has two expired certificates and two expiring within 60 days', () => {
    const dates = t.demoEmployees.flatMap((e) => e.certifications.map((c) => c.expiresOn));
    expect(dates.filter((d) => d < TODAY)).toHaveLength(2);
    expect(dates.filter((d) => d >= TODAY && d <= SOON)).toHaveLength(2);
  });

  it('has mechanical teams of 4–5 and body/paint teams of 3', () => {
    for (const tm of t.teams) {
      const members = t.demoEmployees.filter((e) => e.teamKey === tm.key);
      const [min, max] = tm.trade === 'mechanical' ? [4, 5] : [3, 3];
      expect(members.length, tm.key).toBeGreaterThanOrEqual(min);
      expect(members.length, tm.key).toBeLessThanOrEqual(max);
    }
  });

  it('carries no leftover conversion errors from document 002', () => {
    const text = JSON.stringify(t);
    for (const wrong of ['效劳', '治理', '参谋', '直截了当', '征询', '毛病', '预定', '操纵', '推断', '描绘', '纯粹性', '监视权', '消费']) {
      expect(text, wrong).not.toContain(wrong);
    }
  });
});
