import { describe, expect, test } from 'vitest';
import { fieldErrorsOf } from './parse';
import { nestFormValues } from './form-values';
import { createGoalSchema, respondToGoalSchema, reviseGoalSchema, setGoalFocusSchema } from './goals';
import { sameName } from './plan';
import { saveFormulationSchema } from './formulation';

/** The goal form's fields, named by their schema paths (formAction nests them, as `form` does here). */
const FORM: Record<string, string> = {
  clientId: '5b1f0c3e-8d7a-4c39-9a53-2f1e0b7c6d11',
  wording: '  Go to bed by 11pm on weeknights ',
  theme: 'improving-sleep',
  value: '',
  goalType: '',
  formulationFactor: 'perpetuating',
  reality: '',
  options: '',
  obstacles: '',
  firstStep: '',
  confidence: '8',
  measure: '',
  target: '',
  dueDate: '',
  frequency: 'weeknights',
  'objectives.0.id': '',
  'objectives.0.description': 'Phone in the kitchen by 10:30pm',
  'objectives.0.timesPerPeriod': '5',
  'objectives.0.period': 'week',
  'objectives.0.durationWeeks': '6',
  'objectives.1.id': '',
  'objectives.1.description': '',
  'objectives.1.timesPerPeriod': '',
  'objectives.1.period': '',
  'objectives.1.durationWeeks': '',
};

const form = (values: Record<string, string>) => nestFormValues(values);

describe('the goal form', () => {
  test('reads the nested form fields into a goal with its steps; empty fields and rows become null or go', () => {
    const parsed = createGoalSchema.parse(form(FORM));
    expect(parsed).toMatchObject({
      wording: 'Go to bed by 11pm on weeknights',
      theme: 'improving-sleep',
      value: null,
      goalType: null,
      formulationFactor: 'perpetuating',
      confidence: 8,
      dueDate: null,
      objectives: [
        {
          id: null,
          description: 'Phone in the kitchen by 10:30pm',
          timesPerPeriod: 5,
          period: 'week',
          durationWeeks: 6,
        },
      ],
    });
  });

  test('parsing the parsed input again gives the same result (actions parse, then the data layer parses again)', () => {
    const once = createGoalSchema.parse(form(FORM));
    expect(createGoalSchema.parse(once)).toEqual(once);
    const revision = reviseGoalSchema.parse(
      form({ ...FORM, goalId: FORM.clientId!, expectedVersion: '2', changeNote: '' }),
    );
    expect(reviseGoalSchema.parse(revision)).toEqual(revision);
  });

  test('a problem in a step is reported at that step’s field, even after an empty row', () => {
    const result = createGoalSchema.safeParse(
      form({
        ...FORM,
        'objectives.0.description': '',
        'objectives.0.timesPerPeriod': '',
        'objectives.0.period': '',
        'objectives.0.durationWeeks': '',
        'objectives.1.description': 'Swim',
        'objectives.1.timesPerPeriod': '2',
      }),
    );
    expect(result.success).toBe(false);
    if (!result.success)
      expect(fieldErrorsOf(result.error)).toEqual({
        'objectives.1.period': ['Say whether that is per day, per week or per month.'],
      });
  });

  test.each([
    ['confidence', 'ten', 'Confidence is a whole number from 0 to 10.'],
    ['confidence', '11', 'Confidence is a whole number from 0 to 10.'],
    ['wording', '<b>bold</b>', "The goal can't contain HTML tags like <script>."],
    ['theme', 'sleep', 'Choose one of the themes.'],
    ['dueDate', '31/12/2026', 'Due date must be a date like 2026-03-14.'],
  ])('%s = %j → “%s”', (field, value, message) => {
    const result = createGoalSchema.safeParse(form({ ...FORM, [field]: value }));
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)[field]?.[0]).toBe(message);
  });

  test('a goal without a client id is allowed (the portal names none); a malformed one is not', () => {
    expect(createGoalSchema.safeParse({ ...form(FORM), clientId: undefined }).success).toBe(true);
    expect(createGoalSchema.safeParse(form({ ...FORM, clientId: 'abc' })).success).toBe(false);
  });

  test('steps are a list: flat step names the form did not nest are not steps, and a goal without steps has none', () => {
    const { objectives: _rows, ...withoutSteps } = form(FORM);
    expect(createGoalSchema.parse(withoutSteps).objectives).toEqual([]);
    expect(createGoalSchema.safeParse({ ...withoutSteps, objectives: 'Walk' }).success).toBe(false);
  });
});

describe('the smaller goal forms', () => {
  test('positions, focus and the on-behalf box', () => {
    expect(
      respondToGoalSchema.parse({ goalId: FORM.clientId, versionNumber: '3', position: 'wants-changes', comment: '' }),
    ).toEqual({
      goalId: FORM.clientId,
      versionNumber: 3,
      position: 'wants-changes',
      comment: null,
      onBehalfOfClient: false,
    });
    expect(
      respondToGoalSchema.parse({ goalId: FORM.clientId, versionNumber: 1, position: 'agree', onBehalfOfClient: 'on' })
        .onBehalfOfClient,
    ).toBe(true);
    expect(setGoalFocusSchema.parse({ goalId: FORM.clientId, focus: 'false' }).focus).toBe(false);
    expect(setGoalFocusSchema.safeParse({ goalId: FORM.clientId, focus: 'maybe' }).success).toBe(false);
  });

  test('the formulation share box is off unless ticked', () => {
    const base = { clientId: FORM.clientId, version: '0' };
    expect(saveFormulationSchema.parse(base).sharedWithClient).toBe(false);
    expect(saveFormulationSchema.parse({ ...base, sharedWithClient: 'on' }).sharedWithClient).toBe(true);
  });
});

describe('typed names', () => {
  test.each([
    ['Robin Ashdown', 'Robin Ashdown', true],
    ['  robin   ashdown ', 'Robin Ashdown', true],
    ['Robin', 'Robin Ashdown', false],
    ['Robin Ashdówn', 'Robin Ashdown', false],
  ])('%j matches %j: %s', (typed, expected, same) => {
    expect(sameName(typed, expected)).toBe(same);
  });
});
