import { expect, PEOPLE, readFixture, signIn, test, type Person } from './support/fixtures';
import { routesWithoutRow } from './support/app-routes';

/**
 * Every page and route, requested by every kind of person. Proxy may redirect, but the verdict
 * that matters comes from the data layer: "not-found" means the page rendered the same 404 a
 * missing record gets. A page or route with no row here fails the last test.
 */
type Actor = 'anonymous' | Person;
type Expect = 'ok' | 'not-found' | `to:${string}`;

const ACTORS: Actor[] = [
  'anonymous',
  'clientA',
  'clientB',
  'therapistA',
  'therapistB',
  'supervisorOfA',
  'supervisorOfNobody',
  'admin',
  'otherOrgAdmin',
];

interface RouteRow {
  pattern: string;
  path: (ids: Ids) => string;
  expect: Partial<Record<Actor, Expect>> & { default: Expect };
}

interface Ids {
  clientA: string;
  clientB: string;
  /** A therapy session of client A (Jordan Ellis). */
  sessionA: string;
  therapistA: string;
  therapistB: string;
  /** A goal of client A (Jordan Ellis) and of client B (Poppy Harris). */
  goalA: string;
  goalB: string;
}

const clientsToPortal = { clientA: 'to:/portal', clientB: 'to:/portal' } as const;
const adminsOnly = {
  default: 'not-found',
  anonymous: 'to:/sign-in',
  ...clientsToPortal,
  admin: 'ok',
  otherOrgAdmin: 'ok',
} as const;
// Supervisors land on their team page, where their team's open risk flags are (issue 17).
const supervisorsToTeam = { supervisorOfA: 'to:/team', supervisorOfNobody: 'to:/team' } as const;
const staffToHome = {
  therapistA: 'to:/caseload',
  therapistB: 'to:/caseload',
  ...supervisorsToTeam,
  admin: 'to:/admin',
  otherOrgAdmin: 'to:/admin',
} as const;

const ROUTES: RouteRow[] = [
  {
    pattern: '/',
    path: () => '/',
    expect: {
      default: 'ok',
      anonymous: 'to:/sign-in',
      clientA: 'to:/portal',
      clientB: 'to:/portal',
      therapistA: 'to:/caseload',
      therapistB: 'to:/caseload',
      ...supervisorsToTeam,
      admin: 'to:/admin',
      otherOrgAdmin: 'to:/admin',
    },
  },
  {
    pattern: '/sign-in',
    path: () => '/sign-in',
    expect: {
      default: 'ok',
      clientA: 'to:/portal',
      clientB: 'to:/portal',
      therapistA: 'to:/caseload',
      therapistB: 'to:/caseload',
      ...supervisorsToTeam,
      admin: 'to:/admin',
      otherOrgAdmin: 'to:/admin',
    },
  },
  { pattern: '/api/health', path: () => '/api/health', expect: { default: 'ok' } },
  { pattern: '/api/ping', path: () => '/api/ping', expect: { default: 'ok', anonymous: 'to:/sign-in' } },
  { pattern: '/api/auth/[...nextauth]', path: () => '/api/auth/session', expect: { default: 'ok' } },
  {
    pattern: '/caseload',
    path: () => '/caseload',
    expect: {
      default: 'ok',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      admin: 'not-found',
      otherOrgAdmin: 'not-found',
    },
  },
  {
    pattern: '/clients/new',
    path: () => '/clients/new',
    expect: { default: 'ok', anonymous: 'to:/sign-in', ...clientsToPortal },
  },
  {
    pattern: '/clients/[clientId]',
    path: (ids) => `/clients/${ids.clientA}`,
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      therapistA: 'ok',
      supervisorOfA: 'ok',
      admin: 'ok',
    },
  },
  {
    pattern: '/clients/[clientId] (B)',
    path: (ids) => `/clients/${ids.clientB}`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal, therapistB: 'ok', admin: 'ok' },
  },
  {
    pattern: '/team',
    path: () => '/team',
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      supervisorOfA: 'ok',
      supervisorOfNobody: 'ok',
      admin: 'ok',
      otherOrgAdmin: 'ok',
    },
  },
  {
    pattern: '/team/[clinicianId]',
    path: (ids) => `/team/${ids.therapistA}`,
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      therapistA: 'ok',
      supervisorOfA: 'ok',
      admin: 'ok',
    },
  },
  {
    pattern: '/team/[clinicianId] (B)',
    path: (ids) => `/team/${ids.therapistB}`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal, therapistB: 'ok', admin: 'ok' },
  },
  // Dashboards and their CSV exports (issue 6): client-level for the clinician and their supervisor, team aggregates
  // for supervisors and admins.
  {
    pattern: '/caseload/export',
    path: () => '/caseload/export?filter=flagged',
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      therapistA: 'ok',
      therapistB: 'ok',
      supervisorOfA: 'ok',
      supervisorOfNobody: 'ok',
    },
  },
  {
    pattern: '/team/export',
    path: () => '/team/export',
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      supervisorOfA: 'ok',
      supervisorOfNobody: 'ok',
      admin: 'ok',
      otherOrgAdmin: 'ok',
    },
  },
  {
    pattern: '/team/[clinicianId]/export',
    path: (ids) => `/team/${ids.therapistA}/export`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', therapistA: 'ok', supervisorOfA: 'ok' },
  },
  {
    pattern: '/team/[clinicianId]/export (B)',
    path: (ids) => `/team/${ids.therapistB}/export`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', therapistB: 'ok' },
  },
  // Records that leave as FHIR (issue 12): the treating clinician and their supervisor; a supervisor's whole team; the
  // client their own copy. Never admins.
  {
    pattern: '/clients/[clientId]/export/fhir',
    path: (ids) => `/clients/${ids.clientA}/export/fhir`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', therapistA: 'ok', supervisorOfA: 'ok' },
  },
  {
    pattern: '/clients/[clientId]/export/fhir (B)',
    path: (ids) => `/clients/${ids.clientB}/export/fhir`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', therapistB: 'ok' },
  },
  {
    pattern: '/team/export/fhir',
    path: () => '/team/export/fhir',
    expect: { default: 'not-found', anonymous: 'to:/sign-in', supervisorOfA: 'ok', supervisorOfNobody: 'ok' },
  },
  {
    pattern: '/portal/record/fhir',
    path: () => '/portal/record/fhir',
    expect: { default: 'not-found', anonymous: 'to:/sign-in', clientA: 'ok', clientB: 'ok' },
  },
  {
    pattern: '/admin',
    path: () => '/admin',
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal, admin: 'ok', otherOrgAdmin: 'ok' },
  },
  // People and access (issue 3).
  { pattern: '/forgot-password', path: () => '/forgot-password', expect: { default: 'ok' } },
  { pattern: '/invite/[token]', path: () => '/invite/not-a-real-invitation-token', expect: { default: 'ok' } },
  {
    pattern: '/reset-password/[token]',
    path: () => '/reset-password/not-a-real-reset-token',
    expect: { default: 'ok' },
  },
  {
    pattern: '/portal/consent',
    path: () => '/portal/consent',
    expect: {
      default: 'to:/caseload',
      ...supervisorsToTeam,
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      admin: 'to:/admin',
      otherOrgAdmin: 'to:/admin',
    },
  },
  { pattern: '/account', path: () => '/account', expect: { default: 'ok', anonymous: 'to:/sign-in' } },
  {
    pattern: '/admin/people/[userId]',
    path: (ids) => `/admin/people/${ids.therapistA}`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal, admin: 'ok' },
  },
  { pattern: '/admin/invitations', path: () => '/admin/invitations', expect: { ...adminsOnly } },
  { pattern: '/admin/supervision', path: () => '/admin/supervision', expect: { ...adminsOnly } },
  { pattern: '/admin/settings', path: () => '/admin/settings', expect: { ...adminsOnly } },
  { pattern: '/admin/audit', path: () => '/admin/audit', expect: { ...adminsOnly } },
  // Reminders (issue 13): the delivery log for admins, the client's choices and calendar file, the unsubscribe link for anyone.
  { pattern: '/admin/emails', path: () => '/admin/emails', expect: { ...adminsOnly } },
  {
    pattern: '/portal/reminders',
    path: () => '/portal/reminders',
    expect: {
      default: 'to:/caseload',
      ...supervisorsToTeam,
      anonymous: 'to:/sign-in',
      clientA: 'ok',
      clientB: 'ok',
      admin: 'to:/admin',
      otherOrgAdmin: 'to:/admin',
    },
  },
  {
    pattern: '/portal/calendar/[therapySessionId]',
    path: (ids) => `/portal/calendar/${ids.sessionA}`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', clientA: 'ok' },
  },
  {
    pattern: '/unsubscribe/[token]',
    path: () => '/unsubscribe/not-a-real-unsubscribe-token',
    expect: { default: 'ok' },
  },
  {
    pattern: '/api/unsubscribe/[token]',
    path: () => '/api/unsubscribe/not-a-real-unsubscribe-token',
    expect: { default: 'ok' },
  },
  {
    pattern: '/admin/audit/export',
    path: () => '/admin/audit/export',
    expect: { default: 'not-found', anonymous: 'to:/sign-in', admin: 'ok', otherOrgAdmin: 'ok' },
  },
  {
    pattern: '/portal',
    path: () => '/portal',
    expect: {
      default: 'to:/caseload',
      ...supervisorsToTeam,
      anonymous: 'to:/sign-in',
      clientA: 'ok',
      clientB: 'ok',
      admin: 'to:/admin',
      otherOrgAdmin: 'to:/admin',
    },
  },
  {
    pattern: '/portal/check-in',
    path: () => '/portal/check-in',
    expect: {
      default: 'to:/caseload',
      ...supervisorsToTeam,
      anonymous: 'to:/sign-in',
      clientA: 'ok',
      clientB: 'ok',
      admin: 'to:/admin',
      otherOrgAdmin: 'to:/admin',
    },
  },
  {
    pattern: '/portal/steps',
    path: () => '/portal/steps',
    expect: {
      default: 'to:/caseload',
      ...supervisorsToTeam,
      anonymous: 'to:/sign-in',
      clientA: 'ok',
      clientB: 'ok',
      admin: 'to:/admin',
      otherOrgAdmin: 'to:/admin',
    },
  },
  {
    pattern: '/portal/progress',
    path: () => '/portal/progress',
    expect: {
      default: 'to:/caseload',
      ...supervisorsToTeam,
      anonymous: 'to:/sign-in',
      clientA: 'ok',
      clientB: 'ok',
      admin: 'to:/admin',
      otherOrgAdmin: 'to:/admin',
    },
  },
  // Sessions and progress: the treating clinician and their supervisor; never admins (clinical).
  {
    pattern: '/clients/[clientId]/sessions',
    path: (ids) => `/clients/${ids.clientA}/sessions`,
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      therapistA: 'ok',
      supervisorOfA: 'ok',
    },
  },
  {
    pattern: '/clients/[clientId]/sessions (B)',
    path: (ids) => `/clients/${ids.clientB}/sessions`,
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      therapistB: 'ok',
      supervisorOfB: 'ok',
    },
  },
  {
    pattern: '/clients/[clientId]/sessions/[therapySessionId]',
    path: (ids) => `/clients/${ids.clientA}/sessions/${ids.sessionA}`,
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      therapistA: 'ok',
      supervisorOfA: 'ok',
    },
  },
  {
    pattern: '/clients/[clientId]/sessions/[therapySessionId] (wrong client)',
    path: (ids) => `/clients/${ids.clientB}/sessions/${ids.sessionA}`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal },
  },

  // Goals and plans (issue 4): the treating clinician and their supervisor; never admins.
  {
    pattern: '/clients/[clientId]/plan',
    path: (ids) => `/clients/${ids.clientA}/plan`,
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      therapistA: 'ok',
      supervisorOfA: 'ok',
    },
  },
  {
    pattern: '/clients/[clientId]/plan (B)',
    path: (ids) => `/clients/${ids.clientB}/plan`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal, therapistB: 'ok' },
  },
  {
    pattern: '/clients/[clientId]/goals/new',
    path: (ids) => `/clients/${ids.clientA}/goals/new`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal, therapistA: 'ok' },
  },
  {
    pattern: '/clients/[clientId]/goals/[goalId]',
    path: (ids) => `/clients/${ids.clientA}/goals/${ids.goalA}`,
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      therapistA: 'ok',
      supervisorOfA: 'ok',
    },
  },
  {
    pattern: '/clients/[clientId]/goals/[goalId] (B)',
    path: (ids) => `/clients/${ids.clientB}/goals/${ids.goalB}`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal, therapistB: 'ok' },
  },
  {
    pattern: '/clients/[clientId]/goals/[goalId] (mismatched client)',
    path: (ids) => `/clients/${ids.clientA}/goals/${ids.goalB}`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal },
  },
  {
    pattern: '/clients/[clientId]/goals/[goalId]/edit',
    path: (ids) => `/clients/${ids.clientA}/goals/${ids.goalA}/edit`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal, therapistA: 'ok' },
  },
  {
    pattern: '/portal/goals',
    path: () => '/portal/goals',
    expect: { default: 'ok', anonymous: 'to:/sign-in', ...staffToHome },
  },
  {
    pattern: '/portal/goals/new',
    path: () => '/portal/goals/new',
    expect: { default: 'ok', anonymous: 'to:/sign-in', ...staffToHome },
  },
  {
    pattern: '/portal/goals/[goalId]',
    path: (ids) => `/portal/goals/${ids.goalA}`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...staffToHome, clientA: 'ok' },
  },
  {
    pattern: '/portal/goals/[goalId] (B)',
    path: (ids) => `/portal/goals/${ids.goalB}`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...staffToHome, clientB: 'ok' },
  },
  {
    pattern: '/portal/goals/[goalId]/edit',
    path: (ids) => `/portal/goals/${ids.goalA}/edit`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...staffToHome, clientA: 'ok' },
  },
  {
    pattern: '/portal/brainstorm',
    path: () => '/portal/brainstorm',
    expect: { default: 'ok', anonymous: 'to:/sign-in', ...staffToHome },
  },
  {
    pattern: '/portal/plan',
    path: () => '/portal/plan',
    expect: { default: 'ok', anonymous: 'to:/sign-in', ...staffToHome },
  },

  // Records that leave (issue 12): the printable plan and its PDF for the treating clinician and their supervisor; the
  // client's own from the portal.
  {
    pattern: '/clients/[clientId]/plan/print',
    path: (ids) => `/clients/${ids.clientA}/plan/print`,
    expect: {
      default: 'not-found',
      anonymous: 'to:/sign-in',
      ...clientsToPortal,
      therapistA: 'ok',
      supervisorOfA: 'ok',
    },
  },
  {
    pattern: '/clients/[clientId]/plan/print (B)',
    path: (ids) => `/clients/${ids.clientB}/plan/print`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal, therapistB: 'ok' },
  },
  {
    pattern: '/clients/[clientId]/plan/print (no such version)',
    path: (ids) => `/clients/${ids.clientA}/plan/print?version=00000000-0000-4000-8000-000000000000`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', ...clientsToPortal },
  },
  {
    pattern: '/clients/[clientId]/plan/print/pdf',
    path: (ids) => `/clients/${ids.clientA}/plan/print/pdf`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', therapistA: 'ok', supervisorOfA: 'ok' },
  },
  {
    pattern: '/clients/[clientId]/plan/print/pdf (B)',
    path: (ids) => `/clients/${ids.clientB}/plan/print/pdf`,
    expect: { default: 'not-found', anonymous: 'to:/sign-in', therapistB: 'ok' },
  },
  {
    pattern: '/portal/plan/print',
    path: () => '/portal/plan/print',
    expect: { default: 'ok', anonymous: 'to:/sign-in', ...staffToHome },
  },
  {
    pattern: '/portal/plan/print/pdf',
    path: () => '/portal/plan/print/pdf',
    expect: { default: 'not-found', anonymous: 'to:/sign-in', clientA: 'ok', clientB: 'ok' },
  },
  {
    pattern: '/portal/record',
    path: () => '/portal/record',
    expect: { default: 'ok', anonymous: 'to:/sign-in', ...staffToHome },
  },
  {
    pattern: '/portal/record/pdf',
    path: () => '/portal/record/pdf',
    expect: { default: 'not-found', anonymous: 'to:/sign-in', clientA: 'ok', clientB: 'ok' },
  },
];

for (const actor of ACTORS) {
  test(`route access as ${actor}`, async ({ page }) => {
    const fixture = readFixture();
    const ids: Ids = {
      clientA: fixture.clientIdsByName['Jordan Ellis']!,
      clientB: fixture.clientIdsByName['Poppy Harris']!,
      sessionA: fixture.therapySessionIdsByClientName['Jordan Ellis']![0]!,
      therapistA: fixture.userIdsByEmail[PEOPLE.therapistA]!,
      therapistB: fixture.userIdsByEmail[PEOPLE.therapistB]!,
      goalA: fixture.goalIdsByClientName['Jordan Ellis']![0]!,
      goalB: fixture.goalIdsByClientName['Poppy Harris']![0]!,
    };
    if (actor !== 'anonymous') await signIn(page, PEOPLE[actor]);
    const problems: string[] = [];
    for (const route of ROUTES) {
      const expected = route.expect[actor] ?? route.expect.default;
      const response = await page.request.get(route.path(ids), { maxRedirects: 0 });
      const status = response.status();
      const location = response.headers()['location'];
      const actual: Expect =
        status >= 300 && status < 400 && location
          ? `to:${new URL(location, 'http://x').pathname}`
          : status === 404
            ? 'not-found'
            : status === 200
              ? 'ok'
              : (`status ${status}` as Expect);
      if (actual !== expected) problems.push(`${route.pattern}: expected ${expected}, got ${actual}`);
    }
    expect(problems).toEqual([]);
  });
}

test('every page and route has a row in the table', () => {
  expect(routesWithoutRow(ROUTES)).toEqual([]);
});
