import type {
  Bundle,
  CarePlan,
  Flag,
  Goal,
  Observation,
  Provenance,
  QuestionnaireResponse,
  Resource,
} from '@medplum/fhirtypes';
import { beforeAll, describe, expect, test } from 'vitest';
import { medplumErrors, prepareValidators, schemaErrors } from '@/test/support/fhir-validators';
import type { RecordExportInput } from './input';
import { buildRecordBundle } from './record-bundle';
import { unresolvedReferences } from './references';

const ids = {
  org: '0b0e0c1a-0000-4000-8000-000000000001',
  client: '0b0e0c1a-0000-4000-8000-000000000002',
  portalUser: '0b0e0c1a-0000-4000-8000-000000000003',
  therapist: '0b0e0c1a-0000-4000-8000-000000000004',
  supervisor: '0b0e0c1a-0000-4000-8000-000000000005',
  goal: '0b0e0c1a-0000-4000-8000-000000000006',
  v1: '0b0e0c1a-0000-4000-8000-000000000007',
  v2: '0b0e0c1a-0000-4000-8000-000000000008',
  closedGoal: '0b0e0c1a-0000-4000-8000-000000000009',
  closedV1: '0b0e0c1a-0000-4000-8000-00000000000a',
  phq9: '0b0e0c1a-0000-4000-8000-00000000000b',
  gad7: '0b0e0c1a-0000-4000-8000-00000000000c',
  ors: '0b0e0c1a-0000-4000-8000-00000000000d',
  srs: '0b0e0c1a-0000-4000-8000-00000000000e',
  checkIn: '0b0e0c1a-0000-4000-8000-00000000000f',
  clientRating: '0b0e0c1a-0000-4000-8000-000000000010',
  therapistRating: '0b0e0c1a-0000-4000-8000-000000000011',
  sigClient: '0b0e0c1a-0000-4000-8000-000000000012',
  sigTherapist: '0b0e0c1a-0000-4000-8000-000000000013',
  sigSupervisor: '0b0e0c1a-0000-4000-8000-000000000014',
  riskFlag: '0b0e0c1a-0000-4000-8000-000000000015',
  objective: '0b0e0c1a-0000-4000-8000-000000000016',
  comment: '0b0e0c1a-0000-4000-8000-000000000017',
};
const at = (iso: string) => new Date(iso);
const HASH = 'a'.repeat(64);

function richInput(copy: 'staff' | 'client' = 'staff'): RecordExportInput {
  return {
    copy,
    generatedAt: at('2026-12-07T12:00:00Z'),
    timeZone: 'Europe/London',
    systemBase: 'https://accord.example.org/fhir/organizations/org',
    organization: { id: ids.org, name: 'Riverside Therapy' },
    client: {
      id: ids.client,
      displayName: 'Hannah Schmidt',
      dateOfBirth: '1990-04-02',
      status: 'active',
      clinicianId: ids.therapist,
      portalUserId: ids.portalUser,
    },
    people: [
      { id: ids.therapist, name: 'Aisha Rahman', role: 'therapist' },
      { id: ids.supervisor, name: 'Dana Okafor', role: 'supervisor' },
      { id: ids.portalUser, name: 'Hannah Schmidt', role: 'client' },
    ],
    goals: [
      {
        id: ids.goal,
        lifecycleStatus: 'active',
        achievementStatus: 'improving',
        createdAt: at('2026-09-01T09:00:00Z'),
        createdBySide: 'client',
        createdByUserId: ids.portalUser,
        firstAgreedAt: at('2026-09-02T09:00:00Z'),
        lastStatusChange: { at: at('2026-09-10T09:00:00Z'), reason: 'Plan signed.' },
        versions: [
          {
            id: ids.v1,
            number: 1,
            wording: 'Sleep better',
            theme: 'improving-sleep',
            value: 'Energy for my kids',
            measure: null,
            target: null,
            dueDate: null,
            frequency: null,
            formulationFactor: null,
            authorUserId: ids.portalUser,
            authorSide: 'client',
            changeNote: null,
            createdAt: at('2026-09-01T09:00:00Z'),
            agreements: [{ side: 'client', userId: ids.portalUser, at: at('2026-09-01T09:00:00Z') }],
          },
          {
            id: ids.v2,
            number: 2,
            wording: 'Go to bed by 11pm on weeknights',
            theme: 'improving-sleep',
            value: 'Energy for my kids',
            measure: 'Nights in bed by 11pm',
            target: '4 of 5 weeknights',
            dueDate: '2027-01-31',
            frequency: 'weeknights',
            formulationFactor: 'perpetuating',
            authorUserId: ids.therapist,
            authorSide: 'therapist',
            changeNote: 'Made it countable together.',
            createdAt: at('2026-09-02T08:00:00Z'),
            agreements: [
              { side: 'therapist', userId: ids.therapist, at: at('2026-09-02T08:00:00Z') },
              { side: 'client', userId: ids.portalUser, at: at('2026-09-02T09:00:00Z') },
            ],
          },
        ],
        objectives: [
          {
            id: ids.objective,
            description: 'Phone out of the bedroom at 10:30pm',
            timesPerPeriod: 5,
            period: 'week',
            durationWeeks: 6,
          },
        ],
        comments: [
          {
            id: ids.comment,
            authorUserId: ids.supervisor,
            body: 'SUPERVISION-ONLY remark',
            createdAt: at('2026-09-05T09:00:00Z'),
          },
        ],
      },
      {
        id: ids.closedGoal,
        lifecycleStatus: 'cancelled',
        achievementStatus: 'not-attainable',
        createdAt: at('2026-09-01T09:00:00Z'),
        createdBySide: 'therapist',
        createdByUserId: ids.therapist,
        firstAgreedAt: null,
        lastStatusChange: { at: at('2026-10-01T09:00:00Z'), reason: 'No longer wanted.' },
        versions: [
          {
            id: ids.closedV1,
            number: 1,
            wording: 'Run a 5k',
            theme: null,
            value: null,
            measure: null,
            target: 'Five kilometres',
            dueDate: null,
            frequency: null,
            formulationFactor: null,
            authorUserId: ids.therapist,
            authorSide: 'therapist',
            changeNote: null,
            createdAt: at('2026-09-01T09:00:00Z'),
            agreements: [],
          },
        ],
        objectives: [],
        comments: [],
      },
    ],
    carePlan: { status: 'active', periodStart: '2026-09-10', nextReviewDate: '2026-12-09', goalIds: [ids.goal] },
    signatures: [
      {
        id: ids.sigClient,
        role: 'client',
        userId: ids.portalUser,
        typedName: 'Hannah Schmidt',
        signedAt: at('2026-09-10T09:00:00Z'),
        planHash: HASH,
        goalVersions: [{ goalId: ids.goal, versionId: ids.v2 }],
        nextReviewDate: null,
      },
      {
        id: ids.sigTherapist,
        role: 'therapist',
        userId: ids.therapist,
        typedName: 'Aisha Rahman',
        signedAt: at('2026-09-10T09:05:00Z'),
        planHash: HASH,
        goalVersions: [{ goalId: ids.goal, versionId: ids.v2 }],
        nextReviewDate: '2026-12-09',
      },
      {
        id: ids.sigSupervisor,
        role: 'supervisor',
        userId: ids.supervisor,
        typedName: 'Dana Okafor',
        signedAt: at('2026-09-11T09:00:00Z'),
        planHash: HASH,
        goalVersions: [{ goalId: ids.goal, versionId: ids.v2 }],
        nextReviewDate: null,
      },
    ],
    measures: [
      {
        id: ids.phq9,
        instrument: 'phq9',
        answers: [1, 2, 1, 1, 0, 1, 2, 0, 1],
        total: 9,
        submittedAt: at('2026-10-01T08:00:00Z'),
        sessionAt: at('2026-10-01T09:00:00Z'),
      },
      {
        id: ids.gad7,
        instrument: 'gad7',
        answers: [1, 1, null, 0, 0, 1, 0],
        total: null,
        submittedAt: at('2026-10-01T08:00:00Z'),
        sessionAt: at('2026-10-01T09:00:00Z'),
      },
      {
        id: ids.ors,
        instrument: 'ors',
        answers: [5.5, 6, 7.1, 6.2],
        total: 24.8,
        submittedAt: at('2026-10-01T08:00:00Z'),
        sessionAt: at('2026-10-01T09:00:00Z'),
      },
      {
        id: ids.srs,
        instrument: 'srs',
        answers: [9, 9.5, 9.2, 9.4],
        total: 37.1,
        submittedAt: at('2026-10-01T10:00:00Z'),
        sessionAt: at('2026-10-01T09:00:00Z'),
      },
    ],
    checkIns: [{ id: ids.checkIn, submittedAt: at('2026-10-01T08:00:00Z'), sessionAt: at('2026-10-01T09:00:00Z') }],
    goalRatings: [
      {
        id: ids.clientRating,
        goalId: ids.goal,
        side: 'client',
        progress: 6,
        clarity: 4,
        ratedByUserId: ids.portalUser,
        ratedAt: at('2026-10-01T08:00:00Z'),
        checkInId: ids.checkIn,
        sessionAt: at('2026-10-01T09:00:00Z'),
      },
      {
        id: ids.therapistRating,
        goalId: ids.goal,
        side: 'therapist',
        progress: 5,
        clarity: null,
        ratedByUserId: ids.therapist,
        ratedAt: at('2026-10-01T10:00:00Z'),
        checkInId: null,
        sessionAt: at('2026-10-01T09:00:00Z'),
      },
    ],
    flags: [
      {
        id: ids.riskFlag,
        kind: 'risk',
        reason: 'PHQ-9 item 9 answered 1 (several days) on 2026-10-01.',
        raisedAt: at('2026-10-01T08:00:00Z'),
        goalId: null,
      },
    ],
  };
}

function emptyInput(): RecordExportInput {
  return {
    ...richInput(),
    goals: [],
    signatures: [],
    measures: [],
    checkIns: [],
    goalRatings: [],
    flags: [],
    carePlan: { status: 'draft', periodStart: '2026-12-01', nextReviewDate: null, goalIds: [] },
  };
}

const resources = (bundle: Bundle): Resource[] => (bundle.entry ?? []).map((entry) => entry.resource!);
const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']) =>
  resources(bundle).filter((r): r is T => r.resourceType === type);

describe('FHIR record bundle', () => {
  // Compiling the official R4 schema takes a while on a busy machine.
  beforeAll(() => prepareValidators(), 180_000);

  test('a rich record passes both validators with no errors, and every reference resolves inside the Bundle', () => {
    for (const copy of ['staff', 'client'] as const) {
      const bundle = buildRecordBundle(richInput(copy));
      expect(bundle.type).toBe('collection');
      expect(medplumErrors(bundle)).toEqual([]);
      expect(schemaErrors(bundle)).toEqual([]);
      expect(unresolvedReferences(bundle)).toEqual([]);
    }
  }, 120_000);

  test('a client with no goals still gives a valid Bundle (Patient, Organization, Practitioner, a draft CarePlan)', () => {
    const bundle = buildRecordBundle(emptyInput());
    expect(resources(bundle).map((r) => r.resourceType)).toEqual([
      'Patient',
      'Organization',
      'Practitioner',
      'CarePlan',
    ]);
    expect(medplumErrors(bundle)).toEqual([]);
    expect(schemaErrors(bundle)).toEqual([]);
  }, 120_000);

  test('the validators do catch what they are there for', () => {
    const bundle = buildRecordBundle(richInput());
    const goal = ofType<Goal>(bundle, 'Goal')[0]!;
    (goal as { lifecycleStatus: string }).lifecycleStatus = 'planned-ish';
    expect(schemaErrors(bundle).length).toBeGreaterThan(0);
    delete (goal as Partial<Goal>).description;
    expect(medplumErrors(bundle).length).toBeGreaterThan(0);
    const dangling = {
      ...bundle,
      entry: bundle.entry!.filter((entry) => entry.resource!.resourceType !== 'Practitioner'),
    };
    expect(unresolvedReferences(dangling).length).toBeGreaterThan(0);
  }, 120_000);

  test('PHQ-9 and GAD-7 carry their LOINC codes and answer codes; ORS, SRS, GBO and clarity the organisation’s own system', () => {
    const bundle = buildRecordBundle(richInput());
    const observations = ofType<Observation>(bundle, 'Observation');
    const codes = observations.map((o) => `${o.code.coding![0]!.system}|${o.code.coding![0]!.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'http://loinc.org|44249-1',
        'http://loinc.org|44261-6',
        'http://loinc.org|69737-5',
        'https://accord.example.org/fhir/organizations/org/CodeSystem/measures|ors-total',
        'https://accord.example.org/fhir/organizations/org/CodeSystem/measures|srs-total',
        'https://accord.example.org/fhir/organizations/org/CodeSystem/measures|gbo',
        'https://accord.example.org/fhir/organizations/org/CodeSystem/measures|goal-clarity',
      ]),
    );
    // The GAD-7 here has an unanswered item: no total, so no 70274-6, and its panel is preliminary.
    expect(codes).not.toContain('http://loinc.org|70274-6');
    const phqTotal = observations.find((o) => o.code.coding![0]!.code === '44261-6')!;
    expect(phqTotal.valueInteger).toBe(9);
    const phq = ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse').find(
      (q) => q.questionnaire === 'http://loinc.org/q/44249-1',
    )!;
    expect(phq.item!.map((i) => i.answer![0]!.valueCoding!.code)).toEqual([
      'LA6569-3',
      'LA6570-1',
      'LA6569-3',
      'LA6569-3',
      'LA6568-5',
      'LA6569-3',
      'LA6570-1',
      'LA6568-5',
      'LA6569-3',
    ]);
    const gad = ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse').find(
      (q) => q.questionnaire === 'http://loinc.org/q/69737-5',
    )!;
    expect(gad.item![2]!.answer).toBeUndefined();
    expect(gad.item![0]!.answer![0]!.valueCoding).toMatchObject({ system: 'http://loinc.org', code: 'LA6569-3' });
    expect(
      ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse').map((q) => q.questionnaire!.split('/').pop()),
    ).toEqual(expect.arrayContaining(['ors', 'srs', 'goal-check-in']));

    const full = buildRecordBundle({
      ...richInput(),
      measures: [{ ...richInput().measures[1]!, answers: [3, 3, 3, 3, 3, 3, 3], total: 21 }],
    });
    expect(
      ofType<Observation>(full, 'Observation').find((o) => o.code.coding![0]!.code === '70274-6')!.valueInteger,
    ).toBe(21);
    expect(
      ofType<QuestionnaireResponse>(full, 'QuestionnaireResponse')[0]!.item!.every(
        (i) => i.answer![0]!.valueCoding!.code === 'LA6571-9',
      ),
    ).toBe(true);
  });

  test('goals carry the FHIR statuses, the client’s words, the target and the plan; versions and signatures are Provenance', () => {
    const bundle = buildRecordBundle(richInput());
    const [goal, closed] = ofType<Goal>(bundle, 'Goal');
    expect(goal).toMatchObject({
      lifecycleStatus: 'active',
      achievementStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: 'improving' }],
      },
      description: { text: 'Go to bed by 11pm on weeknights' },
      startDate: '2026-09-02',
      target: [
        { measure: { text: 'Nights in bed by 11pm' }, detailString: '4 of 5 weeknights', dueDate: '2027-01-31' },
      ],
      expressedBy: { reference: `urn:uuid:${ids.client}` },
    });
    expect(goal!.note!.map((n) => n.text)).toContain("Addresses the perpetuating factors of the formulation (5 P's).");
    expect(closed).toMatchObject({
      lifecycleStatus: 'cancelled',
      statusReason: 'No longer wanted.',
      expressedBy: { reference: `urn:uuid:${ids.therapist}` },
    });

    const carePlan = ofType(bundle, 'CarePlan')[0] as CarePlan;
    expect(carePlan).toMatchObject({
      status: 'active',
      intent: 'plan',
      subject: { reference: `urn:uuid:${ids.client}` },
      period: { start: '2026-09-10' },
      goal: [{ reference: `urn:uuid:${ids.goal}` }],
    });
    expect(carePlan.activity![0]!.detail).toMatchObject({
      description: 'Phone out of the bedroom at 10:30pm',
      status: 'in-progress',
      scheduledTiming: { repeat: { frequency: 5, period: 1, periodUnit: 'wk' } },
    });

    const provenances = ofType<Provenance>(bundle, 'Provenance');
    const versions = provenances.filter((p) => p.target[0]!.reference === `urn:uuid:${ids.goal}` && !p.signature);
    expect(versions.map((p) => p.entity![0]!.what.display)).toEqual([
      'Sleep better',
      'Go to bed by 11pm on weeknights (measure: Nights in bed by 11pm; target: 4 of 5 weeknights; due 2027-01-31; how often: weeknights)',
    ]);
    expect(versions[1]!.reason).toEqual([{ text: 'Made it countable together.' }]);
    const signatures = provenances.filter((p) => p.signature);
    expect(signatures.map((p) => [p.signature![0]!.who.reference, p.signature![0]!.when])).toEqual([
      [`urn:uuid:${ids.client}`, '2026-09-10T09:00:00.000Z'],
      [`urn:uuid:${ids.therapist}`, '2026-09-10T09:05:00.000Z'],
      [`urn:uuid:${ids.supervisor}`, '2026-09-11T09:00:00.000Z'],
    ]);
    expect(signatures[0]!.entity![0]!.what.identifier!.value).toBe(HASH);
    expect(Buffer.from(signatures[0]!.signature![0]!.data!, 'base64').toString('utf8')).toContain(`sha256:${HASH}`);
  });

  test('the staff copy holds the open flags and supervision; the client copy holds neither, nor the therapist’s ratings', () => {
    const staff = buildRecordBundle(richInput('staff'));
    expect(ofType<Flag>(staff, 'Flag')).toHaveLength(1);
    expect(ofType<Flag>(staff, 'Flag')[0]).toMatchObject({
      status: 'active',
      subject: { reference: `urn:uuid:${ids.client}` },
    });
    expect(JSON.stringify(staff)).toContain('SUPERVISION-ONLY');
    expect(ofType<Observation>(staff, 'Observation').some((o) => o.id === ids.therapistRating)).toBe(true);

    const own = buildRecordBundle(richInput('client'));
    expect(ofType<Flag>(own, 'Flag')).toHaveLength(0);
    const text = JSON.stringify(own);
    expect(text).not.toContain('SUPERVISION-ONLY');
    expect(text).not.toContain('PHQ-9 item 9 answered');
    expect(ofType<Observation>(own, 'Observation').some((o) => o.id === ids.therapistRating)).toBe(false);
  });

  test('ids are stable: the same record gives the same fullUrls', () => {
    const first = buildRecordBundle(richInput()).entry!.map((e) => e.fullUrl);
    const again = buildRecordBundle({ ...richInput(), generatedAt: at('2026-12-08T12:00:00Z') }).entry!.map(
      (e) => e.fullUrl,
    );
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first.every((url) => /^urn:uuid:[0-9a-f-]{36}$/.test(url!))).toBe(true);
  });
});
