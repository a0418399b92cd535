import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '@/lib/env';

let cached: string | undefined;

/**
 * AUTH_SECRET when set. A real deployment (DATABASE_URL in production) must set it; the
 * zero-config embedded start generates one once and keeps it in the data folder, so sign-ins
 * survive restarts.
 */
export function resolveAuthSecret(): string {
  if (cached) return cached;
  const { AUTH_SECRET, DATABASE_URL, NODE_ENV } = env();
  if (AUTH_SECRET) return (cached = AUTH_SECRET);
  if (DATABASE_URL && NODE_ENV === 'production') {
    throw new Error('AUTH_SECRET must be set when running in production against DATABASE_URL.');
  }
  const file = path.join(dataDir(), 'auth-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
      cached = secret;
    } catch {
      cached = fs.readFileSync(file, 'utf8').trim(); // another process wrote it first
    }
  }
  return cached;
}
