import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { organizationSettingsFormSchema, readOrganizationSettings } from './organization-settings';

const valid = {
  name: 'Riverside Therapy Collective',
  timeZone: 'Europe/London',
  minimumGoalsPerPlan: '3',
  reviewCadenceDays: '90',
  phq9AtIntake: 'on',
  phq9EveryNthSession: '4',
  gad7EveryNthSession: '0',
  srsLicensed: 'on',
  crisisName0: 'Samaritans',
  crisisPhone0: '116 123',
  crisisHours0: 'Any time',
  crisisName1: '',
  crisisPhone1: '',
};

const errorsOf = (input: Record<string, string>) => {
  const result = organizationSettingsFormSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('organisation settings form', () => {
  test('turns the flat form into name, time zone and the settings document', () => {
    const parsed = organizationSettingsFormSchema.parse(valid);
    expect(parsed).toEqual({
      name: 'Riverside Therapy Collective',
      timeZone: 'Europe/London',
      settings: {
        minimumGoalsPerPlan: 3,
        reviewCadenceDays: 90,
        measureSchedule: {
          phq9: { atIntake: true, everyNthSession: 4 },
          gad7: { atIntake: false, everyNthSession: 0 },
        },
        crisisContacts: [{ name: 'Samaritans', phone: '116 123', hours: 'Any time' }],
        licensedInstruments: { ors: false, srs: true },
      },
    });
    expect(readOrganizationSettings(parsed.settings)).toEqual(parsed.settings);
  });

  test('numbers out of range, not whole or missing get a message on their own field', () => {
    expect(
      errorsOf({
        ...valid,
        minimumGoalsPerPlan: '0',
        reviewCadenceDays: '400',
        phq9EveryNthSession: '2.5',
        gad7EveryNthSession: '',
      }),
    ).toEqual({
      minimumGoalsPerPlan: ['Minimum goals per plan must be between 1 and 10.'],
      reviewCadenceDays: ['Review cadence must be between 7 and 365.'],
      phq9EveryNthSession: ['PHQ-9 frequency must be a whole number.'],
      gad7EveryNthSession: ['Enter a number for GAD-7 frequency.'],
    });
  });

  test('an unknown time zone and markup in the name are refused', () => {
    expect(errorsOf({ ...valid, timeZone: 'Mars/Olympus', name: '<b>Clinic</b>' })).toEqual({
      timeZone: ['Choose a time zone from the list.'],
      name: ['The name can’t contain < or >.'],
    });
  });

  test('a half-filled crisis contact row says what is missing', () => {
    expect(errorsOf({ ...valid, crisisName2: 'Duty clinician' })).toEqual({
      crisisPhone2: ['Give this contact a phone number, or clear the row.'],
    });
    expect(errorsOf({ ...valid, crisisHours3: 'Weekdays' })).toEqual({
      crisisName3: ['Give this contact a name, or clear the row.'],
      crisisPhone3: ['Give this contact a phone number, or clear the row.'],
    });
    expect(errorsOf({ ...valid, crisisPhone0: 'call me maybe' })).toEqual({
      crisisPhone0: ['A phone number can use digits, spaces, + ( ) - and dots.'],
    });
  });
});
