import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { personName } from './common';
import { clinicalText } from './clinical-text';
import { hiddenCharactersMessage } from './hidden-characters';
import { organizationSettingsFormSchema } from './organization-settings';
import { optionalFreeText, requiredText } from './text';

const REFUSED = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0xfeff];
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

function messagesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

// Every kind of free-text field the forms use.
const FIELDS: [string, z.ZodType, string][] = [
  ['a person name', personName('Name'), 'Name'],
  ['a goal wording', requiredText(300, 'The goal', 'Write the goal.'), 'The goal'],
  ['an optional answer', optionalFreeText(2000, 'Your answer'), 'Your answer'],
  ['a clinical note', clinicalText('A note', { max: 1000 }), 'A note'],
];

describe('hidden characters are refused in free text (ADR 13)', () => {
  test('the 11 refused code points', () => {
    expect(REFUSED.map(hex)).toEqual([
      'U+202A',
      'U+202B',
      'U+202C',
      'U+202D',
      'U+202E',
      'U+2066',
      'U+2067',
      'U+2068',
      'U+2069',
      'U+200B',
      'U+FEFF',
    ]);
  });

  for (const [kind, schema, label] of FIELDS) {
    test.each(REFUSED.map((code) => [hex(code), code] as const))(
      `${kind} with %s inside is refused with a clear message`,
      (_name, code) => {
        expect(messagesOf(schema, `Alice${String.fromCodePoint(code)}Smith`)).toEqual([hiddenCharactersMessage(label)]);
      },
    );
  }

  test('the message names the field and says what to do', () => {
    expect(hiddenCharactersMessage('Name')).toBe(
      "Name can't contain hidden characters that change the direction or spacing of text (they often come with " +
        'pasted text). Type it again, or paste it as plain text.',
    );
  });

  test('a right-to-left override that would make a name read as another is refused', () => {
    // Displayed right to left, "ecila" reads as "alice": refused rather than stored.
    expect(personName('Name').safeParse('Dr \u202Eecila').success).toBe(false);
  });

  test('organisation name and crisis contacts are free text too', () => {
    const messages = messagesOf(organizationSettingsFormSchema, {
      name: 'Riverside\u200B Clinic',
      timeZone: 'UTC',
      minimumGoalsPerPlan: '3',
      reviewCadenceDays: '90',
      phq9EveryNthSession: '4',
      gad7EveryNthSession: '4',
      crisisName0: 'Help\u2067line',
      crisisPhone0: '116 123',
    });
    expect(messages).toEqual([hiddenCharactersMessage('The name'), hiddenCharactersMessage('The name')]);
  });
});

describe('characters that names and emoji need are kept', () => {
  test.each([
    ['a Persian name with a zero-width non-joiner (U+200C)', 'مهرزاد می\u200Cخواهد'],
    ['a Hindi name with a zero-width joiner (U+200D)', 'क्\u200Dष'],
    ['an emoji sequence with a zero-width joiner (U+200D)', 'Sam 👩\u200D💻'],
    ['a family emoji', '👨\u200D👩\u200D👧'],
    ['Hebrew and Arabic text', 'שרה בן-דוד / سارة'],
  ])('%s', (_kind, value) => {
    for (const [, schema] of FIELDS) {
      expect(schema.parse(value)).toBe(value);
    }
  });
});
