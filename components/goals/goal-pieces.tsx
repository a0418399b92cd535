import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { formatDate, formatDateTime } from '@/components/ui/format';
import type { GoalVersionView, GoalView, PositionView } from '@/lib/data/goals';
import { describeObjective } from '@/lib/domain/goal-form';
import type { Side } from '@/lib/domain/consensus/types';
import {
  CHANGED_FIELD_WORDS,
  FIELD_LABELS,
  fieldText,
  LIFECYCLE_LABELS,
  LIFECYCLE_TONES,
  POSITION_LABELS,
  SIDE_LABELS,
  type Audience,
  type GoalFieldKey,
} from './labels';
import { QualityReport } from './quality-report';
import { WordingDiff } from './wording-diff';

/** Small server-rendered pieces shared by the staff and portal goal pages. */

export function LifecycleBadge({ goal, audience }: { goal: Pick<GoalView, 'lifecycleStatus'>; audience: Audience }) {
  return <Badge tone={LIFECYCLE_TONES[goal.lifecycleStatus]}>{LIFECYCLE_LABELS[audience][goal.lifecycleStatus]}</Badge>;
}

/**
 * Where a goal stands, without saying one thing twice: the lifecycle badge, plus "Not agreed
 * yet" only when the lifecycle does not already say so (an active goal re-worded since). An
 * agreed goal's "Agreed" / "In your plan" already means both agree, so no second badge.
 */
export function GoalStandingBadges({
  goal,
  audience,
}: {
  goal: Pick<GoalView, 'lifecycleStatus' | 'inPlan' | 'agreed'>;
  audience: Audience;
}) {
  const notAgreedToo = goal.inPlan && !goal.agreed && goal.lifecycleStatus !== 'proposed';
  return (
    <>
      <LifecycleBadge goal={goal} audience={audience} />
      {notAgreedToo ? <Badge tone="warn">Not agreed yet</Badge> : null}
    </>
  );
}

/** "Changed by …" / "Version 2, by …": clients are not asked to count versions. */
function versionByline(version: GoalVersionView, audience: Audience, timeZone: string): string {
  const who =
    `${version.authorName ?? SIDE_LABELS[audience][version.authorSide]} ` +
    `(${SIDE_LABELS[audience][version.authorSide].toLowerCase()})`;
  const when = formatDateTime(version.createdAt, timeZone);
  if (audience === 'therapist') return `Version ${version.number}, by ${who}, ${when}`;
  return `${version.number === 1 ? 'First written by' : 'Changed by'} ${who}, ${when}`;
}

function positionWords(goal: GoalView, side: Side, audience: Audience): string {
  const position = goal.positionOnCurrent[side];
  const wroteIt = goal.current.authorSide === side && goal.latestStated[side]?.versionNumber !== goal.current.number;
  if (position === null)
    return audience === 'client' && side === 'client' ? 'Waiting for your answer' : 'Not answered yet';
  if (position === 'agree' && wroteIt) return `${POSITION_LABELS.agree} (wrote this version)`;
  return POSITION_LABELS[position];
}

/** Each side's position on the current wording. */
export function PositionsSummary({ goal, audience }: { goal: GoalView; audience: Audience }) {
  const sides: Side[] = ['client', 'therapist'];
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-2">
      {sides.map((side) => {
        const stated: PositionView | undefined = goal.latestStated[side];
        const commentIsCurrent = stated && stated.versionNumber === goal.current.number && stated.comment;
        return (
          <div key={side} className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="font-medium text-slate-700">{SIDE_LABELS[audience][side]}</dt>
            <dd className="text-slate-900">
              <span className="flex items-center gap-2">
                <span aria-hidden="true">
                  {goal.positionOnCurrent[side] === 'agree' ? '✓' : goal.positionOnCurrent[side] === null ? '…' : '!'}
                </span>
                {positionWords(goal, side, audience)}
              </span>
              {commentIsCurrent ? <span className="mt-1 block text-slate-700">“{stated.comment}”</span> : null}
              {stated?.recordedBy && stated.versionNumber === goal.current.number ? (
                <span className="mt-1 block text-slate-700">Given in session, recorded by {stated.recordedBy}.</span>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

const DETAIL_FIELDS: GoalFieldKey[] = [
  'theme',
  'value',
  'goalType',
  'formulationFactor',
  'reality',
  'options',
  'obstacles',
  'firstStep',
  'confidence',
  'measure',
  'target',
  'dueDate',
  'frequency',
];

/** The fields of one version, as a definition list (empty ones left out). */
export function GoalDetails({ version, audience }: { version: GoalVersionView; audience: Audience }) {
  const fields = DETAIL_FIELDS.filter(
    (field) => !(audience === 'client' && (field === 'goalType' || field === 'formulationFactor')),
  );
  const filled = fields.filter((field) => {
    const value = version.fields[field as keyof GoalVersionView['fields']];
    return value !== null && value !== '';
  });
  return (
    <div className="space-y-4">
      {filled.length > 0 ? (
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          {filled.map((field) => (
            <div key={field}>
              <dt className="font-medium text-slate-600">{FIELD_LABELS[audience][field]}</dt>
              <dd className="whitespace-pre-line text-slate-900">
                {field === 'dueDate'
                  ? formatDate(version.fields.dueDate)
                  : fieldText(field, version.fields[field as keyof GoalVersionView['fields']])}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div>
        <h3 className="text-sm font-medium text-slate-600">{FIELD_LABELS[audience].objectives}</h3>
        {version.objectives.length === 0 ? (
          <p className="text-sm text-slate-700">No steps yet.</p>
        ) : (
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm text-slate-900">
            {version.objectives.map((objective) => (
              <li key={objective.id}>{describeObjective(objective)}</li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

/** Who changed what in a version, with the wording compared word by word. */
export function VersionChange({
  version,
  audience,
  timeZone,
}: {
  version: GoalVersionView;
  audience: Audience;
  timeZone: string;
}) {
  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-700">{versionByline(version, audience, timeZone)}</p>
      {version.previousWording !== null && version.previousWording !== version.fields.wording ? (
        <WordingDiff before={version.previousWording} after={version.fields.wording} />
      ) : (
        <p className="text-slate-900">“{version.fields.wording}”</p>
      )}
      {version.changedFields.length > 0 ? (
        <p className="text-slate-700">
          Changed: {version.changedFields.map((field) => CHANGED_FIELD_WORDS[field]).join(', ')}.
        </p>
      ) : version.number === 1 && audience === 'therapist' ? (
        <p className="text-slate-700">First version.</p>
      ) : null}
      {version.changeNote ? <p className="text-slate-800">Why: “{version.changeNote}”</p> : null}
    </div>
  );
}

/** Every version, newest first, each with its stored quality report on request. */
export function VersionHistory({ goal, audience, timeZone }: { goal: GoalView; audience: Audience; timeZone: string }) {
  return (
    <ol className="space-y-4">
      {goal.versions.map((version) => (
        <li key={version.id} className="border-l-2 border-slate-300 pl-3">
          <VersionChange version={version} audience={audience} timeZone={timeZone} />
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-brand-800">
              {audience === 'client'
                ? 'Tips for this wording'
                : `Goal check stored with version ${version.number} (${version.quality.summary.passed} of 5)`}
            </summary>
            <div className="mt-2">
              <QualityReport
                report={version.quality}
                audience={audience}
                headingLevel={4}
                idPrefix={`quality-v${version.number}`}
              />
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}

/** One goal in a list: its words, status, both positions and the latest change. */
export function GoalListItem({
  goal,
  href,
  audience,
  headingLevel = 3,
}: {
  goal: GoalView;
  href: string;
  audience: Audience;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const changed = goal.current.previousWording !== null && goal.current.previousWording !== goal.current.fields.wording;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="text-base font-semibold text-slate-900">
          <Link href={href}>{goal.current.fields.wording}</Link>
        </Heading>
        <div className="flex flex-wrap gap-1">
          {goal.clientFocus ? (
            <Badge tone="info">{audience === 'client' ? 'Your focus' : 'Client’s focus'}</Badge>
          ) : null}
          <GoalStandingBadges goal={goal} audience={audience} />
        </div>
      </div>
      {audience === 'therapist' ? (
        <p className="mt-1 text-sm text-slate-700">
          Version {goal.current.number} · {goal.current.quality.summary.passed} of 5 checks met
          {goal.current.fields.theme ? ` · ${fieldText('theme', goal.current.fields.theme)}` : ''}
        </p>
      ) : goal.current.fields.theme ? (
        <p className="mt-1 text-sm text-slate-700">About: {fieldText('theme', goal.current.fields.theme)}</p>
      ) : null}
      {changed ? (
        <div className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-sm">
          <p className="font-medium text-slate-700">Latest change:</p>
          <WordingDiff before={goal.current.previousWording!} after={goal.current.fields.wording} />
        </div>
      ) : null}
      {!goal.closed ? (
        <div className="mt-3">
          <PositionsSummary goal={goal} audience={audience} />
        </div>
      ) : null}
    </article>
  );
}
