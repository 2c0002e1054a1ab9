import type { Actor } from '../../domain/auth/actor.js';

export type AppEnv = {
  Variables: {
    actor: Actor | null;
    /** The raw session token when the request came with a session cookie (for logout). */
    sessionToken: string | null;
    /** Set by hono/request-id; echoed as X-Request-Id and logged with errors. */
    requestId: string;
  };
};
