import { z } from 'zod';
import path from 'node:path';

/** The one environment schema. Parsed once at boot; a bad value stops the process listing every problem. */
export const Config = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** A PostgreSQL streaming replica for reports and KPI reads (optional; writes always go to DATABASE_URL). */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  AFTERSALES_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (never trust it otherwise). */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * Start the server's clock at this instant (ISO 8601 with offset) and let it run from there: demos and browser
   * journeys pinned to a working morning, whatever the hour they are run at. Unset: the real time.
   */
  AFTERSALES_CLOCK: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with offset, e.g. 2026-11-24T10:00:00+08:00' }).optional(),
  /** Days after delivery when the follow-up call (回访) is due. */
  FOLLOW_UP_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  /** 汽车维修电子健康档案 upload: 'file' (default: JSON files under EHEALTH_DIR, or DATA_DIR/ehealth) or 'http' (POST to EHEALTH_URL). */
  EHEALTH_ADAPTER: z.enum(['file', 'http']).default('file'),
  EHEALTH_DIR: z.string().optional(),
  EHEALTH_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
  /** Sent as `Authorization: Bearer …` by the HTTP adapter (never logged). */
  EHEALTH_TOKEN: z.string().optional(),
});
export type Config = z.infer<typeof Config>;

export class ConfigError extends Error {}

/** The clock the server runs on: real time, or AFTERSALES_CLOCK advancing in real time from the moment of the call. */
export function clockOf(config: Pick<Config, 'AFTERSALES_CLOCK'>, realNow: () => number = Date.now): () => Date {
  if (!config.AFTERSALES_CLOCK) return () => new Date(realNow());
  const offset = new Date(config.AFTERSALES_CLOCK).getTime() - realNow();
  return () => new Date(realNow() + offset);
}

/** Parse an environment (process.env by default); throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (FOO=) means "not set", as in most twelve-factor apps.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Config.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, DATA_DIR: path.resolve(parsed.data.DATA_DIR) };
}
