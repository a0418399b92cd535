import path from 'node:path';
import { z } from 'zod';

/**
 * Environment, parsed once. Everything optional has a safe local default so that a fresh
 * checkout runs with no configuration; production-only requirements are checked where used.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url().optional(),
  /** Folder for the embedded database and the generated auth secret. */
  ACCORD_DATA_DIR: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** Public base URL used in links sent by email (invitations, password resets). */
  APP_URL: z.url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Accord <no-reply@accord.local>'),
  /**
   * The reverse proxies in front of the app, comma-separated IPs or CIDRs. Only a request that
   * arrives from one of them has its X-Forwarded-For believed; unset, no forwarded header is.
   */
  TRUSTED_PROXY: z.string().optional(),
  /** Set to "1" to skip seeding the embedded database with the demo clinic. */
  ACCORD_NO_DEMO: z.enum(['0', '1']).default('0'),
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = envSchema.safeParse({
      ...process.env,
      // Empty strings in .env files mean "unset".
      DATABASE_URL: process.env.DATABASE_URL || undefined,
      AUTH_SECRET: process.env.AUTH_SECRET || undefined,
      APP_URL: process.env.APP_URL || undefined,
      SMTP_URL: process.env.SMTP_URL || undefined,
      TRUSTED_PROXY: process.env.TRUSTED_PROXY || undefined,
    });
    if (!result.success) {
      throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
    }
    parsed = result.data;
  }
  return parsed;
}

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().ACCORD_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.data'));
}
