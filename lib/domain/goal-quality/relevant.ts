import { isThemeId, themeLabel } from '../themes';
import { filledText } from './fields';
import { type Check } from './types';

/**
 * Relevant: the goal is linked to a value the client states, or to one of the themes.
 * A theme id that is not one of the eleven (stale data) counts as no theme.
 */

export interface RelevantInput {
  readonly value?: string | null;
  readonly theme?: string | null;
}

export function checkRelevant(input: RelevantInput): Check {
  const value = filledText(input.value);
  const theme = isThemeId(input.theme) ? themeLabel(input.theme) : null;
  if (value !== null && theme !== null) {
    return { pass: true, findings: [], reason: `It serves the value “${value}”, under the theme “${theme}”.` };
  }
  if (value !== null) return { pass: true, findings: [], reason: `It serves the value “${value}”.` };
  if (theme !== null) return { pass: true, findings: [], reason: `It belongs to the theme “${theme}”.` };
  return {
    pass: false,
    reason: 'It is not linked to a value or a theme yet.',
    findings: [
      {
        code: 'relevant.no-value-or-theme',
        message: 'Say which value this goal serves, or choose a theme.',
        words: [],
        field: 'value',
        suggestion: 'Ask what matters about it, e.g. “being a patient parent” or “staying close to friends”.',
      },
    ],
  };
}
