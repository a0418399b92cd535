import type { Observation, Practitioner, QuestionnaireResponse, Reference, Resource } from '@medplum/fhirtypes';
import { measureSystem, OWN_CODES, questionnaireUrl } from '../codes';
import { derivedUuid, fullUrl } from '../ids';
import type { ExportCheckIn, ExportGoal, ExportGoalRating } from '../input';
import { type BundleContext, instant, SURVEY } from './context';

/*
 * The client's goal check-ins: a QuestionnaireResponse per check-in (their ratings of each goal),
 * and Observations of each goal rating (the GBO score, and the clarity score when given), from
 * either side.
 */

/** Each check-in's response, then every goal rating's Observations. */
export function checkInResources(ctx: BundleContext): Resource[] {
  const checkInIds = new Set(ctx.input.checkIns.map((checkIn) => checkIn.id));
  return [
    ...ctx.input.checkIns.map((checkIn) => checkInResponse(ctx, checkIn)),
    ...ctx.input.goalRatings.flatMap((rating) => ratingObservations(ctx, rating, checkInIds)),
  ];
}

function checkInResponse(ctx: BundleContext, checkIn: ExportCheckIn): QuestionnaireResponse {
  const { input, refs } = ctx;
  const ratings = input.goalRatings.filter((rating) => rating.checkInId === checkIn.id && rating.side === 'client');
  const items = ratings.map((rating) => ({
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
  }));
  return {
    resourceType: 'QuestionnaireResponse',
    id: checkIn.id,
    questionnaire: questionnaireUrl(input.systemBase, 'goal-check-in'),
    status: 'completed',
    subject: refs.patient,
    authored: instant(checkIn.submittedAt),
    author: refs.patient,
    source: refs.patient,
    ...(items.length > 0 ? { item: items } : {}),
  };
}

function ratingObservations(
  ctx: BundleContext,
  rating: ExportGoalRating,
  checkInIds: ReadonlySet<string>,
): Observation[] {
  const { input, refs } = ctx;
  const derivedFrom =
    rating.checkInId !== null && checkInIds.has(rating.checkInId)
      ? [{ reference: fullUrl(rating.checkInId) }]
      : undefined;
  const performer =
    rating.side === 'client'
      ? [refs.patient]
      : [refs.person(rating.ratedByUserId)].filter(
          (r): r is Reference<Practitioner> => r !== undefined && 'reference' in r,
        );
  const common = {
    resourceType: 'Observation' as const,
    status: 'final' as const,
    category: SURVEY,
    subject: refs.patient,
    focus: [refs.goal(rating.goalId)],
    effectiveDateTime: instant(rating.sessionAt),
    issued: instant(rating.ratedAt),
    ...(performer.length > 0 ? { performer } : {}),
    ...(derivedFrom ? { derivedFrom } : {}),
  };
  const gbo: Observation = {
    ...common,
    id: rating.id,
    code: {
      coding: [{ system: measureSystem(input.systemBase), ...OWN_CODES.gbo }],
      text: rating.side === 'client' ? 'Goal-Based Outcome rating (client)' : 'Goal-Based Outcome rating (therapist)',
    },
    valueInteger: rating.progress,
  };
  if (rating.clarity === null) return [gbo];
  const clarity: Observation = {
    ...common,
    id: derivedUuid('clarity', rating.id),
    code: {
      coding: [{ system: measureSystem(input.systemBase), ...OWN_CODES.clarity }],
      text: 'Goal clarity (client)',
    },
    valueInteger: rating.clarity,
  };
  return [gbo, clarity];
}

/** The client's GBO rating Observations of each goal, in rating order (a Goal's outcomeReference). */
export function clientOutcomesByGoal(ratings: readonly ExportGoalRating[]): Map<string, Reference<Observation>[]> {
  const byGoal = new Map<string, Reference<Observation>[]>();
  for (const rating of ratings)
    if (rating.side === 'client')
      byGoal.set(rating.goalId, [...(byGoal.get(rating.goalId) ?? []), { reference: fullUrl(rating.id) }]);
  return byGoal;
}

function currentWording(goals: readonly ExportGoal[], goalId: string): string | undefined {
  const goal = goals.find((candidate) => candidate.id === goalId);
  return goal?.versions[goal.versions.length - 1]?.wording;
}
