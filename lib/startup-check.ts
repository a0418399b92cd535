import { env } from '@/lib/env';

/**
 * Settings are checked when the server starts: a production server against DATABASE_URL without
 * AUTH_SECRET or APP_URL prints why and exits, instead of serving and failing later (ADR 13).
 * Loaded by instrumentation.ts on Node only.
 */
export function checkSettingsOrExit(): void {
  try {
    env();
  } catch (error) {
    console.error(`\nAccord cannot start. ${(error as Error).message}\n`);
    process.exit(1);
  }
}
