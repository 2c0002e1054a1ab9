import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { ServicePoint } from '../../../contracts/org.js';
import { installDemoNetwork } from './demo-network.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ network: true });
});

const codes = (items: ServicePoint[]) => items.map((p) => p.code).sort();

describe('the demo manufacturer network', () => {
  it('hangs the demo station under OEM-HQ → RC-EAST, beside ST-0002, with RC-SOUTH → ST-0003', async () => {
    const hq = await h.login('hq-network');
    const points = (await hq.get('/api/service-points')).body.items as ServicePoint[];
    expect(codes(points)).toEqual(['OEM-HQ', 'RC-EAST', 'RC-SOUTH', 'ST-0001', 'ST-0002', 'ST-0003']);
    const byCode = new Map(points.map((p) => [p.code, p]));
    expect(byCode.get('ST-0001')!.parentId).toBe(byCode.get('RC-EAST')!.id);
    expect(byCode.get('ST-0002')!.parentId).toBe(byCode.get('RC-EAST')!.id);
    expect(byCode.get('ST-0003')!.parentId).toBe(byCode.get('RC-SOUTH')!.id);
    expect(byCode.get('RC-EAST')!.parentId).toBe(byCode.get('OEM-HQ')!.id);
  });

  it('scopes each login to its point and below', async () => {
    const region = await h.login('region');
    expect(codes((await region.get('/api/service-points')).body.items)).toEqual(['RC-EAST', 'ST-0001', 'ST-0002']);
    const south = await h.login('south-region');
    expect(codes((await south.get('/api/service-points')).body.items)).toEqual(['RC-SOUTH', 'ST-0003']);
    // The demo station's own people still see their station only, and keep working as before.
    const advisor = await h.login('advisor');
    expect(codes((await advisor.get('/api/service-points')).body.items)).toEqual(['ST-0001']);
    const s2 = await h.login('s2-advisor');
    expect(codes((await s2.get('/api/service-points')).body.items)).toEqual(['ST-0002']);
  });

  it('gives HQ and the stations their own organizations', async () => {
    const hq = await h.login('hq-claims');
    const me = (await hq.get('/api/auth/me')).body;
    expect(me.servicePointName).toContain('总部');
    const chart = (await hq.get('/api/org/chart')).body;
    expect(chart.positions.map((p: { titleZh: string }) => p.titleZh)).toContain('厂家索赔审核员');
    expect(chart.violations).toEqual([]);
    const s3 = await h.login('s3-manager');
    expect((await s3.get('/api/org/chart')).body.positions.length).toBeGreaterThan(20);
  });

  it('is made once', async () => {
    await expect(installDemoNetwork(h.db, h.installed.orgPointId, { now: h.now() })).rejects.toThrow(/演示网络已存在/);
  });
});

describe('the quality account', () => {
  it('the station has a quality login holding quality.manage', async () => {
    const q = await h.login('quality');
    const me = (await q.get('/api/auth/me')).body;
    expect(me.permissions).toContain('quality.manage');
    expect(me.servicePointId).toBe(h.installed.orgPointId);
  });
});
