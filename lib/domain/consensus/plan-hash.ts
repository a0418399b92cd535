import { createHash } from 'node:crypto';

import { canonicalPlanText, type PlanGoalVersionPair } from './plan-serialisation';

/**
 * The plan version hash: lowercase hex SHA-256 of the UTF-8 canonical plan text (see
 * plan-serialisation.ts). Server-only: it uses node:crypto, so client components must not
 * import this file (or the consensus index, which re-exports it).
 *
 * Check by hand: `printf 'a:1\nb:2' | sha256sum`.
 */
export function planHash(pairs: readonly PlanGoalVersionPair[]): string {
  return createHash('sha256').update(canonicalPlanText(pairs), 'utf8').digest('hex');
}
