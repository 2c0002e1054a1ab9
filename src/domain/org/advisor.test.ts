import { describe, expect, it } from 'vitest';
import { recommendStructure, recommendationTemplate, type AdvisorAnswers } from './advisor.js';
import { isAbove, validateOrg } from './rules.js';

const base: AdvisorAnswers = {
  size: 'medium',
  mechanization: 'low',
  process: 'general',
  outsourcing: 'low',
  production: 'batch',
  products: ['空压机'],
  regions: ['华东'],
};
const keys = (a: Partial<AdvisorAnswers>) => recommendStructure({ ...base, ...a }).positions.map((p) => p.key);
const find = (a: Partial<AdvisorAnswers>, key: string) => recommendStructure({ ...base, ...a }).positions.find((p) => p.key === key);

describe('organization design advisor: one rule per row', () => {
  it.each<[string, Partial<AdvisorAnswers>, { has?: string[]; lacks?: string[] }]>([
    ['small: the service head reports to the GM, no deputy', { size: 'small' }, { lacks: ['deputy-gm', 'chief-mechanical'] }],
    ['large: a deputy GM with chief engineers', { size: 'large' }, { has: ['deputy-gm', 'chief-mechanical', 'chief-power'] }],
    ['general, low mechanization: no technical department', {}, { lacks: ['tech-head'] }],
    ['high mechanization: technical support department', { mechanization: 'high' }, { has: ['tech-head'], lacks: ['condition-monitor'] }],
    ['continuous process: technical support department', { process: 'continuous' }, { has: ['tech-head'] }],
    ['both: condition monitoring too', { mechanization: 'high', process: 'continuous' }, { has: ['tech-head', 'condition-monitor'] }],
    ['mass production: planner, no installation department', { production: 'mass' }, { has: ['maintenance-planner'], lacks: ['install-engineer'] }],
    ['single-piece: installation, no planner', { production: 'single' }, { has: ['install-engineer'], lacks: ['maintenance-planner'] }],
    ['batch: both', { production: 'batch' }, { has: ['install-engineer', 'maintenance-planner'] }],
    ['much outsourced: coordinator, no own workshop', { outsourcing: 'high' }, { has: ['outsourcing'], lacks: ['repair-workshop', 'spare-parts'] }],
    ['little outsourced: own workshop and spare parts', { outsourcing: 'low' }, { has: ['repair-workshop', 'spare-parts'], lacks: ['outsourcing'] }],
    ['three regions: a field team each', { regions: ['华东', '华南', '华北'] }, { has: ['field-1', 'field-2', 'field-3'] }],
    ['no region given: one local team', { regions: [] }, { has: ['field-1'], lacks: ['field-2'] }],
    [
      'seven products: five engineers and one grouped',
      { products: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      { has: ['product-5', 'product-other'], lacks: ['product-6'] },
    ],
  ])('%s', (_, a, { has = [], lacks = [] }) => {
    const k = keys(a);
    for (const x of has) expect(k).toContain(x);
    for (const x of lacks) expect(k).not.toContain(x);
  });

  it.each<[string, Partial<AdvisorAnswers>, string, [number, number]]>([
    ['small: field 1–2', { size: 'small' }, 'field-1', [1, 2]],
    ['medium: field 2–4', { size: 'medium' }, 'field-1', [2, 4]],
    ['large: field 4–8', { size: 'large' }, 'field-1', [4, 8]],
    ['large and lean: field halved 2–4', { size: 'large', outsourcing: 'high' }, 'field-1', [2, 4]],
    ['single-piece medium: installers 2–4', { production: 'single' }, 'install-engineer', [2, 4]],
  ])('staffing %s', (_, a, key, [min, max]) => {
    const p = find(a, key)!;
    expect([p.staffMin, p.staffMax, p.plannedHeadcount]).toEqual([min, max, max]);
  });

  it('the reasons name the rules that fired', () => {
    const r = recommendStructure({ ...base, size: 'large', outsourcing: 'high' });
    expect(r.reasons[0]).toContain('⑥');
    expect(r.reasons.some((x) => x.startsWith('③(1) 大型企业'))).toBe(true);
    expect(r.reasons.some((x) => x.startsWith('③(4) 协作化程度高'))).toBe(true);
  });
});

describe('rule ⑥ and validateOrg hold for every combination of answers', () => {
  const all: AdvisorAnswers[] = [];
  for (const size of ['small', 'medium', 'large'] as const)
    for (const mechanization of ['low', 'high'] as const)
      for (const process of ['general', 'continuous'] as const)
        for (const outsourcing of ['low', 'high'] as const)
          for (const production of ['mass', 'batch', 'single'] as const)
            for (const regions of [[], ['华东'], ['华东', '华南', '西南']])
              all.push({ size, mechanization, process, outsourcing, production, products: ['数控机床', '空压机'], regions });
  it(`${all.length} combinations`, () => {
    for (const a of all) {
      const r = recommendStructure(a);
      const nodes = r.positions.map((p) => ({ id: p.key, superiorId: p.superiorKey, titleZh: p.titleZh, headOf: p.headOf ?? null }));
      expect(validateOrg(nodes, [])).toEqual([]);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const cs = r.positions.find((p) => p.headOf === 'customer-service')!;
      const sales = r.positions.find((p) => p.headOf === 'sales')!;
      expect(isAbove(byId, cs.key, sales.key) || isAbove(byId, sales.key, cs.key)).toBe(false);
      expect(new Set(r.positions.map((p) => p.key)).size).toBe(r.positions.length);
      for (const p of r.positions) expect(p.departmentKey && r.departments.some((d) => d.key === p.departmentKey)).toBe(true);
    }
  });
  it('the template has no staff (a draft to fill)', () => {
    const t = recommendationTemplate(recommendStructure(base));
    expect(t.demoEmployees).toEqual([]);
    expect(t.positions.every((p) => !('staffMin' in p))).toBe(true);
  });
});
