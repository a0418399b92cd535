import type { Page } from '@playwright/test';
import { instantToWallTime } from '../lib/time/wall-time';
import { expect, expectAccessible, fieldError, PEOPLE, readFixture, signIn, test } from './support/fixtures';

/**
 * The session rhythm, end to end, in two browsers at once: the therapist books sessions, the
 * client checks in (PHQ-9 question 9 answered "several days" in a saved draft), the risk flag
 * shows at once on the client's page and the caseload, the therapist acknowledges it with a
 * note; four sessions of ratings later the goal chart shows both lines and "not on track"
 * appears with its reason.
 */

const CLIENT_RATINGS = [5, 4, 5, 4];
const THERAPIST_RATINGS = [6, 6, 7, 6];

async function chooseIn(page: Page, group: string | RegExp, option: string) {
  await page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click();
}

test('check-ins, a risk flag acknowledged, and four sessions of ratings', async ({ browser }) => {
  test.setTimeout(300_000);
  const { sessionsJourney: journey } = readFixture();
  const staff = await (await browser.newContext()).newPage();
  const client = await (await browser.newContext()).newPage();
  await signIn(staff, PEOPLE.therapistA);
  await signIn(client, journey.clientEmail);

  // The therapist books four sessions that took place earlier today (recorded after the fact).
  await staff.goto(`/clients/${journey.clientId}/sessions`);
  await expect(staff.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
  await expectAccessible(staff, 'sessions page, empty');
  for (const [booked, hoursAgo] of [20, 15, 10, 5].entries()) {
    await staff
      .getByLabel('Date and time')
      .fill(instantToWallTime(new Date(Date.now() - hoursAgo * 3600_000), 'Europe/London'));
    await staff.getByLabel('Length in minutes').fill('50');
    await staff.getByRole('button', { name: 'Book session' }).click();
    // Wait for this booking to land (the form resets after it) before typing the next one.
    await expect(staff.getByRole('link', { name: /^Session \d$/ })).toHaveCount(booked + 1);
    await expect(staff.getByText('Session booked.')).toBeVisible();
  }
  await expect(staff.getByRole('link', { name: /^Session \d$/ })).toHaveCount(4);

  // The client opens session 1's check-in: PHQ-9 is due at intake, with a calm word first.
  await client.goto('/portal/check-in');
  await expect(client.getByRole('heading', { name: /^Before your session on/ })).toBeVisible();
  await expect(client.getByText('Your answers are not monitored in real time.')).toBeVisible();
  await expectAccessible(client, 'check-in form');
  await client
    .getByRole('radiogroup', { name: /^9\. Thoughts that you would be better off dead/ })
    .getByText('Several days', { exact: true })
    .click();
  await client
    .getByRole('region', { name: /^Before your session on/ })
    .getByRole('button', { name: 'Save for later' })
    .click();
  await expect(client.getByText('Saved for later.')).toBeVisible();
  await expect(client.getByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
  await expect(client.getByText('Samaritans')).toHaveCount(2);
  await expectAccessible(client, 'check-in draft with support contacts');

  // At once: the risk flag on the client's page and on the caseload, risk first.
  await staff.goto(`/clients/${journey.clientId}`);
  const banner = staff.getByTestId('client-flags-banner');
  await expect(banner.getByRole('heading', { name: /Risk flag: needs your attention/ })).toBeVisible();
  await expect(banner).toContainText(
    /PHQ-9 item 9 answered 1 \(several days\) on \d{4}-\d{2}-\d{2} \(questionnaire not finished: 1 of 9 items answered\)\./,
  );
  await expectAccessible(staff, 'client profile with risk flag');
  await staff.goto('/caseload');
  const firstRow = staff.getByRole('table').getByRole('row').nth(1);
  // The row header is the name, with pronouns and portal status under it.
  await expect(firstRow.getByRole('rowheader').getByRole('link')).toHaveText(journey.clientName);
  await expect(firstRow.getByText('Risk flag')).toBeVisible();
  await expectAccessible(staff, 'caseload with a risk flag');

  // The supervisor sees it too, and cannot acknowledge it for the therapist.
  const supervisor = await (await browser.newContext()).newPage();
  await signIn(supervisor, PEOPLE.supervisorOfA);
  await supervisor.goto(`/clients/${journey.clientId}/sessions`);
  await expect(supervisor.getByTestId('client-flags-banner')).toContainText('PHQ-9 item 9 answered 1');
  await expect(supervisor.getByText('Acknowledge with a note')).toHaveCount(0);
  await expectAccessible(supervisor, 'sessions page as supervisor');
  await supervisor.context().close();

  // The therapist acknowledges it with a note; an empty note is refused first.
  await staff.goto(`/clients/${journey.clientId}`);
  const riskFlag = staff.getByTestId('client-flags-banner').locator('[data-flag-kind="risk"]');
  await riskFlag.getByText('Acknowledge with a note').click();
  await riskFlag.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(fieldError(riskFlag, 'Enter a note.')).toBeVisible();
  await riskFlag
    .getByLabel('What was done about this risk flag')
    .fill('Phoned Robin the same day; safety plan reviewed together.');
  await riskFlag.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(staff.getByTestId('client-flags-banner')).toHaveCount(0);
  await staff.getByRole('link', { name: 'Sessions and progress' }).click();
  await expect(staff.getByRole('region', { name: 'Acknowledged flags' })).toContainText(
    'Phoned Robin the same day; safety plan reviewed together.',
  );

  // Four check-ins and four recorded sessions with the therapist's own ratings.
  for (const [index, rating] of CLIENT_RATINGS.entries()) {
    await client.goto('/portal/check-in');
    await expect(client.getByRole('heading', { name: /^Before your session on/ })).toBeVisible();
    if (index === 0) {
      // Sending with a question left out: the error sits next to it and nothing is sent.
      await client.getByRole('button', { name: 'Send to Sam Whitfield' }).click();
      await expect(client.getByRole('radiogroup', { name: 'How close are you to reaching this goal?' })).toContainText(
        'Choose a number from 0 to 10, or save for later.',
      );
      await expectAccessible(client, 'check-in with errors');
      for (let item = 1; item <= 8; item += 1) {
        await client
          .getByRole('region', { name: 'How you have been feeling (PHQ-9)' })
          .getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) })
          .getByText('Not at all', { exact: true })
          .click();
      }
      for (let item = 1; item <= 7; item += 1) {
        await client
          .getByRole('region', { name: 'Worry and anxiety (GAD-7)' })
          .getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) })
          .getByText('Not at all', { exact: true })
          .click();
      }
    }
    await chooseIn(client, 'How close are you to reaching this goal?', String(rating));
    await chooseIn(client, 'How clear is this goal to you?', '4');
    const ors = client.getByRole('region', { name: 'How have things been this past week?' });
    for (const label of ['Individually', 'Interpersonally', 'Socially', 'Overall'])
      await ors.getByLabel(label).fill('6.5');
    await client.getByRole('button', { name: 'Send to Sam Whitfield' }).click();
    await expect(client.getByText('Thank you, that is sent')).toBeVisible();

    await staff.goto(`/clients/${journey.clientId}/sessions`);
    await staff.getByRole('link', { name: `Session ${index + 1}`, exact: true }).click();
    await expect(staff.getByRole('heading', { level: 1, name: new RegExp(`^Session ${index + 1} `) })).toBeVisible();
    await chooseIn(staff, 'What happened', 'Attended');
    await staff.getByRole('button', { name: 'Save session' }).click();
    await expect(staff.getByText('Session saved.')).toBeVisible();
    await chooseIn(staff, /^Your rating:/, String(THERAPIST_RATINGS[index]));
    await staff.getByRole('button', { name: 'Save my ratings' }).click();
    await expect(staff.getByText('Your rating is saved.')).toBeVisible();
    if (index === 0) await expectAccessible(staff, 'session page');
  }

  // The goal chart shows both lines, and "not on track" appears with its reason.
  await staff.goto(`/clients/${journey.clientId}/sessions`);
  await expect(staff.getByTestId('client-flags-banner')).toContainText('Not on track');
  await expect(staff.getByTestId('client-flags-banner')).toContainText(
    'No progress: rated 4 at session 4, not above the first rating of 5 at session 1, after 4 client ratings.',
  );
  const chart = staff.getByRole('figure', { name: journey.goalWording });
  await expect(chart.getByRole('img', { name: journey.goalWording }).first()).toBeVisible();
  await expect(chart.locator('svg:visible polyline[data-series="client"]')).toHaveCount(1);
  await expect(chart.locator('svg:visible polyline[data-series="therapist"]')).toHaveCount(1);
  await expect(
    chart.getByText(
      'Client ratings, out of 10, over 4 sessions. Up and down, ending lower than at the start: first 5 (session ' +
        '1), latest 4 (session 4), lowest 4 (session 2), highest 5 (session 1). ' +
        'Therapist ratings, out of 10, over 4 sessions. Up and down, ending back where it started: first 6 ' +
        '(session 1), latest 6 (session 4), lowest 6 (session 1), highest 7 (session 3).',
    ),
  ).toBeVisible();
  await chart.getByText('Show as a table').click();
  const rows = chart.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(5);
  for (const [index, rating] of CLIENT_RATINGS.entries()) {
    const cells = rows.nth(index + 1).getByRole('cell');
    await expect(cells.nth(1)).toHaveText(String(rating));
    await expect(cells.nth(2)).toHaveText(String(THERAPIST_RATINGS[index]));
  }
  // No date of birth on record: the ORS is not judged against any cutoff (never silently the adult one), and both the
  // chart and the summary ask for it.
  const orsChart = staff.getByRole('figure', { name: 'ORS' });
  await expect(
    orsChart.getByText(
      'ORS totals (higher is better, 0 to 40) over 4 sessions. Steady at 26.0 from session 1 to session 4. Add ' +
        'the client’s date of birth to compare with the clinical cutoff.',
    ),
  ).toBeVisible();
  await expect(
    staff.getByText('Change since the first: 0. Add the client’s date of birth to compare with the clinical cutoff.'),
  ).toBeVisible();
  await expect(orsChart.locator('svg:visible [data-cutoff-line]')).toHaveCount(0);
  await expectAccessible(staff, 'sessions page with charts and flags');

  // The client sees their own chart, with kind words about the dip.
  await client.setViewportSize({ width: 390, height: 844 });
  await client.goto('/portal/progress');
  await expect(client.getByText('This went from 5 to 4 since last time')).toBeVisible();
  await expect(
    client.getByText(/Setbacks are a normal part of change.*you and Sam Whitfield can talk about adjusting it/),
  ).toBeVisible();
  await expectAccessible(client, 'portal progress on a phone');

  // Between sessions: tick off a step.
  await client.goto('/portal/steps');
  await expect(client.getByText('0 of 3 done this week')).toBeVisible();
  await client.getByLabel('Note').fill('Along the river');
  await client.getByRole('button', { name: 'Mark as done' }).click();
  await expect(client.getByText('1 of 3 done this week')).toBeVisible();
  await expect(client.getByText('Along the river')).toBeVisible();
  await expectAccessible(client, 'portal steps on a phone');

  // Goal attainment at session 4: the five levels in words, then the goal rated against them.
  await staff.goto(`/clients/${journey.clientId}/sessions`);
  await staff.getByRole('link', { name: 'Session 4', exact: true }).click();
  await staff.getByText('Describe the five levels').click();
  const levels = ['Not at all', 'Once a week', 'Three times a week', 'Four times a week', 'Every day'];
  for (const [index, words] of levels.entries())
    await staff.getByLabel(new RegExp(`^${['−2', '−1', '0', '\\+1', '\\+2'][index]}: `)).fill(words);
  await staff.getByRole('button', { name: 'Save levels' }).click();
  await expect(staff.getByText('Levels saved.')).toBeVisible();
  await expect(staff.getByText('Levels version 1. Not rated at this session.')).toBeVisible();
  await chooseIn(staff, 'Attainment at this session', '+1');
  await staff.getByRole('button', { name: 'Save attainment' }).click();
  await expect(staff.getByText('Attainment saved.')).toBeVisible();
  await expect(staff.getByText('Levels version 1. Rated +1 at this session.')).toBeVisible();
});
