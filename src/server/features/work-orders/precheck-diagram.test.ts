import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';

let h: Harness;
let f: Factories;
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
});

describe('the pre-check car diagram on the 任务委托书', () => {
  it('saves the marks with the order and prints them numbered on the diagram, escaping notes', async () => {
    const preCheck = {
      damageMarks: [
        { area: '左前门', kind: '凹陷', note: '<b>拳头大</b>' },
        { area: '左前门', kind: '划痕', note: '' },
        { area: '轮毂', kind: '其他', note: '' },
      ],
      valuables: '',
      warningLights: [],
      notes: '',
    };
    const w = await f.workOrder({ preCheck });
    expect(w.preCheck.damageMarks).toEqual(preCheck.damageMarks);
    const advisor = await h.login('advisor');
    const doc = (await advisor.get(`/api/work-orders/${w.id}/print`)).body as string;
    expect(doc).toContain('<svg class="car"');
    // Two marks on the left front door (zone x 8 w 20 → centre 18, y 82 h 44 → 104), the free-text area only listed.
    expect(doc).toContain('<circle cx="18" cy="104"');
    expect(doc).toContain('<circle cx="25" cy="104"');
    expect(doc.match(/<circle /g)).toHaveLength(2);
    expect(doc).toContain('1. 左前门凹陷(&lt;b&gt;拳头大&lt;/b&gt;)、2. 左前门划痕、3. 轮毂其他');
    const plain = await f.workOrder();
    expect((await advisor.get(`/api/work-orders/${plain.id}/print`)).body).not.toContain('<svg class="car"');
  });
});
