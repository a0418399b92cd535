import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (m = 19 MiB, t = 2, p = 1): ~50 ms a hash on these machines.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

/**
 * A real hash of a random password, verified against when the email is unknown so that an
 * unknown email and a wrong password take about the same time.
 */
let timingDecoy: Promise<string> | undefined;
export function timingDecoyHash(): Promise<string> {
  timingDecoy ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return timingDecoy;
}
