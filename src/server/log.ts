/**
 * The one logger: structured JSON lines (pino) that never carry secrets or personal data. Every string is scrubbed
 * — phone numbers masked (139****7514), tracking tokens and SQL parameters cut — and known secret fields redacted.
 */
import pino from 'pino';

const PHONE = /(?<![0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])/g;
const TOKEN_PATH = /\/(public\/tickets|public\/surveys|public\/extra-work|feedback\/status|feedback\/survey)\/[^/?#\s"']+/g;
/** The customer's 增项 page (/extra-work/<32-character token>; staff ids there are 36-character uuids). */
const EXTRA_WORK_PAGE = /\/extra-work\/[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/g;
const TOKEN_PARAM = /\b(token|t|key|secret|password)=([^&\s"']+)/gi;
const SQL_PARAMS = /\nparams: .*$/gm;

/** Mask mainland mobile numbers: 13912347514 → 139****7514. */
export const maskPhone = (s: string) => s.replace(PHONE, '$1****$3');

/** A string fit for the log: phones masked, tokens and SQL parameters removed. */
export const scrub = (s: string) =>
  maskPhone(
    s
      .replace(SQL_PARAMS, '\nparams: [omitted]')
      .replace(TOKEN_PATH, '/$1/[token]')
      .replace(EXTRA_WORK_PAGE, '/extra-work/[token]')
      .replace(TOKEN_PARAM, '$1=[omitted]'),
  );

/** An error as log fields: type, SQLSTATE and a scrubbed message and stack (never the query's parameters). */
export function errorFields(err: unknown) {
  const e = err as { name?: string; message?: string; stack?: string; code?: string; cause?: { code?: string; message?: string } };
  return {
    type: e?.name ?? typeof err,
    code: e?.code ?? e?.cause?.code,
    message: scrub(String(e?.message ?? err)),
    cause: e?.cause?.message ? scrub(e.cause.message) : undefined,
    stack: e?.stack ? scrub(e.stack) : undefined,
  };
}

const SECRET_KEYS = ['password', 'passwordHash', 'token', 'tokenHash', 'secret', 'authorization', 'cookie'];

/** Make a logger writing to `destination` (stdout by default); tests pass a stream to read what was logged. */
export function createLogger(destination?: pino.DestinationStream, level = 'info') {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`)], censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

export type Logger = pino.Logger;
export const log: Logger = createLogger();
