/**
 * The canonical text of a plan version, which its hash is taken of.
 *
 * Format: one line per goal, `goalId:versionId`, lines sorted by goal id and then version id
 * (plain UTF-16 code-unit order, not locale order, so every machine sorts the same way),
 * joined with '\n' and no trailing newline. An empty plan is the empty string.
 *
 * Example: [{goalId:'b',versionId:'2'},{goalId:'a',versionId:'1'}] → "a:1\nb:2".
 *
 * Ids must not contain ':' or a line break, otherwise two different plans could produce the
 * same text ("a:b"+"c" vs "a"+"b:c"); a plan holds each goal once. Both are refused loudly
 * because a wrong hash would silently void or forge a signature.
 */

export interface PlanGoalVersionPair {
  readonly goalId: string;
  readonly versionId: string;
}

const FORBIDDEN_IN_IDS = /[:\r\n]/;

function compareCodeUnits(left: string, right: string): number {
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}

export function canonicalPlanText(pairs: readonly PlanGoalVersionPair[]): string {
  const seenGoalIds = new Set<string>();
  for (const { goalId, versionId } of pairs) {
    if (FORBIDDEN_IN_IDS.test(goalId) || FORBIDDEN_IN_IDS.test(versionId)) {
      throw new RangeError(`Plan ids must not contain ':' or line breaks: ${goalId}:${versionId}`);
    }
    if (seenGoalIds.has(goalId)) {
      throw new RangeError(`Goal ${goalId} appears twice in the plan`);
    }
    seenGoalIds.add(goalId);
  }
  return [...pairs]
    .sort(
      (left, right) => compareCodeUnits(left.goalId, right.goalId) || compareCodeUnits(left.versionId, right.versionId),
    )
    .map(({ goalId, versionId }) => `${goalId}:${versionId}`)
    .join('\n');
}
