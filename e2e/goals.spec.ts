import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, expectAccessible, expectErrorSummary, fieldError, signIn, test } from './support/fixtures';

/**
 * Setting goals together, two people at once: Tom Becker (therapist) in one browser, his
 * client Robin Ashdown (a portal client with no goals yet, added for this journey) in another.
 * Each step builds on the one before.
 */
test.describe.configure({ mode: 'serial' });

const THERAPIST = 'tom.becker@riverside.example';
const CLIENT = 'robin.ashdown@e2e.example';
const SLEEP = 'Go to bed by 11pm on weeknights';
const SLEEP_REVISED = 'Go to bed by 11pm from Sunday to Thursday';
const WALK = 'Walk for 30 minutes three mornings a week';
const WALK_REVISED = 'Walk for 30 minutes four mornings a week';
const BROTHER = 'Call my brother every Sunday evening';

let therapistContext: BrowserContext;
let clientContext: BrowserContext;
let therapist: Page;
let client: Page;
let planUrl: string;

async function open(browser: Browser, email: string): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return [context, page];
}

/** The plan shows exactly one status and one sentence about where it stands. */
async function expectOnePlanStatus(page: Page, label: string, sentence: string): Promise<void> {
  const status = page.getByTestId('plan-status');
  await expect(status).toHaveCount(1);
  await expect(status.getByText(label, { exact: true })).toBeVisible();
  await expect(status.getByText(sentence, { exact: true })).toBeVisible();
  // No separate "Signed." message beside it that could say something else.
  await expect(page.getByRole('main').getByText(/^Signed\. /)).toHaveCount(0);
}

test.beforeAll(async ({ browser }) => {
  [therapistContext, therapist] = await open(browser, THERAPIST);
  [clientContext, client] = await open(browser, CLIENT);
});

test.afterAll(async () => {
  await therapistContext.close();
  await clientContext.close();
});

test('the therapist writes the formulation', async () => {
  await therapist.getByRole('link', { name: 'Robin Ashdown' }).click();
  await therapist.getByRole('link', { name: 'Goals and plan' }).click();
  await expect(therapist.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  planUrl = therapist.url();
  await expectAccessible(therapist, 'empty plan');

  await therapist.getByLabel('Presenting problem').fill('Poor sleep and low mood since starting night shifts.');
  await therapist.getByLabel('Protective factors').fill('Close to his brother; enjoys walking.');
  await therapist.getByRole('button', { name: 'Save formulation' }).click();
  await expect(therapist.getByText('Formulation saved (version 1).')).toBeVisible();
  await expect(therapist.getByLabel('Presenting problem')).toHaveValue(
    'Poor sleep and low mood since starting night shifts.',
  );
});

test('the therapist drafts a goal, with live checks and clear errors for bad input', async () => {
  await therapist.getByRole('link', { name: 'Add a goal' }).first().click();
  await expect(therapist.getByRole('heading', { level: 1, name: 'Draft a goal with Robin Ashdown' })).toBeVisible();
  const wording = therapist.getByLabel('Goal, in the client’s own words');

  // The check updates while typing, naming the words behind each finding.
  await wording.fill('Stop staying up late');
  await expect(therapist.getByText(/of 5 checks met · 1 wording tip/)).toBeVisible();
  await expect(
    therapist.getByText('“Stop” frames the goal around what to avoid rather than what you will do.'),
  ).toBeVisible();
  await expectAccessible(therapist, 'new goal form with findings');

  // An empty goal: a field error, nothing saved.
  await wording.fill('');
  await therapist.getByRole('button', { name: 'Propose this goal' }).click();
  await expect(fieldError(therapist, 'Write the goal in a sentence.')).toBeVisible();

  // 5,000 characters and a confidence of 11.
  await therapist.getByLabel('Goal, in the client’s own words').fill('x'.repeat(5000));
  await therapist.getByLabel('Client’s confidence in the first step (0–10)').fill('11');
  await therapist.getByRole('button', { name: 'Propose this goal' }).click();
  await expect(fieldError(therapist, 'The goal must be 300 characters or fewer.')).toBeVisible();
  await expect(fieldError(therapist, 'Confidence is a whole number from 0 to 10.')).toBeVisible();
  await expectAccessible(therapist, 'new goal form with errors');

  // A due date in the past.
  await therapist.getByLabel('Goal, in the client’s own words').fill(SLEEP);
  await therapist.getByLabel('Client’s confidence in the first step (0–10)').fill('8');
  await therapist.getByLabel('Due date').fill('2020-01-01');
  await therapist.getByRole('button', { name: 'Propose this goal' }).click();
  await expect(fieldError(therapist, 'The due date can’t be in the past.')).toBeVisible();

  // Now a good goal: every SMART check met.
  await therapist.getByLabel('Due date').fill('');
  await therapist.getByLabel('Value it serves').fill('Having energy for my days off');
  await therapist.getByLabel('Theme').selectOption({ label: 'Improving sleep' });
  await therapist.getByLabel('Measure (optional)', { exact: true }).fill('Weeknights in bed by 11pm');
  await therapist.getByLabel('Target (optional)', { exact: true }).fill('4 of 5 weeknights');
  await expect(therapist.getByText('5 of 5 checks met')).toBeVisible();
  await therapist.getByRole('button', { name: 'Propose this goal' }).click();
  await expect(therapist.getByText('Goal proposed.', { exact: false })).toBeVisible();
  await expect(therapist.getByRole('heading', { level: 1, name: SLEEP })).toBeVisible();
  await expectAccessible(therapist, 'goal page');
});

test('the live checks suggest from the goal’s own area, accept limits and name vague states', async () => {
  await therapist.goto(planUrl);
  await therapist.getByRole('link', { name: 'Add a goal' }).first().click();
  const wording = therapist.getByLabel('Goal, in the client’s own words');
  // Suggestions come from the goal's own area: coping for self-harm, never a bedtime example.
  const check = therapist.getByRole('region', { name: /Goal check/ });
  await wording.fill('Stop self-harming');
  await expect(
    check.getByText(
      'Try: Say what you will do when the urge comes, e.g. “Use my coping plan and contact someone on my support ' +
        'list when the urge comes”.',
    ),
  ).toBeVisible();
  await expect(check.getByText(/\bbed\b|bedtime|sleep/i)).toHaveCount(0);
  // A harm-reduction limit is not avoidance; a state with no action is vague.
  await wording.fill('Have no more than three drinks on a night out');
  await expect(
    check.getByText('The wording says what the client will do, in words that can be tracked.'),
  ).toBeVisible();
  await wording.fill('Sort my life out');
  await expect(
    check.getByText('“Sort my life out” names a state or a wish, not something you would be seen doing.'),
  ).toBeVisible();
  await expectAccessible(therapist, 'new goal form with a vague goal');
});

test('the therapist drafts a second goal with a step', async () => {
  await therapist.goto(planUrl);
  await therapist.getByRole('link', { name: 'Add a goal' }).first().click();
  await therapist.getByLabel('Goal, in the client’s own words').fill(WALK);
  await therapist.getByLabel('Value it serves').fill('Feeling steadier before work');
  await therapist.getByLabel('Client’s confidence in the first step (0–10)').fill('7');
  await therapist.getByRole('button', { name: 'Add a step' }).click();
  await therapist.getByLabel('Step 1').fill('30-minute walk before breakfast');
  await therapist.getByLabel('Times').fill('3');
  await therapist.getByLabel('Per').selectOption('week');
  await therapist.getByLabel('For how many weeks').fill('6');
  await therapist.getByRole('button', { name: 'Propose this goal' }).click();
  await expect(therapist.getByRole('heading', { level: 1, name: WALK })).toBeVisible();
  await expect(therapist.getByText('30-minute walk before breakfast, 3 times a week, for 6 weeks')).toBeVisible();
});

test('the client sees what is waiting and answers the brainstorm prompts', async () => {
  await client.goto('/portal');
  await expect(client.getByRole('heading', { name: 'Waiting for you (2)' })).toBeVisible();
  await expect(client.getByText(`Your therapist suggested a new goal: “${SLEEP}”. Do you agree?`)).toBeVisible();
  await expectAccessible(client, 'portal home');

  await client.getByRole('link', { name: 'My goals', exact: true }).click();
  await client.getByRole('link', { name: 'Answer the brainstorm questions' }).click();
  await expectAccessible(client, 'brainstorm');
  await client.getByLabel('What changes would you like to see in your life?').fill(BROTHER);
  await client.getByLabel('What’s going well for you?').fill('Walking by the river.');
  await client.getByLabel('What are you tired of?').fill('Feeling exhausted on my days off.');
  await client.getByLabel('What’s on your bucket list?').fill('Walk the Pennine Way.');
  await client
    .getByLabel('Is there a specific issue that prompted you to start therapy?')
    .fill('Night shifts wrecked my sleep.');
  await client.getByRole('button', { name: 'Save my answers' }).click();
  await expect(client.getByText('Your answers are saved.', { exact: false })).toBeVisible();
});

test('the client turns an answer into a proposed goal', async () => {
  await client.getByRole('link', { name: `Make this a goal: ${BROTHER}` }).click();
  await expect(client.getByLabel('Your goal, in your own words')).toHaveValue(BROTHER);
  await client.getByLabel('Why does it matter to you?').fill('Staying close to my family');
  await client.getByLabel('How sure are you that you can take that first step?').fill('9');
  await expectAccessible(client, 'portal new goal');
  await client.getByRole('button', { name: 'Suggest this goal' }).click();
  await expect(client.getByText('Thank you. Your goal is saved', { exact: false })).toBeVisible();
  await expectAccessible(client, 'portal goal page');
});

test('the client asks for a change to one goal and agrees to the other', async () => {
  await client.getByRole('link', { name: 'My goals', exact: true }).click();
  await client.getByRole('link', { name: SLEEP, exact: true }).click();
  await client.getByLabel('I’d like some changes').check();
  await client.getByLabel('Comment').fill('Weekends are different for me.');
  await client.getByRole('button', { name: 'Send my answer' }).click();
  await expect(client.getByText('Your therapist will see your answer', { exact: false })).toBeVisible();
  await expectAccessible(client, 'portal goal answered');

  await client.getByRole('link', { name: '← Your goals' }).click();
  await client.getByRole('link', { name: WALK, exact: true }).click();
  await client.getByLabel('Yes, I agree').check();
  await client.getByRole('button', { name: 'Send my answer' }).click();
  await expect(client.getByText('You and your therapist both agree on this goal.')).toBeVisible();
});

test('the therapist revises the goal and agrees to the client’s', async () => {
  await therapist.goto(planUrl);
  await expect(therapist.getByText(`The client would like changes to “${SLEEP}”.`)).toBeVisible();
  await expect(therapist.getByText(`The client proposed a new goal: “${BROTHER}”.`)).toBeVisible();
  await expect(therapist.getByText('“Weekends are different for me.”').first()).toBeVisible();
  await expectAccessible(therapist, 'plan with goals waiting');
  await therapist
    .getByRole('link', { name: `Look at this goal: ${SLEEP}` })
    .first()
    .click();
  await therapist.getByRole('link', { name: 'Revise the wording' }).click();
  await expectAccessible(therapist, 'revise goal');
  await therapist.getByLabel('Goal, in the client’s own words').fill(SLEEP_REVISED);
  await therapist.getByLabel('Why this change').fill('Weekends left out, as Robin asked.');
  await therapist.getByRole('button', { name: 'Save new version' }).click();
  await expect(therapist.getByText('New version saved.', { exact: false })).toBeVisible();
  // The wording is compared word by word.
  await expect(therapist.locator('ins').first()).toContainText('from Sunday to Thursday');
  await expect(therapist.locator('del').first()).toContainText('on weeknights');
  await expect(therapist.getByText('Version 2, by Tom Becker (therapist)', { exact: false })).toBeVisible();
  await expectAccessible(therapist, 'revised goal');

  await therapist.goto(planUrl);
  await therapist.getByRole('link', { name: BROTHER, exact: true }).click();
  await therapist.getByLabel('Agree', { exact: true }).check();
  await therapist.getByRole('button', { name: 'Save position' }).click();
  await expect(therapist.getByText('Saved: you both agree on this wording.')).toBeVisible();
});

test('the client sees the change word by word and agrees', async () => {
  await client.goto('/portal/goals');
  await expect(
    client.getByText(`Your therapist suggested a change to “${SLEEP_REVISED}”. Do you agree?`),
  ).toBeVisible();
  await expectAccessible(client, 'portal goals with a change waiting');
  await client.getByRole('link', { name: `See what changed: ${SLEEP_REVISED}` }).click();
  await expect(client.getByRole('heading', { name: 'What your therapist changed' })).toBeVisible();
  await expect(client.getByText('Why: “Weekends left out, as Robin asked.”').first()).toBeVisible();
  await expectAccessible(client, 'portal changed goal');
  await client.getByLabel('Yes, I agree').check();
  await client.getByRole('button', { name: 'Send my answer' }).click();
  await expect(client.getByText('You and your therapist both agree on this goal.')).toBeVisible();
});

test('both sign the plan, and it shows as signed with both names', async () => {
  await client.getByRole('link', { name: 'My plan', exact: true }).click();
  await expect(client.getByRole('heading', { name: 'Sign your plan' })).toBeVisible();
  await expectAccessible(client, 'portal plan');
  await client.getByLabel('Type your full name to sign').fill('Robin');
  await client.getByRole('button', { name: 'Sign my plan' }).click();
  await expect(fieldError(client, 'Type your full name as it appears on your account: Robin Ashdown.')).toBeVisible();
  // Plan signing refused: focus on the error summary, which lists the name (e2e/form-errors.spec.ts has the others).
  expect(await expectErrorSummary(client, 'plan signing')).toEqual([
    'Type your full name as it appears on your account: Robin Ashdown.',
  ]);
  await client.getByLabel('Type your full name to sign').fill('Robin Ashdown');
  await client.getByRole('button', { name: 'Sign my plan' }).click();
  await expectOnePlanStatus(
    client,
    'Waiting for your therapist to sign',
    'You signed this version. Your therapist will sign it too.',
  );

  await therapist.goto(planUrl);
  await expectOnePlanStatus(
    therapist,
    'Waiting for your signature',
    'The client signed this version. It is complete once you sign it too.',
  );
  await therapist.getByLabel('Type your full name to sign').fill('Tom Becker');
  await therapist.getByRole('button', { name: 'Sign the plan' }).click();
  await expectOnePlanStatus(
    therapist,
    'Signed',
    'Signed by the client and the therapist; its agreed goals are active.',
  );
  const plan = therapist
    .locator('section')
    .filter({ has: therapist.getByRole('heading', { name: 'Plan', exact: true }) });
  await expect(plan.getByText('Signed', { exact: true })).toBeVisible();
  await expect(plan.getByText('Robin Ashdown (client)', { exact: false })).toBeVisible();
  await expect(plan.getByText('Tom Becker (therapist)', { exact: false })).toBeVisible();
  await expect(therapist.getByText('Active', { exact: true })).toHaveCount(3);
  await expectAccessible(therapist, 'signed plan');
});

test('a re-worded goal puts the plan in “needs re-consent” until the client agrees and both sign again', async () => {
  await therapist.getByRole('link', { name: WALK, exact: true }).click();
  await therapist.getByRole('link', { name: 'Revise the wording' }).click();
  await therapist.getByLabel('Goal, in the client’s own words').fill(WALK_REVISED);
  await therapist.getByRole('button', { name: 'Save new version' }).click();
  await expect(therapist.getByText('New version saved.', { exact: false })).toBeVisible();
  await therapist.goto(planUrl);
  await expect(therapist.getByText('Needs re-consent')).toBeVisible();

  await client.goto('/portal');
  await expect(client.getByText(`Your therapist suggested a change to “${WALK_REVISED}”. Do you agree?`)).toBeVisible();
  await client.goto('/portal/plan');
  await expect(client.getByText('Needs signing again')).toBeVisible();
  // "Before signing" names the goal that is not agreed yet, as a link to it.
  await client
    .getByTestId('plan-status')
    .getByRole('link', { name: /is not agreed yet/ })
    .click();
  await expect(client.getByRole('heading', { level: 1, name: 'Your goal' })).toBeVisible();
  await expect(client.getByText(WALK_REVISED).first()).toBeVisible();
  await client.getByLabel('Yes, I agree').check();
  await client.getByRole('button', { name: 'Send my answer' }).click();
  await expect(client.getByText('You and your therapist both agree on this goal.')).toBeVisible();

  await therapist.reload();
  await expect(therapist.getByText('Needs re-consent')).toBeVisible();

  await client.getByRole('link', { name: 'My plan', exact: true }).click();
  await expect(client.getByText('Needs signing again')).toBeVisible();
  await client.getByLabel('Type your full name to sign').fill('Robin Ashdown');
  await client.getByRole('button', { name: 'Sign my plan' }).click();
  // After signing the changed plan: one status and one message, never "Signed" above "Needs signing again".
  await expectOnePlanStatus(
    client,
    'Waiting for your therapist to sign',
    'You signed this new version. Your therapist will sign it too.',
  );
  await expect(client.getByText('Needs signing again')).toHaveCount(0);
  await expectAccessible(client, 'portal plan signed by the client, waiting for the therapist');
  await therapist.reload();
  await expectOnePlanStatus(
    therapist,
    'Waiting for your signature',
    'The client signed this new version. It is complete once you sign it too.',
  );
  await therapist.getByLabel('Type your full name to sign').fill('Tom Becker');
  await therapist.getByRole('button', { name: 'Sign the plan' }).click();
  await expectOnePlanStatus(
    therapist,
    'Signed',
    'Signed by the client and the therapist; its agreed goals are active.',
  );
  await client.reload();
  await expectOnePlanStatus(client, 'Signed by you both', 'You and your therapist have both signed your plan.');
  await expectAccessible(client, 'portal plan signed again');
});

test('the supervisor comments on a goal and co-signs the signed plan', async ({ browser }) => {
  const [context, supervisor] = await open(browser, 'dana.okafor@riverside.example');
  try {
    await supervisor.goto(planUrl);
    await expect(supervisor.getByText('You are viewing this plan as the supervisor', { exact: false })).toBeVisible();
    await expect(supervisor.getByLabel('Presenting problem')).toHaveCount(0); // read-only for the supervisor
    await expect(supervisor.getByText('Poor sleep and low mood since starting night shifts.').first()).toBeVisible();
    await expectAccessible(supervisor, 'supervisor plan');
    await supervisor.getByLabel('Type your full name to sign').fill('Dana Okafor');
    await supervisor.getByRole('button', { name: 'Co-sign this version' }).click();
    await expect(supervisor.getByText('You co-signed this version of the plan.')).toBeVisible();
    await expect(supervisor.getByText('Dana Okafor (supervisor, co-signed)', { exact: false }).first()).toBeVisible();

    await supervisor.getByRole('link', { name: BROTHER, exact: true }).click();
    await supervisor.getByLabel('Supervisor comment on version 1').fill('A lovely goal in Robin’s own words.');
    await supervisor.getByRole('button', { name: 'Add comment' }).click();
    await expect(supervisor.getByText('Comment added.')).toBeVisible();
    await expect(supervisor.getByRole('link', { name: 'Revise the wording' })).toHaveCount(0);
    await expectAccessible(supervisor, 'supervisor goal page');
  } finally {
    await context.close();
  }
  await therapist.goto(planUrl);
  await therapist.getByRole('link', { name: BROTHER, exact: true }).click();
  await expect(therapist.getByText('A lovely goal in Robin’s own words.')).toBeVisible();
  await client.goto('/portal/goals');
  await client.getByRole('link', { name: BROTHER, exact: true }).click();
  await expect(client.getByText('A lovely goal in Robin’s own words.')).toHaveCount(0);
});

test('a stale edit is refused: nothing is overwritten and the newer wording is shown', async () => {
  await client.goto('/portal/goals');
  await client.getByRole('link', { name: SLEEP_REVISED, exact: true }).click();
  await client.getByRole('link', { name: 'Suggest a change' }).click();
  await expect(client.getByRole('heading', { name: 'Suggest a change' })).toBeVisible();

  // Meanwhile the therapist re-words the same goal.
  await therapist.goto(planUrl);
  await therapist.getByRole('link', { name: SLEEP_REVISED, exact: true }).click();
  await therapist.getByRole('link', { name: 'Revise the wording' }).click();
  await therapist.getByLabel('Goal, in the client’s own words').fill('Go to bed by 11:30pm from Sunday to Thursday');
  await therapist.getByRole('button', { name: 'Save new version' }).click();
  await expect(therapist.getByText('New version saved.', { exact: false })).toBeVisible();

  await client.getByLabel('Your goal, in your own words').fill('Go to bed by 10:30pm from Sunday to Thursday');
  await client.getByRole('button', { name: 'Send my suggestion' }).click();
  const alert = client.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('Not saved: this goal changed');
  await expect(alert).toContainText('What you wrote: “Go to bed by 10:30pm from Sunday to Thursday”');
  await expect(client.getByLabel('Your goal, in your own words')).toHaveValue(
    'Go to bed by 11:30pm from Sunday to Thursday',
  );
  await expectAccessible(client, 'portal stale edit');

  // Sending again now builds on the newer version.
  await client
    .getByLabel('Your goal, in your own words')
    .fill('Go to bed by 11pm from Sunday to Thursday, and by midnight on Fridays');
  await client.getByRole('button', { name: 'Send my suggestion' }).click();
  await expect(client.getByText('Your suggestion is saved', { exact: false })).toBeVisible();
  await client.getByText('How this goal has changed (3 changes)').click();
  // Every version is kept, with who wrote it.
  // In plain words for the client: who changed it and when, no version numbers.
  const history = client.locator('details').filter({ hasText: 'How this goal has changed' });
  for (const [line, count] of [
    ['Changed by Robin Ashdown (you)', 1],
    ['Changed by Tom Becker (your therapist)', 2],
    ['First written by Tom Becker (your therapist)', 1],
  ] as const) {
    await expect(history.getByText(line, { exact: false })).toHaveCount(count);
  }
  await expect(history.getByText(/Version \d/)).toHaveCount(0);
});
