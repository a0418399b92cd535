import { type GoalArea } from './areas';
import { analyseWording } from './clauses';
import { filledText } from './fields';
import { checkFraming } from './framing';
import { type FindingField, type Finding, type GoalQualityInput } from './types';
import { checkVagueness } from './vagueness';

/**
 * The language checks on the goal's structured fields. A target of "as much as possible" is as
 * vague as the same words in the goal, and a target of "less alcohol" frames it around what to
 * avoid: a finding from a field counts like one from the wording, and names the field. A field
 * is not a goal on its own, so it is not asked to name an action.
 */

const FIELD_NAMES: Readonly<Partial<Record<FindingField, string>>> = {
  measure: 'the measure',
  target: 'the target',
  frequency: 'how often',
};

const LANGUAGE_FIELDS = ['measure', 'target', 'frequency'] as const;

function inField(finding: Finding, field: FindingField): Finding {
  return { ...finding, field, message: `In ${FIELD_NAMES[field] ?? field}: ${finding.message}` };
}

export function fieldLanguage(
  input: GoalQualityInput,
  area: GoalArea | undefined,
): { framing: Finding[]; vagueness: Finding[] } {
  const framing: Finding[] = [];
  const vagueness: Finding[] = [];
  for (const field of LANGUAGE_FIELDS) {
    const text = filledText(input[field]);
    if (text === null) continue;
    const wording = analyseWording(text);
    framing.push(...checkFraming(wording, area).map((finding) => inField(finding, field)));
    vagueness.push(...checkVagueness(wording, area, false).map((finding) => inField(finding, field)));
  }
  return { framing, vagueness };
}
