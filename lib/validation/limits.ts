/**
 * How long each free-text field may be, in characters. The zod schemas refuse longer text and
 * the forms set the same number as the browser's `maxLength`, so the two never disagree.
 */
export const LIMITS = {
  personName: 120,
  email: 254,
  pronouns: 40,
  searchQuery: 100,
  organizationName: 120,
  crisisContactName: 120,
  crisisContactPhone: 40,
  crisisContactHours: 120,
  reassignReason: 300,
  clientStatusReason: 500,
  goalWording: 300,
  goalValue: 200,
  goalReflection: 2000,
  goalFirstStep: 500,
  goalMeasure: 200,
  goalTarget: 200,
  goalFrequency: 100,
  stepDescription: 300,
  changeNote: 500,
  positionComment: 1000,
  goalStatusReason: 500,
  comment: 2000,
  formulationFactor: 4000,
  brainstormAnswer: 2000,
  shortfallReason: 500,
  tickNote: 280,
  sessionPrivateNote: 2000,
  gasLevel: 300,
  flagNote: 1000,
} as const;

/*
 * Password rules the forms show. Kept here, not in password.ts, so a form can use them without
 * loading the common-password list into the browser.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const PASSWORD_HINT =
  `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to ` +
  `remember.`;

/** How many steps (objectives) one goal may have. */
export const MAX_OBJECTIVES = 10;
