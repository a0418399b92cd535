import { expect, PEOPLE, readFixture, signIn, test, type Person } from './support/fixtures';
import { routesWithoutRow } from './support/app-routes';

/**
 * Hostile addresses (ADR 13): a NUL byte or hidden characters in the query string, and NUL or a
 * 3,000-character value in place of an id, on every page and route, requested by someone who may
 * open it. Pages show their normal view (with a short note) for an unusable query value and a
 * 404 for a malformed id; route handlers answer 400. Nothing answers 500.
 */

interface Ids {
  clientA: string;
  goalA: string;
  sessionA: string;
  therapistA: string;
  admin: string;
}

type Actor = Person | 'anonymous';

interface HostileRow {
  pattern: string;
  kind: 'page' | 'route';
  actor: Actor;
  /** The path with each id as `{name}`; ids that are tokens (not record ids) are `{token}`. */
  template: string;
  /** What a hostile id gets: 404 (page), 400 (route), or 200 for link tokens (the "link doesn't work" page). */
  hostileId?: 200 | 400 | 404;
  /** The page's normal answer for this person, when it is a redirect (307) rather than 200. */
  normal?: 307;
}

const ROWS: HostileRow[] = [
  { pattern: '/', kind: 'page', actor: 'therapistA', template: '/', normal: 307 },
  { pattern: '/sign-in', kind: 'page', actor: 'anonymous', template: '/sign-in' },
  { pattern: '/forgot-password', kind: 'page', actor: 'anonymous', template: '/forgot-password' },
  { pattern: '/invite/[token]', kind: 'page', actor: 'anonymous', template: '/invite/{token}', hostileId: 200 },
  {
    pattern: '/reset-password/[token]',
    kind: 'page',
    actor: 'anonymous',
    template: '/reset-password/{token}',
    hostileId: 200,
  },
  { pattern: '/api/health', kind: 'route', actor: 'anonymous', template: '/api/health' },
  { pattern: '/api/ping', kind: 'route', actor: 'therapistA', template: '/api/ping' },
  { pattern: '/api/auth/[...nextauth]', kind: 'route', actor: 'anonymous', template: '/api/auth/session' },
  { pattern: '/account', kind: 'page', actor: 'therapistA', template: '/account' },
  { pattern: '/caseload', kind: 'page', actor: 'therapistA', template: '/caseload' },
  { pattern: '/caseload/export', kind: 'route', actor: 'therapistA', template: '/caseload/export' },
  { pattern: '/clients/new', kind: 'page', actor: 'therapistA', template: '/clients/new' },
  { pattern: '/clients/[clientId]', kind: 'page', actor: 'therapistA', template: '/clients/{clientA}', hostileId: 404 },
  {
    pattern: '/clients/[clientId]/plan',
    kind: 'page',
    actor: 'therapistA',
    template: '/clients/{clientA}/plan',
    hostileId: 404,
  },
  {
    pattern: '/clients/[clientId]/goals/new',
    kind: 'page',
    actor: 'therapistA',
    template: '/clients/{clientA}/goals/new',
    hostileId: 404,
  },
  {
    pattern: '/clients/[clientId]/goals/[goalId]',
    kind: 'page',
    actor: 'therapistA',
    template: '/clients/{clientA}/goals/{goalA}',
    hostileId: 404,
  },
  {
    pattern: '/clients/[clientId]/goals/[goalId]/edit',
    kind: 'page',
    actor: 'therapistA',
    template: '/clients/{clientA}/goals/{goalA}/edit',
    hostileId: 404,
  },
  {
    pattern: '/clients/[clientId]/sessions',
    kind: 'page',
    actor: 'therapistA',
    template: '/clients/{clientA}/sessions',
    hostileId: 404,
  },
  {
    pattern: '/clients/[clientId]/sessions/[therapySessionId]',
    kind: 'page',
    actor: 'therapistA',
    template: '/clients/{clientA}/sessions/{sessionA}',
    hostileId: 404,
  },
  { pattern: '/team', kind: 'page', actor: 'supervisorOfA', template: '/team' },
  { pattern: '/team/export', kind: 'route', actor: 'supervisorOfA', template: '/team/export' },
  {
    pattern: '/team/[clinicianId]',
    kind: 'page',
    actor: 'supervisorOfA',
    template: '/team/{therapistA}',
    hostileId: 404,
  },
  {
    pattern: '/team/[clinicianId] (admin)',
    kind: 'page',
    actor: 'admin',
    template: '/team/{therapistA}',
    hostileId: 404,
  },
  {
    pattern: '/team/[clinicianId]/export',
    kind: 'route',
    actor: 'supervisorOfA',
    template: '/team/{therapistA}/export',
    hostileId: 400,
  },
  {
    pattern: '/clients/[clientId]/export/fhir',
    kind: 'route',
    actor: 'therapistA',
    template: '/clients/{clientA}/export/fhir',
    hostileId: 400,
  },
  { pattern: '/team/export/fhir', kind: 'route', actor: 'supervisorOfA', template: '/team/export/fhir' },
  { pattern: '/portal/record/fhir', kind: 'route', actor: 'clientA', template: '/portal/record/fhir' },
  { pattern: '/admin', kind: 'page', actor: 'admin', template: '/admin' },
  {
    pattern: '/admin/people/[userId]',
    kind: 'page',
    actor: 'admin',
    template: '/admin/people/{therapistA}',
    hostileId: 404,
  },
  { pattern: '/admin/invitations', kind: 'page', actor: 'admin', template: '/admin/invitations' },
  { pattern: '/admin/supervision', kind: 'page', actor: 'admin', template: '/admin/supervision' },
  { pattern: '/admin/settings', kind: 'page', actor: 'admin', template: '/admin/settings' },
  { pattern: '/admin/audit', kind: 'page', actor: 'admin', template: '/admin/audit' },
  { pattern: '/admin/emails', kind: 'page', actor: 'admin', template: '/admin/emails' },
  { pattern: '/portal/reminders', kind: 'page', actor: 'clientA', template: '/portal/reminders' },
  {
    pattern: '/portal/calendar/[therapySessionId]',
    kind: 'route',
    actor: 'clientA',
    template: '/portal/calendar/{sessionA}',
    hostileId: 400,
  },
  {
    pattern: '/unsubscribe/[token]',
    kind: 'page',
    actor: 'anonymous',
    template: '/unsubscribe/{token}',
    hostileId: 200,
  },
  {
    pattern: '/api/unsubscribe/[token]',
    kind: 'route',
    actor: 'anonymous',
    template: '/api/unsubscribe/{token}',
    hostileId: 200,
  },
  { pattern: '/admin/audit/export', kind: 'route', actor: 'admin', template: '/admin/audit/export' },
  { pattern: '/portal', kind: 'page', actor: 'clientA', template: '/portal' },
  { pattern: '/portal/consent', kind: 'page', actor: 'clientA', template: '/portal/consent', normal: 307 },
  { pattern: '/portal/check-in', kind: 'page', actor: 'clientA', template: '/portal/check-in' },
  { pattern: '/portal/steps', kind: 'page', actor: 'clientA', template: '/portal/steps' },
  { pattern: '/portal/progress', kind: 'page', actor: 'clientA', template: '/portal/progress' },
  { pattern: '/portal/brainstorm', kind: 'page', actor: 'clientA', template: '/portal/brainstorm' },
  { pattern: '/portal/plan', kind: 'page', actor: 'clientA', template: '/portal/plan' },
  { pattern: '/portal/goals', kind: 'page', actor: 'clientA', template: '/portal/goals' },
  { pattern: '/portal/goals/new', kind: 'page', actor: 'clientA', template: '/portal/goals/new' },
  {
    pattern: '/portal/goals/[goalId]',
    kind: 'page',
    actor: 'clientA',
    template: '/portal/goals/{goalA}',
    hostileId: 404,
  },
  {
    pattern: '/portal/goals/[goalId]/edit',
    kind: 'page',
    actor: 'clientA',
    template: '/portal/goals/{goalA}/edit',
    hostileId: 404,
  },
  {
    pattern: '/clients/[clientId]/plan/print',
    kind: 'page',
    actor: 'therapistA',
    template: '/clients/{clientA}/plan/print',
    hostileId: 404,
  },
  {
    pattern: '/clients/[clientId]/plan/print/pdf',
    kind: 'route',
    actor: 'therapistA',
    template: '/clients/{clientA}/plan/print/pdf',
    hostileId: 400,
  },
  { pattern: '/portal/plan/print', kind: 'page', actor: 'clientA', template: '/portal/plan/print' },
  { pattern: '/portal/plan/print/pdf', kind: 'route', actor: 'clientA', template: '/portal/plan/print/pdf' },
  { pattern: '/portal/record', kind: 'page', actor: 'clientA', template: '/portal/record' },
  { pattern: '/portal/record/pdf', kind: 'route', actor: 'clientA', template: '/portal/record/pdf' },
];

/** Query strings a script could send: NUL, hidden characters, repeats and 3,000 characters, in every parameter a page reads. */
const HOSTILE_QUERIES = [
  'q=%00',
  `q=${'x'.repeat(3000)}`,
  'q=%E2%80%AE%E2%80%8B',
  'filter=%00&sort=%00&dir=%00&page=%00&role=%00',
  'person=%00&client=%00&action=%00&from=%00&to=%00&outcome=%00&personId=%00&clientId=%00',
  'session=%00&sent=%00&support=%00&saved=%00&signed=%00&added=%00&from=%00&password=%00',
  'next=%00&signedOut=%00',
  'q=a&q=b&page=1&page=2',
];
const HOSTILE_IDS = ['%00', 'a'.repeat(3000), '%E2%80%AE', '..%2F..'];

function fill(template: string, ids: Ids, hostile?: { name: string; value: string }): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (hostile && hostile.name === name) return hostile.value;
    if (name === 'token') return 'not-a-real-token';
    return ids[name as keyof Ids];
  });
}

function idsOf(): Ids {
  const fixture = readFixture();
  return {
    clientA: fixture.clientIdsByName['Jordan Ellis']!,
    goalA: fixture.goalIdsByClientName['Jordan Ellis']![0]!,
    sessionA: fixture.therapySessionIdsByClientName['Jordan Ellis']![0]!,
    therapistA: fixture.userIdsByEmail[PEOPLE.therapistA]!,
    admin: fixture.userIdsByEmail[PEOPLE.admin]!,
  };
}

const ACTORS = [...new Set(ROWS.map((row) => row.actor))];

for (const actor of ACTORS) {
  test(`hostile addresses as ${actor}: 400 from routes, the normal page or a 404 from pages, never 500`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const ids = idsOf();
    if (actor !== 'anonymous') await signIn(page, PEOPLE[actor]);
    const problems: string[] = [];
    let requests = 0;
    const check = async (url: string, expected: number) => {
      requests++;
      const response = await page.request.get(url, { maxRedirects: 0 });
      if (response.status() !== expected)
        problems.push(`${url.slice(0, 120)}: expected ${expected}, got ${response.status()}`);
      return response;
    };
    for (const row of ROWS.filter((r) => r.actor === actor)) {
      const normal = fill(row.template, ids);
      // The app's own endpoints that read no query (health, ping, Auth.js) answer as usual.
      const readsNoQuery = row.pattern.startsWith('/api/');
      for (const query of HOSTILE_QUERIES) {
        await check(
          `${normal}?${query}`,
          row.kind === 'route' && !readsNoQuery && !query.startsWith('q=a&q=b') ? 400 : (row.normal ?? 200),
        );
      }
      for (const name of [...row.template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)) {
        for (const value of HOSTILE_IDS) {
          await check(fill(row.template, ids, { name, value }), row.hostileId!);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(requests).toBeGreaterThan(0);
  });
}

test('a page that ignores an unusable search says so and shows its normal view', async ({ page }) => {
  await signIn(page, PEOPLE.therapistA);
  await page.goto('/caseload?q=%00');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Part of this page’s address could not be used and was ignored (search).' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Your caseload' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Jordan Ellis' })).toBeVisible();
  const exported = await page.request.get('/caseload/export?q=%00');
  expect(exported.status()).toBe(400);
  expect(await exported.text()).toBe(
    'This address contains a value that cannot be used (control or hidden characters, or too long).',
  );
  const longId = await page.request.get(`/team/${'a'.repeat(3000)}/export`);
  expect([longId.status(), await longId.text()]).toEqual([400, 'The clinician id in this address is not valid.']);
});

test('every page and route has a row in the hostile-input table', () => {
  expect(routesWithoutRow(ROWS)).toEqual([]);
});
