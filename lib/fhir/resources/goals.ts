import type {
  Annotation,
  Goal,
  GoalTarget,
  Observation,
  Provenance,
  ProvenanceAgent,
  ProvenanceEntity,
  Reference,
} from '@medplum/fhirtypes';
import { calendarDateIn, toIsoDate } from '@/lib/time/local-date';
import { FORMULATION_FACTOR_LABELS, isThemeId, themeLabel } from '@/lib/domain/themes';
import { DATA_OPERATION, GOAL_ACHIEVEMENT, goalVersionSystem } from '../codes';
import type { ExportGoal, ExportGoalVersion } from '../input';
import { type BundleContext, instant, participant } from './context';

/*
 * A Goal per goal, as its current version says, and a Provenance per version: who wrote it, who
 * agreed to it, and what changed.
 */

export function goalResource(
  ctx: BundleContext,
  goal: ExportGoal,
  outcomes: Reference<Observation>[] | undefined,
): Goal {
  const { input, refs } = ctx;
  const dateOf = (value: Date) => toIsoDate(calendarDateIn(value, input.timeZone));
  const current = goal.versions[goal.versions.length - 1]!;
  const notes = goalNotes(ctx, goal, current);
  const target = goalTarget(current);
  const expressedBy = refs.side(goal.createdBySide, goal.createdByUserId);
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
    subject: refs.patient,
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

/** What the current version says beyond its wording, then the supervisors' comments (staff copy only). */
function goalNotes(ctx: BundleContext, goal: ExportGoal, current: ExportGoalVersion): Annotation[] {
  const notes: Annotation[] = [];
  if (current.value) notes.push({ text: `What it is for: ${current.value}` });
  if (current.frequency) notes.push({ text: `How often: ${current.frequency}` });
  if (current.formulationFactor)
    notes.push({
      text: `Addresses the ${FORMULATION_FACTOR_LABELS[current.formulationFactor].toLowerCase()} of the formulation (5 P's).`,
    });
  for (const comment of goal.comments) {
    const author = ctx.refs.person(comment.authorUserId);
    notes.push({
      text: `Supervisor comment: ${comment.body}`,
      time: instant(comment.createdAt),
      ...(author && 'reference' in author ? { authorReference: author } : {}),
    });
  }
  return notes;
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

export function versionProvenance(ctx: BundleContext, goal: ExportGoal, version: ExportGoalVersion): Provenance {
  const entity: ProvenanceEntity = {
    role: version.number === 1 ? 'source' : 'revision',
    what: {
      identifier: { system: goalVersionSystem(ctx.input.systemBase), value: version.id },
      display: versionDisplay(version),
    },
  };
  return {
    resourceType: 'Provenance',
    id: version.id,
    target: [{ ...ctx.refs.goal(goal.id), display: `Goal version ${version.number}` }],
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
    agent: versionAgents(ctx, version),
    entity: [entity],
  };
}

/** The version's author, then everyone else who agreed to it. */
function versionAgents(ctx: BundleContext, version: ExportGoalVersion): ProvenanceAgent[] {
  const { refs } = ctx;
  const author = refs.side(version.authorSide, version.authorUserId);
  const agents: ProvenanceAgent[] = [];
  if (author && 'reference' in author) agents.push({ type: participant('author', 'Author'), who: author });
  for (const agreement of version.agreements) {
    const who = refs.side(agreement.side, agreement.userId);
    if (
      !who ||
      !('reference' in who) ||
      (agreement.side === version.authorSide && agreement.userId === version.authorUserId)
    )
      continue;
    agents.push({ type: participant('attester', 'Attester'), who: who });
  }
  // An author with no account left (e.g. a seeded row) still needs an agent: the organisation kept the record.
  if (agents.length === 0) agents.push({ type: participant('custodian', 'Custodian'), who: refs.organization });
  return agents;
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
