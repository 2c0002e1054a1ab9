import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { equipmentManufacturerTemplate } from '../../../domain/org/templates/equipment-manufacturer.js';
import { installTemplate } from './install.js';
import type { ServicePoint } from '../../../contracts/org.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ template: equipmentManufacturerTemplate, demo: false });
});

describe('equipment-manufacturer template (init, no demo staff)', () => {
  it('builds the three-tier network under HQ', async () => {
    const admin = await h.login('admin');
    const points = (await admin.get('/api/service-points')).body.items as ServicePoint[];
    expect(points.filter((p) => p.kind === 'hq')).toHaveLength(1);
    expect(points.filter((p) => p.kind === 'regional').length).toBeGreaterThanOrEqual(3);
    const regional = points.find((p) => p.kind === 'regional')!;
    expect(points.filter((p) => p.parentId === regional.id).length).toBeGreaterThanOrEqual(2);
    expect(points.every((p) => p.kind === 'hq' || p.regionCodes.length > 0)).toBe(true);
  });

  it('gives HQ the four departments of seed 001 and a valid structure without employees', async () => {
    const admin = await h.login('admin');
    const chart = (await admin.get('/api/org/chart')).body;
    const names = chart.departments.map((d: { nameZh: string }) => d.nameZh);
    for (const d of ['售后服务部', '技术支持部', '安装调试部', '维修保养部']) expect(names).toContain(d);
    expect(chart.violations).toEqual([]);
    expect((await admin.get('/api/employees')).body.total).toBe(0);
  });

  it('a regional centre user sees its own stations, not HQ nor other regions', async () => {
    const admin = await h.login('admin');
    const points = (await admin.get('/api/service-points')).body.items as ServicePoint[];
    const [r1, r2] = points.filter((p) => p.kind === 'regional');
    await admin.call('POST', '/api/users', { body: { username: 'region1', displayName: '大区经理', password: 'region1-pw', servicePointId: r1.id } });
    const region = await h.login('region1', 'region1-pw');
    const visible = ((await region.get('/api/service-points')).body.items as ServicePoint[]).map((p) => p.id).sort();
    expect(visible).toEqual(
      points
        .filter((p) => p.id === r1.id || p.parentId === r1.id)
        .map((p) => p.id)
        .sort(),
    );
    expect((await region.get(`/api/service-points/${r2.id}`)).status).toBe(404);
  });

  it('refuses to install a template twice', async () => {
    await expect(installTemplate(h.db, equipmentManufacturerTemplate, { adminPassword: 'x-password', withDemoEmployees: false })).rejects.toThrow(
      /已有服务网点/,
    );
  });
});
