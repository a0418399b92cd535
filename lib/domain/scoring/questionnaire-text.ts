import type { FrequencyAnswer } from './frequency-items';

/*
 * Wording of the PHQ-9 and GAD-7 (Spitzer, Kroenke, Williams et al.; free to
 * reproduce, no permission required). Shipped so the portal shows the standard
 * text; changing a word changes the instrument, so keep these verbatim.
 * The PHQ-9's unscored tenth question ("how difficult have these problems made
 * it…") is not included because nothing in Accord scores or displays it.
 */

export interface FrequencyOption {
  value: FrequencyAnswer;
  label: string;
}

/** The four answer options shared by PHQ-9 and GAD-7, in score order. */
export const FREQUENCY_OPTIONS: readonly FrequencyOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

export interface QuestionnaireItem {
  /** 1-based item number, as printed on the form. */
  number: number;
  text: string;
}

export const PHQ9_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

export const PHQ9_ITEMS: readonly QuestionnaireItem[] = [
  { number: 1, text: 'Little interest or pleasure in doing things' },
  { number: 2, text: 'Feeling down, depressed, or hopeless' },
  { number: 3, text: 'Trouble falling or staying asleep, or sleeping too much' },
  { number: 4, text: 'Feeling tired or having little energy' },
  { number: 5, text: 'Poor appetite or overeating' },
  {
    number: 6,
    text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  },
  { number: 7, text: 'Trouble concentrating on things, such as reading the newspaper or watching television' },
  {
    number: 8,
    text:
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety ' +
      'or restless that you have been moving around a lot more than usual',
  },
  { number: 9, text: 'Thoughts that you would be better off dead or of hurting yourself in some way' },
];

/** The GAD-7's own stem says "the following problems" (no "any of"). */
export const GAD7_STEM = 'Over the last 2 weeks, how often have you been bothered by the following problems?';

export const GAD7_ITEMS: readonly QuestionnaireItem[] = [
  { number: 1, text: 'Feeling nervous, anxious, or on edge' },
  { number: 2, text: 'Not being able to stop or control worrying' },
  { number: 3, text: 'Worrying too much about different things' },
  { number: 4, text: 'Trouble relaxing' },
  { number: 5, text: 'Being so restless that it is hard to sit still' },
  { number: 6, text: 'Becoming easily annoyed or irritable' },
  { number: 7, text: 'Feeling afraid as if something awful might happen' },
];

/** The option label for an answer value, e.g. 1 → "Several days". */
export function frequencyLabel(value: FrequencyAnswer): string {
  const option = FREQUENCY_OPTIONS.find((o) => o.value === value);
  if (!option) throw new RangeError(`No frequency option ${value}`);
  return option.label;
}
