import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '../../db/database.js';
import { account, rateLimit, session, user, verification } from './auth.table.js';

export interface AuthOptions {
  secret: string;
  baseURL: string;
  /** Off in tests, which sign in hundreds of times from one address. */
  rateLimit: boolean;
}

/**
 * better-auth owns sign-in and sessions (stored in the database, so every node sees them).
 * Self sign-up is off: accounts are created by an administrator or the CLI and linked to a
 * person in the staff directory. Who may do what is decided by our policies, not here.
 */
export function createAuth(db: Db, options: AuthOptions) {
  return betterAuth({
    appName: 'ORMS',
    basePath: '/api/auth',
    baseURL: options.baseURL,
    secret: options.secret,
    database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification, rateLimit } }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 200 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        personId: { type: 'string', required: false, input: false },
        installationRole: { type: 'string', required: false, input: false },
      },
    },
    // Per client address. A whole office behind one NAT signs in at once when a crisis starts,
    // so sign-in allows 30 tries a minute rather than better-auth's default of 3 per 10 s.
    rateLimit: {
      enabled: options.rateLimit,
      window: 60,
      max: 100,
      storage: 'database',
      customRules: { '/sign-in/email': { window: 60, max: 30 } },
    },
    telemetry: { enabled: false },
    trustedOrigins: (request) => (request ? [new URL(request.url).origin] : []),
    advanced: { useSecureCookies: options.baseURL.startsWith('https://') },
  });
}

export type Auth = ReturnType<typeof createAuth>;
