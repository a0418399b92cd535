import {
  SMART_CRITERIA,
  SMART_CRITERION_LABELS,
  type Finding,
  type GoalQualityReport,
} from '@/lib/domain/goal-quality';
import { cx } from '@/components/ui/cx';
import { withReadableDates } from '@/components/ui/format';
import type { Audience } from './labels';

/**
 * The goal-quality report in words: the five SMART checks, then the language checks. Each
 * finding names the words (or the missing detail) behind it and a better way to put it. The
 * same component shows the live check while typing and the report stored with a version.
 * Plain markup with no hooks, so it renders on the server and inside the goal form alike.
 */

/** A few findings are written for the clinician ("ask the client…"); clients read them in the first person. */
function findingText(finding: Finding, audience: Audience): { message: string; suggestion?: string } {
  if (audience === 'therapist') return { message: finding.message, suggestion: finding.suggestion };
  switch (finding.code) {
    case 'achievable.no-confidence':
      return { message: 'Say how sure you are (0–10) that you can take the first step.' };
    case 'achievable.low-confidence':
      return {
        message: finding.message.replace(/^The client is/, 'You are').replace('they can', 'you can'),
        suggestion: 'That is useful to know. Could the first step be smaller, so it feels like a 7 or more?',
      };
    case 'relevant.no-value-or-theme':
      return {
        message: 'Say why this goal matters to you, or choose what it is about.',
        suggestion: 'For example “being a patient parent” or “staying close to friends”.',
      };
    default:
      return { message: finding.message, suggestion: finding.suggestion };
  }
}

interface ShownFinding {
  finding: Finding;
  message: string | null;
  suggestion?: string;
}

/**
 * Each finding's sentences in words for `audience`, leaving out any sentence already shown for
 * the same check (its reason, or an earlier finding's suggestion): two missing details of the
 * Measurable check share one suggestion, which is printed once. Pure, so rendering stays pure.
 */
function shownFindings(
  findings: readonly Finding[],
  audience: Audience,
  alreadyShown: readonly string[],
): ShownFinding[] {
  const shown = new Set(alreadyShown);
  return findings.map((finding) => {
    const text = findingText(finding, audience);
    const message = shown.has(text.message) ? null : withReadableDates(text.message);
    shown.add(text.message);
    const suggestion =
      text.suggestion === undefined || shown.has(text.suggestion) ? undefined : withReadableDates(text.suggestion);
    if (text.suggestion !== undefined) shown.add(text.suggestion);
    return { finding, message, suggestion };
  });
}

function FindingItem({ item: { finding, message, suggestion } }: { item: ShownFinding }) {
  return (
    <li className="mt-1">
      {message ? <p>{message}</p> : null}
      {finding.words.length > 0 ? (
        <p className="text-slate-700">
          Words:{' '}
          {finding.words.map((word, index) => (
            <span key={`${word}-${index}`}>
              {index > 0 ? ', ' : null}
              <mark className="rounded bg-amber-100 px-1 text-amber-950">{word}</mark>
            </span>
          ))}
        </p>
      ) : null}
      {suggestion ? <p className="text-slate-700">Try: {suggestion}</p> : null}
    </li>
  );
}

export function QualityReport({
  report,
  audience,
  headingLevel = 3,
  idPrefix = 'quality',
}: {
  report: GoalQualityReport;
  audience: Audience;
  headingLevel?: 2 | 3 | 4;
  idPrefix?: string;
}) {
  const Heading = `h${headingLevel}` as const;
  const language = [...report.framing, ...report.vagueness];
  const { passed, total } = report.summary;
  const clientSummary =
    passed === total
      ? 'it already looks clear and easy to track'
      : `${total - passed} ${total - passed === 1 ? 'idea' : 'ideas'} below`;
  return (
    <section
      aria-labelledby={`${idPrefix}-heading`}
      className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm"
    >
      <Heading id={`${idPrefix}-heading`} className="font-semibold text-slate-900">
        {audience === 'client'
          ? `Tips to make this goal easier to track: ${clientSummary}`
          : `Goal check: ${passed} of ${total} SMART checks met`}
      </Heading>
      <p className="mt-0.5 text-slate-700">
        {audience === 'client'
          ? 'These are suggestions. You can save your goal whatever they say.'
          : 'Suggestions only: they never stop a save.'}
      </p>
      <ul className="mt-3 space-y-2">
        {SMART_CRITERIA.map((criterion) => {
          const check = report.smart[criterion];
          const reason =
            audience === 'client'
              ? check.reason
                  .replace(/^The client is/, 'You are')
                  .replace(
                    /^The client has not yet said how confident they are\./,
                    'You have not said how sure you are yet.',
                  )
              : check.reason;
          return (
            <li
              key={criterion}
              className={cx(
                'rounded-md border bg-white px-3 py-2',
                check.pass ? 'border-emerald-200' : 'border-amber-300',
              )}
            >
              <p>
                <span
                  aria-hidden="true"
                  className={cx('mr-1 font-bold', check.pass ? 'text-emerald-700' : 'text-amber-800')}
                >
                  {check.pass ? '✓' : '○'}
                </span>
                <strong>{SMART_CRITERION_LABELS[criterion]}</strong>
                <span className="sr-only">{check.pass ? ' (met)' : ' (not yet)'}</span>: {withReadableDates(reason)}
              </p>
              {check.findings.length > 0 ? (
                <ul className="text-slate-800">
                  {shownFindings(check.findings, audience, [reason]).map((item, index) => (
                    <FindingItem key={`${item.finding.code}-${index}`} item={item} />
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
      {language.length > 0 ? (
        <div className="mt-3 rounded-md border border-amber-300 bg-white px-3 py-2">
          <p className="font-semibold">Wording</p>
          <ul className="text-slate-800">
            {shownFindings(language, audience, []).map((item, index) => (
              <FindingItem key={`${item.finding.code}-${index}`} item={item} />
            ))}
          </ul>
        </div>
      ) : report.smart.specific.findings.some((finding) => finding.code === 'specific.empty') ? null : (
        <p className="mt-3 text-slate-700">
          <span aria-hidden="true" className="mr-1 font-bold text-emerald-700">
            ✓
          </span>
          The wording says what {audience === 'client' ? 'you' : 'the client'} will do, in words that can be tracked.
        </p>
      )}
    </section>
  );
}
