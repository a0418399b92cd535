import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * Environment, parsed once. Everything optional has a safe local default so that a fresh
 * checkout runs with no configuration. A real deployment (DATABASE_URL in production) must set
 * AUTH_SECRET and APP_URL; `instrumentation.ts` checks this at start, so the server refuses to
 * start and says why instead of failing on the first request.
 */

/** One IP address or CIDR block (`10.0.0.0/8`, `::1`, `fd00::/8`). */
function isIpOrCidr(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

const trustedProxyList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().refine(isIpOrCidr, {
        error: (issue) =>
          `TRUSTED_PROXY entries must be IP addresses or CIDR blocks; "${String(issue.input)}" is neither.`,
      }),
    ),
  );

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.url().optional(),
    /** Folder for the embedded database and the generated auth secret. */
    ACCORD_DATA_DIR: z.string().min(1).optional(),
    AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
    /**
     * The key Next.js encrypts server-action state with. Unset, each build makes its own and every
     * instance running that build shares it; instances from different builds, or a build rotated
     * while the old one still serves forms, need the same key set on all of them (ADR 0021).
     */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
      .string()
      .refine((value) => /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, 'base64').length === 32, {
        error:
          'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be a base64-encoded 32-byte key (e.g. ' +
          'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=$(openssl rand -base64 32)), the same on every instance.',
      })
      .optional(),
    /**
     * Public base URL for every absolute link (invitations, password resets, flag emails).
     * Links never come from request headers (a forged Host would send someone's reset link to
     * another site). Required in production with DATABASE_URL; the embedded demo uses
     * http://localhost:<PORT>.
     */
    APP_URL: z
      .url({
        protocol: /^https?$/,
        error: 'APP_URL must be an http:// or https:// address, e.g. https://accord.example.org',
      })
      .optional(),
    PORT: z
      .string()
      .regex(/^\d{1,5}$/, 'PORT must be a port number.')
      .default('3000'),
    /**
     * The reverse proxies whose forwarded headers (X-Forwarded-For…) may be believed: comma-
     * separated IPs or CIDR blocks. Unset: no forwarded header is trusted.
     */
    TRUSTED_PROXY: trustedProxyList.default([]),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default('Accord <no-reply@accord.local>'),
    /**
     * A file that receives every email as one JSON line instead of a mail server (tests and
     * trials). It counts as delivery: whoever can read the file can follow the links in it.
     */
    MAIL_OUTBOX: z.string().min(1).optional(),
    /**
     * The job queue's own connection (pg-boss), e.g. a direct connection when DATABASE_URL goes
     * through PgBouncer, or the pooler itself (pg-boss 10 polls; it never uses LISTEN/NOTIFY).
     * Unset: DATABASE_URL.
     */
    JOB_DATABASE_URL: z.url().optional(),
    /** "0": the web process runs no jobs (a separate `npm run worker` does). */
    JOBS_IN_WEB: z.enum(['0', '1']).default('1'),
    /** Set to "1" to skip seeding the embedded database with the demo clinic. */
    ACCORD_NO_DEMO: z.enum(['0', '1']).default('0'),
  })
  .superRefine((value, context) => {
    if (value.NODE_ENV !== 'production' || !value.DATABASE_URL) return;
    if (!value.APP_URL) {
      context.addIssue({
        code: 'custom',
        path: ['APP_URL'],
        message:
          'APP_URL must be set when running in production against DATABASE_URL (e.g. ' +
          'APP_URL=https://accord.example.org): links in invitation and password-reset emails are built from it, ' +
          'never from request headers.',
      });
    }
    if (!value.AUTH_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message:
          'AUTH_SECRET must be set when running in production against DATABASE_URL (e.g. AUTH_SECRET=$(openssl rand -base64 32)).',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Parses a set of environment variables (pure, for tests); empty strings mean "unset". */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).map(([key, value]) => [key, value === '' ? undefined : value]),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

let parsed: Env | undefined;

export function env(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** The embedded database (no DATABASE_URL): the zero-config demo on one machine. */
export function isEmbeddedDemo(settings: Env = env()): boolean {
  return !settings.DATABASE_URL;
}

/** The public origin of the app, with no trailing slash: APP_URL, else http://localhost:<PORT>. */
export function appOrigin(settings: Env = env()): string {
  return (settings.APP_URL ?? `http://localhost:${settings.PORT}`).replace(/\/+$/, '');
}

export function dataDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ env().ACCORD_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.data'),
  );
}
