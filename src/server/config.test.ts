import { describe, expect, it } from 'vitest';
import { clockOf, ConfigError, loadConfig } from './config.js';

describe('config', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATA_DIR).toMatch(/\/data$/);
    expect(c.DATABASE_URL).toBeUndefined();
  });
  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AFTERSALES_ADMIN_PASSWORD: 'short' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('DATABASE_URL');
      expect(msg).toContain('AFTERSALES_ADMIN_PASSWORD');
    }
  });
});

describe('the server clock', () => {
  it('runs in real time, or from AFTERSALES_CLOCK onwards', () => {
    let real = Date.parse('2026-12-01T21:15:00Z');
    const pinned = clockOf(loadConfig({ AFTERSALES_CLOCK: '2026-12-02T10:00:00+08:00' }), () => real);
    expect(pinned().toISOString()).toBe('2026-12-02T02:00:00.000Z');
    real += 90_000;
    expect(pinned().toISOString()).toBe('2026-12-02T02:01:30.000Z');
    expect(clockOf(loadConfig({}), () => real)().getTime()).toBe(real);
    expect(() => loadConfig({ AFTERSALES_CLOCK: 'tomorrow' })).toThrow(/AFTERSALES_CLOCK/);
  });
});
