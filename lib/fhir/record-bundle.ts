import type {
  Annotation,
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CodeableConcept,
  Flag,
  Goal,
  GoalTarget,
  Observation,
  ObservationComponent,
  Organization,
  Patient,
  Practitioner,
  Provenance,
  ProvenanceAgent,
  ProvenanceEntity,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  Resource,
  Timing,
} from '@medplum/fhirtypes';
import { calendarDateIn, toIsoDate } from '@/lib/time/local-date';
import { GAD7_ITEMS, ORS_ITEM_LABELS, PHQ9_ITEMS, SRS_ITEM_LABELS } from '@/lib/domain/scoring';
import { FORMULATION_FACTOR_LABELS, isThemeId, themeLabel } from '@/lib/domain/themes';
import {
  clientIdentifierSystem,
  DATA_OPERATION,
  FLAG_CATEGORY,
  flagKindSystem,
  FREQUENCY_ANSWERS,
  GAD7,
  GOAL_ACHIEVEMENT,
  goalVersionSystem,
  LOINC,
  measureSystem,
  OBSERVATION_CATEGORY,
  organizationIdentifierSystem,
  OWN_CODES,
  PHQ9,
  planHashSystem,
  PROVENANCE_PARTICIPANT,
  questionnaireUrl,
  SIGNATURE_TYPE,
  staffIdentifierSystem,
  UCUM,
} from './codes';
import { derivedUuid, fullUrl } from './ids';
import type {
  ExportGoal,
  ExportGoalRating,
  ExportGoalVersion,
  ExportMeasure,
  ExportSignature,
  RecordExportInput,
} from './input';
import { unresolvedReferences } from './references';

/*
 * One client's record as a FHIR R4 Bundle of type `collection` (ADR 0017). Pure: plain data in,
 * a Bundle out, no I/O and no clock (the time of the export is passed in). Every reference
 * points at an entry of the same Bundle (urn:uuid fullUrls made from record ids), checked before
 * the Bundle is returned.
 */

const SURVEY: CodeableConcept[] = [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }];

const instant = (value: Date) => value.toISOString();

const PERIOD_UNIT = { day: 'd', week: 'wk', month: 'mo' } as const;

/** What the builder leaves out of a client's own copy whatever it is given (the data layer already does). */
function forCopy(input: RecordExportInput): RecordExportInput {
  if (input.copy === 'staff') return input;
  return {
    ...input,
    flags: [],
    goals: input.goals.map((goal) => ({ ...goal, comments: [] })),
    goalRatings: input.goalRatings.filter((rating) => rating.side === 'client'),
  };
}

export function buildRecordBundle(raw: RecordExportInput): Bundle {
  const input = forCopy(raw);
  const { client, systemBase } = input;
  const dateOf = (value: Date) => toIsoDate(calendarDateIn(value, input.timeZone));
  const peopleById = new Map(input.people.map((person) => [person.id, person]));
  const practitionersUsed = new Set<string>();

  const patientRef: Reference<Patient> = { reference: fullUrl(client.id), display: client.displayName };
  const organizationRef: Reference<Organization> = {
    reference: fullUrl(input.organization.id),
    display: input.organization.name,
  };
  const carePlanId = derivedUuid('care-plan', client.id);
  const carePlanRef: Reference<CarePlan> = { reference: fullUrl(carePlanId) };
  const goalRef = (goalId: string): Reference<Goal> => ({ reference: fullUrl(goalId) });

  /** A person named by a row: the client's own account is the Patient; staff are Practitioners. */
  const personRef = (userId: string | null, display?: string): Reference<Patient | Practitioner> | undefined => {
    if (userId === null) return undefined;
    if (client.portalUserId !== null && userId === client.portalUserId)
      return { ...patientRef, ...(display ? { display } : {}) };
    const person = peopleById.get(userId);
    if (!person || person.role === 'client') return display ? { display } : undefined;
    practitionersUsed.add(userId);
    return { reference: fullUrl(userId), display: display ?? person.name };
  };
  const sideRef = (side: 'client' | 'therapist', userId: string | null) =>
    side === 'client' && (userId === null || userId === client.portalUserId) ? patientRef : personRef(userId);

  const entries: BundleEntry[] = [];
  const add = (resource: Resource & { id?: string }) => entries.push({ fullUrl: fullUrl(resource.id!), resource });

  // --- Observations and questionnaires first (goals point at the GBO observations) -----------
  const checkInIds = new Set(input.checkIns.map((checkIn) => checkIn.id));
  const evidence: Resource[] = [];
  const gboByGoal = new Map<string, Reference<Observation>[]>();

  for (const measure of input.measures) evidence.push(...measureResources(measure));

  for (const checkIn of input.checkIns) {
    const ratings = input.goalRatings.filter((rating) => rating.checkInId === checkIn.id && rating.side === 'client');
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      id: checkIn.id,
      questionnaire: questionnaireUrl(systemBase, 'goal-check-in'),
      status: 'completed',
      subject: patientRef,
      authored: instant(checkIn.submittedAt),
      author: patientRef,
      source: patientRef,
      item: ratings.map((rating) => ({
        linkId: `goal-${rating.goalId}`,
        text: currentWording(input.goals, rating.goalId),
        item: [
          {
            linkId: `goal-${rating.goalId}-progress`,
            text: 'How far is this goal met? (0 not at all, 10 fully)',
            answer: [{ valueInteger: rating.progress }],
          },
          ...(rating.clarity === null
            ? []
            : [
                {
                  linkId: `goal-${rating.goalId}-clarity`,
                  text: 'How clear is this goal to you? (1–5)',
                  answer: [{ valueInteger: rating.clarity }],
                },
              ]),
        ],
      })),
    };
    if (response.item!.length === 0) delete response.item;
    evidence.push(response);
  }

  for (const rating of input.goalRatings) evidence.push(...ratingObservations(rating));

  function ratingObservations(rating: ExportGoalRating): Observation[] {
    const derivedFrom =
      rating.checkInId !== null && checkInIds.has(rating.checkInId)
        ? [{ reference: fullUrl(rating.checkInId) }]
        : undefined;
    const performer =
      rating.side === 'client'
        ? [patientRef]
        : [personRef(rating.ratedByUserId)].filter(
            (r): r is Reference<Practitioner> => r !== undefined && 'reference' in r,
          );
    const common = {
      resourceType: 'Observation' as const,
      status: 'final' as const,
      category: SURVEY,
      subject: patientRef,
      focus: [goalRef(rating.goalId)],
      effectiveDateTime: instant(rating.sessionAt),
      issued: instant(rating.ratedAt),
      ...(performer.length > 0 ? { performer } : {}),
      ...(derivedFrom ? { derivedFrom } : {}),
    };
    const gbo: Observation = {
      ...common,
      id: rating.id,
      code: {
        coding: [{ system: measureSystem(systemBase), ...OWN_CODES.gbo }],
        text: rating.side === 'client' ? 'Goal-Based Outcome rating (client)' : 'Goal-Based Outcome rating (therapist)',
      },
      valueInteger: rating.progress,
    };
    if (rating.side === 'client')
      gboByGoal.set(rating.goalId, [...(gboByGoal.get(rating.goalId) ?? []), { reference: fullUrl(rating.id) }]);
    if (rating.clarity === null) return [gbo];
    const clarity: Observation = {
      ...common,
      id: derivedUuid('clarity', rating.id),
      code: { coding: [{ system: measureSystem(systemBase), ...OWN_CODES.clarity }], text: 'Goal clarity (client)' },
      valueInteger: rating.clarity,
    };
    return [gbo, clarity];
  }

  function measureResources(measure: ExportMeasure): Resource[] {
    const authored = measure.submittedAt ?? measure.sessionAt;
    const base = { subject: patientRef, author: patientRef, source: patientRef, authored: instant(authored) };
    const responseRef = { reference: fullUrl(measure.id) };
    const effective = { effectiveDateTime: instant(measure.sessionAt), issued: instant(authored) };
    if (measure.instrument === 'phq9' || measure.instrument === 'gad7') {
      const spec = measure.instrument === 'phq9' ? PHQ9 : GAD7;
      const texts = measure.instrument === 'phq9' ? PHQ9_ITEMS : GAD7_ITEMS;
      const items: QuestionnaireResponseItem[] = spec.items.map((code, index) => {
        const answer = measure.answers[index];
        const option = answer === null || answer === undefined ? undefined : FREQUENCY_ANSWERS[answer];
        return {
          linkId: code,
          text: texts[index]?.text,
          ...(option
            ? { answer: [{ valueCoding: { system: LOINC, code: option.code, display: option.display } }] }
            : {}),
        };
      });
      const response: QuestionnaireResponse = {
        resourceType: 'QuestionnaireResponse',
        id: measure.id,
        questionnaire: spec.questionnaire,
        status: 'completed',
        ...base,
        item: items,
      };
      const components: ObservationComponent[] = spec.items.flatMap((code, index) => {
        const answer = measure.answers[index];
        const option = answer === null || answer === undefined ? undefined : FREQUENCY_ANSWERS[answer];
        return option
          ? [
              {
                code: { coding: [{ system: LOINC, code }], text: texts[index]?.text },
                valueCodeableConcept: { coding: [{ system: LOINC, code: option.code, display: option.display }] },
              },
            ]
          : [];
      });
      const totalId = derivedUuid('total', measure.id);
      const total: Observation | null =
        measure.total === null
          ? null
          : {
              resourceType: 'Observation',
              id: totalId,
              status: 'final',
              category: SURVEY,
              code: {
                coding: [{ system: LOINC, ...spec.total }],
                text: `${measure.instrument === 'phq9' ? 'PHQ-9' : 'GAD-7'} total score`,
              },
              subject: patientRef,
              ...effective,
              performer: [patientRef],
              valueInteger: measure.total,
              derivedFrom: [responseRef],
            };
      const panel: Observation = {
        resourceType: 'Observation',
        id: derivedUuid('panel', measure.id),
        status: total ? 'final' : 'preliminary',
        category: SURVEY,
        code: { coding: [{ system: LOINC, ...spec.panel }], text: measure.instrument === 'phq9' ? 'PHQ-9' : 'GAD-7' },
        subject: patientRef,
        ...effective,
        performer: [patientRef],
        derivedFrom: [responseRef],
        ...(total ? { hasMember: [{ reference: fullUrl(totalId) }] } : {}),
        ...(components.length > 0 ? { component: components } : {}),
      };
      return total ? [response, panel, total] : [response, panel];
    }
    const labels = measure.instrument === 'ors' ? ORS_ITEM_LABELS : SRS_ITEM_LABELS;
    const response: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      id: measure.id,
      questionnaire: questionnaireUrl(systemBase, measure.instrument),
      status: 'completed',
      ...base,
      item: labels.map((label, index) => {
        const answer = measure.answers[index];
        return {
          linkId: label.key,
          text: label.label,
          ...(answer === null || answer === undefined ? {} : { answer: [{ valueDecimal: answer }] }),
        };
      }),
    };
    if (measure.total === null) return [response];
    const code = measure.instrument === 'ors' ? OWN_CODES.ors : OWN_CODES.srs;
    const total: Observation = {
      resourceType: 'Observation',
      id: derivedUuid('total', measure.id),
      status: 'final',
      category: SURVEY,
      code: { coding: [{ system: measureSystem(systemBase), ...code }], text: code.display },
      subject: patientRef,
      ...effective,
      performer: [patientRef],
      valueQuantity: { value: measure.total, unit: 'score', system: UCUM, code: '{score}' },
      derivedFrom: [responseRef],
    };
    return [response, total];
  }

  // --- Goals, their versions, the plan and its signatures ------------------------------------
  const goalResources = input.goals.map((goal) => goalResource(goal));

  function goalResource(goal: ExportGoal): Goal {
    const current = goal.versions[goal.versions.length - 1]!;
    const notes: Annotation[] = [];
    if (current.value) notes.push({ text: `What it is for: ${current.value}` });
    if (current.frequency) notes.push({ text: `How often: ${current.frequency}` });
    if (current.formulationFactor)
      notes.push({
        text: `Addresses the ${FORMULATION_FACTOR_LABELS[current.formulationFactor].toLowerCase()} of the formulation (5 P's).`,
      });
    for (const comment of goal.comments) {
      const author = personRef(comment.authorUserId);
      notes.push({
        text: `Supervisor comment: ${comment.body}`,
        time: instant(comment.createdAt),
        ...(author && 'reference' in author ? { authorReference: author } : {}),
      });
    }
    const target = goalTarget(current);
    const expressedBy = sideRef(goal.createdBySide, goal.createdByUserId);
    const outcomes = gboByGoal.get(goal.id);
    return {
      resourceType: 'Goal',
      id: goal.id,
      lifecycleStatus: goal.lifecycleStatus,
      ...(goal.achievementStatus
        ? { achievementStatus: { coding: [{ system: GOAL_ACHIEVEMENT, code: goal.achievementStatus }] } }
        : {}),
      ...(current.theme
        ? { category: [{ text: isThemeId(current.theme) ? themeLabel(current.theme) : current.theme }] }
        : {}),
      description: { text: current.wording },
      subject: patientRef,
      startDate: dateOf(goal.firstAgreedAt ?? goal.createdAt),
      ...(target ? { target: [target] } : {}),
      ...(goal.lastStatusChange
        ? { statusDate: dateOf(goal.lastStatusChange.at), statusReason: goal.lastStatusChange.reason }
        : {}),
      ...(expressedBy && 'reference' in expressedBy ? { expressedBy: expressedBy } : {}),
      ...(notes.length > 0 ? { note: notes } : {}),
      ...(outcomes ? { outcomeReference: outcomes } : {}),
    };
  }

  function goalTarget(version: ExportGoalVersion): GoalTarget | null {
    if (!version.measure && !version.target && !version.dueDate) return null;
    return {
      // A detail needs a measure (invariant gol-1): a target without one is measured as worded.
      ...(version.measure || version.target ? { measure: { text: version.measure ?? 'As the goal is worded' } } : {}),
      ...(version.target ? { detailString: version.target } : {}),
      ...(version.dueDate ? { dueDate: version.dueDate } : {}),
    };
  }

  const versionProvenances: Provenance[] = input.goals.flatMap((goal) =>
    goal.versions.map((version): Provenance => {
      const author = sideRef(version.authorSide, version.authorUserId);
      const agents: ProvenanceAgent[] = [];
      if (author && 'reference' in author) agents.push({ type: participant('author', 'Author'), who: author });
      for (const agreement of version.agreements) {
        const who = sideRef(agreement.side, agreement.userId);
        if (
          !who ||
          !('reference' in who) ||
          (agreement.side === version.authorSide && agreement.userId === version.authorUserId)
        )
          continue;
        agents.push({ type: participant('attester', 'Attester'), who: who });
      }
      // An author with no account left (e.g. a seeded row) still needs an agent: the organisation kept the record.
      if (agents.length === 0) agents.push({ type: participant('custodian', 'Custodian'), who: organizationRef });
      const entity: ProvenanceEntity = {
        role: version.number === 1 ? 'source' : 'revision',
        what: {
          identifier: { system: goalVersionSystem(systemBase), value: version.id },
          display: versionDisplay(version),
        },
      };
      return {
        resourceType: 'Provenance',
        id: version.id,
        target: [{ ...goalRef(goal.id), display: `Goal version ${version.number}` }],
        occurredDateTime: instant(version.createdAt),
        recorded: instant(version.createdAt),
        activity: {
          coding: [
            {
              system: DATA_OPERATION,
              code: version.number === 1 ? 'CREATE' : 'UPDATE',
              display: version.number === 1 ? 'create' : 'revise',
            },
          ],
          text: `Goal version ${version.number}`,
        },
        ...(version.changeNote ? { reason: [{ text: version.changeNote }] } : {}),
        agent: agents,
        entity: [entity],
      };
    }),
  );

  const signatureProvenances = input.signatures.map((signature) => signatureProvenance(signature));

  function signatureProvenance(signature: ExportSignature): Provenance {
    const who = personRef(signature.userId, signature.typedName) ?? { display: signature.typedName };
    const isPerson = 'reference' in who;
    const signerType =
      signature.role === 'client'
        ? { code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' }
        : signature.role === 'therapist'
          ? { code: '1.2.840.10065.1.12.1.1', display: "Author's Signature" }
          : { code: '1.2.840.10065.1.12.1.5', display: 'Verification Signature' };
    const whoRef = (isPerson ? who : organizationRef) as Provenance['agent'][number]['who'];
    return {
      resourceType: 'Provenance',
      id: signature.id,
      target: [
        carePlanRef,
        ...signature.goalVersions
          .filter((pair) => input.goals.some((goal) => goal.id === pair.goalId))
          .map((pair) => goalRef(pair.goalId)),
      ],
      occurredDateTime: instant(signature.signedAt),
      recorded: instant(signature.signedAt),
      activity: {
        text:
          signature.role === 'supervisor' ? 'Plan co-signed by the supervisor' : `Plan signed by the ${signature.role}`,
      },
      agent: [
        {
          type: participant(
            signature.role === 'supervisor' ? 'verifier' : 'attester',
            signature.role === 'supervisor' ? 'Verifier' : 'Attester',
          ),
          who: whoRef,
        },
      ],
      entity: [
        {
          role: 'source',
          what: {
            identifier: { system: planHashSystem(systemBase), value: signature.planHash },
            display: `Plan version (SHA-256 of its ${signature.goalVersions.length} goal versions)`,
          },
        },
        ...signature.goalVersions.map((pair): ProvenanceEntity => ({
          role: 'source',
          what: { identifier: { system: goalVersionSystem(systemBase), value: pair.versionId } },
        })),
      ],
      signature: [
        {
          type: [{ system: SIGNATURE_TYPE, ...signerType }],
          when: instant(signature.signedAt),
          who: whoRef,
          sigFormat: 'text/plain',
          data: Buffer.from(`${signature.typedName}\nsha256:${signature.planHash}`, 'utf8').toString('base64'),
        },
      ],
    };
  }

  const plan = input.carePlan;
  const planGoals = input.goals.filter((goal) => plan.goalIds.includes(goal.id));
  const activities: CarePlanActivity[] = planGoals.flatMap((goal) =>
    goal.objectives.map((objective): CarePlanActivity => {
      const timing: Timing | undefined =
        objective.timesPerPeriod !== null && objective.period !== null
          ? {
              repeat: {
                frequency: objective.timesPerPeriod,
                period: 1,
                periodUnit: PERIOD_UNIT[objective.period],
                ...(objective.durationWeeks !== null
                  ? { boundsDuration: { value: objective.durationWeeks, unit: 'weeks', system: UCUM, code: 'wk' } }
                  : {}),
              },
            }
          : undefined;
      return {
        detail: {
          status: goal.lifecycleStatus === 'active' ? 'in-progress' : 'not-started',
          description: objective.description,
          goal: [goalRef(goal.id)],
          ...(timing ? { scheduledTiming: timing } : {}),
        },
      };
    }),
  );
  const clinician = personRef(client.clinicianId);
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    id: carePlanId,
    status: plan.status,
    intent: 'plan',
    title: 'Care plan',
    subject: patientRef,
    period: { start: plan.periodStart },
    ...(clinician && 'reference' in clinician ? { author: clinician } : {}),
    contributor: [patientRef, ...(clinician && 'reference' in clinician ? [clinician as Reference<Practitioner>] : [])],
    ...(planGoals.length > 0 ? { goal: planGoals.map((goal) => goalRef(goal.id)) } : {}),
    ...(activities.length > 0 ? { activity: activities } : {}),
    ...(plan.nextReviewDate ? { note: [{ text: `Next review by ${plan.nextReviewDate}.` }] } : {}),
  };

  const flags: Flag[] = input.flags.map((flag) => ({
    resourceType: 'Flag',
    id: flag.id,
    status: 'active',
    category: [{ coding: [{ system: FLAG_CATEGORY, code: 'clinical', display: 'Clinical' }] }],
    code: {
      coding: [
        {
          system: flagKindSystem(systemBase),
          code: flag.kind,
          display: flag.kind === 'risk' ? 'Risk' : 'Not on track',
        },
      ],
      text: flag.reason,
    },
    subject: patientRef,
    period: { start: instant(flag.raisedAt) },
  }));

  // --- Who and where -------------------------------------------------------------------------
  const patient: Patient = {
    resourceType: 'Patient',
    id: client.id,
    identifier: [{ system: clientIdentifierSystem(systemBase), value: client.id }],
    active: client.status === 'active',
    name: [{ text: client.displayName }],
    ...(client.dateOfBirth ? { birthDate: client.dateOfBirth } : {}),
    ...(clinician && 'reference' in clinician ? { generalPractitioner: [clinician as Reference<Practitioner>] } : {}),
    managingOrganization: organizationRef,
  };
  const organization: Organization = {
    resourceType: 'Organization',
    id: input.organization.id,
    identifier: [{ system: organizationIdentifierSystem(systemBase), value: input.organization.id }],
    active: true,
    name: input.organization.name,
  };
  const practitioners: Practitioner[] = [...practitionersUsed].sort().map((id) => ({
    resourceType: 'Practitioner',
    id,
    identifier: [{ system: staffIdentifierSystem(systemBase), value: id }],
    name: [{ text: peopleById.get(id)!.name }],
  }));

  for (const resource of [
    patient,
    organization,
    ...practitioners,
    carePlan,
    ...goalResources,
    ...versionProvenances,
    ...signatureProvenances,
    ...evidence,
    ...flags,
  ])
    add(resource);

  const bundle: Bundle = {
    resourceType: 'Bundle',
    id: derivedUuid('bundle', client.id, input.copy, instant(input.generatedAt)),
    type: 'collection',
    timestamp: instant(input.generatedAt),
    entry: entries,
  };
  const unresolved = unresolvedReferences(bundle);
  if (unresolved.length > 0)
    throw new Error(`FHIR export: references outside the Bundle: ${unresolved.slice(0, 3).join(', ')}`);
  return bundle;
}

function participant(code: string, display: string): CodeableConcept {
  return { coding: [{ system: PROVENANCE_PARTICIPANT, code, display }] };
}

function currentWording(goals: readonly ExportGoal[], goalId: string): string | undefined {
  const goal = goals.find((candidate) => candidate.id === goalId);
  return goal?.versions[goal.versions.length - 1]?.wording;
}

/** The version's wording and the fields a reader needs to see what changed. */
function versionDisplay(version: ExportGoalVersion): string {
  const details = [
    version.measure ? `measure: ${version.measure}` : null,
    version.target ? `target: ${version.target}` : null,
    version.dueDate ? `due ${version.dueDate}` : null,
    version.frequency ? `how often: ${version.frequency}` : null,
  ].filter((part): part is string => part !== null);
  return details.length > 0 ? `${version.wording} (${details.join('; ')})` : version.wording;
}
