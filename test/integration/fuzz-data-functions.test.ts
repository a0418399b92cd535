import { rowsOf } from '@/db/rows';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { AppError, type AppErrorCode } from '@/lib/errors';
import { actAs, createFixture, type Actor, type Fixture, type FixtureUser } from './fixtures';
import { parameterArbitrary, type IdPools } from './fuzz/arbitraries';
import { dataFunctionsImportedByApp, loadDataFunctions } from './fuzz/data-functions';
import { loadVocabulary, type Vocabulary } from './fuzz/vocabulary';
import { createGoalAs } from './goal-fixtures';
import { addPeopleFixture, insertInvitation, insertResetToken, restoreAccounts } from './people-fixtures';
import { addFlag, addSessionsSetup } from './sessions-fixtures';

/*
 * Fuzzing every data function people can reach (ADR 0014): hostile payloads from fast-check,
 * with a fixed seed, called in-process as each kind of person. Every call must either succeed
 * or be refused with an AppError of a known kind; anything else (a database error, a TypeError)
 * is a bug. A batch's refused calls must change nothing: the clinical tables are compared
 * before and after (audit rows excluded: refusals are audited). FUZZ_RUNS sets payloads per
 * function (20 in `npm test`; `npm run fuzz` runs 1,000); FUZZ_VERBOSE=1 prints each function's
 * outcomes (how many succeeded, and each kind of refusal).
 */

vi.mock('@/lib/mail', () => ({ sendMail: vi.fn(() => Promise.resolve({ delivered: 'log' })) }));

const SEED = 20_261_207;
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
// 'rate-limited': the record exports refuse past their limit (ADR 0017), which many runs can reach.
const ALLOWED: readonly AppErrorCode[] = ['unauthenticated', 'not-found', 'invalid', 'conflict', 'rate-limited'];
/** Written by refusals on purpose: the audit trail and its chain heads. */
// Refusals write these on purpose: the audit trail, and the sign-in attempt counters (ADR 0012).
const NOT_COMPARED = ['audit_events', 'audit_chain_heads', 'sign_in_limits'];
const ACTORS: readonly Actor[] = [
  'therapistA',
  'therapistB',
  'supervisorOfA',
  'admin',
  'clientA',
  'clientB',
  'otherOrgUser',
  'anonymous',
];

const root = path.resolve(import.meta.dirname, '../..');
const functions = await loadDataFunctions(root);

let fixture: Fixture;
let vocabulary: Vocabulary;
let pools: IdPools;
let everyone: FixtureUser[];

beforeAll(async () => {
  vocabulary = await loadVocabulary(root);
  fixture = await createFixture('fuzz');
  const people = await addPeopleFixture(fixture);
  const sx = await addSessionsSetup(fixture);
  const proposed = await createGoalAs(fixture, 'clientA', fixture.clients.a, {
    wording: 'Call my sister every Sunday',
  });
  const flag = await addFlag(fixture.orgA, fixture.clients.a);
  const invitation = await insertInvitation(fixture.orgA, { role: 'client', clientId: people.clientNoPortal });
  const reset = await insertResetToken(people.resetTarget);
  const users = fixture.users;
  everyone = [...Object.values(users), people.spareTherapist, people.spareTherapist2, people.resetTarget];
  const orgAUsers = everyone.filter((u) => u.organizationId === fixture.orgA).map((u) => u.id);
  const staff = (role: string) =>
    everyone.filter((u) => u.organizationId === fixture.orgA && u.role === role).map((u) => u.id);
  pools = {
    own: {
      client: [
        fixture.clients.a,
        fixture.clients.b,
        fixture.clients.supervisorOwn,
        people.clientNoPortal,
        people.clientToMove,
      ],
      goal: [...sx.goalsA, sx.goalB, proposed],
      therapySession: [sx.upcomingA, sx.startedA, sx.farFutureA, sx.upcomingB, sx.startedB, sx.supervisorOwnUpcoming],
      objective: [sx.objectiveA, sx.objectiveB],
      flag: [flag],
      invitation: [invitation.id],
      token: [invitation.token, reset.token],
      user: orgAUsers,
      clinician: [...staff('therapist'), ...staff('supervisor')],
      therapist: staff('therapist'),
      supervisor: staff('supervisor'),
    },
    foreign: [fixture.clients.other, users.otherOrgUser.id, users.otherOrgTherapist.id, fixture.orgB],
    emails: everyone.map((u) => u.email),
  };
}, 120_000);

/** Row count and checksum of every compared table, in one statement. */
async function fingerprint(): Promise<Record<string, string>> {
  const db = await getDb();
  const tables = (
    (await db.execute(sql`
    select format('%I', tablename) as name from pg_tables where schemaname = 'public' order by 1`)) as {
      rows: { name: string }[];
    }
  ).rows
    .map((r) => r.name)
    .filter((name) => !NOT_COMPARED.includes(name));
  const union = tables
    .map(
      (name) =>
        `select '${name}' as name,
          count(*)::text || ' rows, md5 ' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as sum
          from ${name} t`,
    )
    .join(' union all ');
  const rows = rowsOf<{ name: string; sum: string }>(await db.execute(sql.raw(union)));
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

type Outcome = { kind: 'ok' } | { kind: 'refused'; code: AppErrorCode } | { kind: 'unexpected'; error: string };

async function call(actor: Actor, fn: (...args: unknown[]) => Promise<unknown>, args: unknown[]): Promise<Outcome> {
  actAs(fixture, actor);
  try {
    await fn(...args);
    return { kind: 'ok' };
  } catch (error) {
    if (error instanceof AppError && ALLOWED.includes(error.code)) return { kind: 'refused', code: error.code };
    const e = error as Error & { cause?: Error };
    return {
      kind: 'unexpected',
      error: `${e?.name}: ${e?.message?.slice(0, 300)}${e?.cause ? ` (cause: ${e.cause.message?.slice(0, 200)})` : ''}`,
    };
  }
}

/** A payload as a short line for the failure report. */
function describePayload(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 40)}…(${v.length} chars)` : v;
    if (typeof v === 'bigint') return `${v}n`;
    if (v === undefined) return '<undefined>';
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  });
}

function seedFor(name: string): number {
  let hash = SEED;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

test('the fuzzer finds the data functions', () => {
  // About 70 today; a broken enumeration (no modules, no functions) must not pass quietly.
  expect(functions.length).toBeGreaterThan(60);
  expect(functions.map((f) => f.name)).toContain('clients.updateClientProfile');
});

/** Imported by app/ but given nothing from the request: the signed session is all they read. */
const SESSION_ONLY = new Set(['context.dataContext', 'portal-access.portalConsentRequired']);

test('every data function that an action, page or route handler calls is fuzzed', () => {
  const fuzzed = new Set(functions.map((f) => f.name));
  // Functions only: the same import lines bring types (capitalised) and constants (upper case) too.
  const called = dataFunctionsImportedByApp(root).filter((name) => /^[a-z]/.test(name.split('.')[1]!));
  expect(called.length).toBeGreaterThan(40);
  expect(called.filter((name) => !fuzzed.has(name) && !SESSION_ONLY.has(name))).toEqual([]);
});

test.each(functions.map((f) => [f.name, f] as const))(
  '%s answers hostile input with a known refusal and refusals change nothing',
  async (name, { fn, params }) => {
    const arbitraries = params.map((p) => parameterArbitrary(p, vocabulary, pools));
    expect(
      params.filter((_, i) => arbitraries[i] === null),
      `give these parameters of ${name} an arbitrary in test/integration/fuzz/arbitraries.ts`,
    ).toEqual([]);
    const payloads = fc.sample(
      fc.tuple(fc.constantFrom(...ACTORS), fc.tuple(...(arbitraries as fc.Arbitrary<unknown>[]))),
      { seed: seedFor(name), numRuns: RUNS },
    );

    await restoreAccounts(everyone);
    const before = await fingerprint();
    const outcomes: Outcome[] = [];
    for (const [actor, args] of payloads) outcomes.push(await call(actor, fn, args));

    if (process.env.FUZZ_VERBOSE) {
      const tally: Record<string, number> = {};
      for (const o of outcomes)
        tally[o.kind === 'refused' ? o.code : o.kind] = (tally[o.kind === 'refused' ? o.code : o.kind] ?? 0) + 1;
      console.log(`${name}: ${JSON.stringify(tally)}`);
    }
    const unexpected = outcomes.flatMap((o, i) =>
      o.kind === 'unexpected'
        ? [`${payloads[i]![0]} ${name}(${describePayload(payloads[i]![1]).slice(0, 400)}) → ${o.error}`]
        : [],
    );
    expect(unexpected, `${name} answered hostile input with an unexpected error`).toEqual([]);

    // Refused calls changed nothing. When some calls succeeded (and changed data on purpose),
    // the refused ones are replayed between two fingerprints instead.
    const refused = payloads.filter((_, i) => outcomes[i]!.kind === 'refused');
    if (outcomes.every((o) => o.kind === 'refused')) {
      expect(await fingerprint()).toEqual(before);
    } else if (refused.length > 0) {
      await restoreAccounts(everyone);
      const start = await fingerprint();
      const replay: Outcome[] = [];
      for (const [actor, args] of refused) replay.push(await call(actor, fn, args));
      if (replay.every((o) => o.kind === 'refused')) expect(await fingerprint()).toEqual(start);
    }
    await restoreAccounts(everyone);
  },
  60_000 + RUNS * 3_000,
);
