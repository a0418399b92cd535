import { LIFECYCLE_LABELS } from '@/components/goals/labels';
import { formatDateTime, formatDay, formatLongDate } from '@/components/ui/format';
import type {
  ClientRecordCopy,
  RecordCheckIn,
  RecordGoal,
  RecordGoalVersion,
  RecordInstrument,
} from '@/lib/data/client-record';
import { facts, multiline, standaloneDocument, text } from './html';
import { PRINT_CSS } from './print-css';

/** The client's own copy of their record as HTML, for the PDF (ADR 0018). Plain words throughout. */

const INSTRUMENT_WORDS: Record<RecordInstrument, string> = {
  phq9: 'PHQ-9 (mood)',
  gad7: 'GAD-7 (anxiety)',
  ors: 'ORS (how things have been)',
  srs: 'SRS (how the session went)',
};

/** What the copy leaves out: said in the PDF and on the portal page. */
export const NOT_IN_YOUR_COPY = [
  'Flags the app raises for your therapist (for example about risk or progress), and the notes written when they are looked at.',
  'Your therapist’s private notes about sessions.',
  'Your therapist’s own ratings of your goals and their goal attainment scales.',
  'Supervisors’ comments, and your therapist’s working notes on the formulation.',
] as const;

export const RECORD_TITLE = 'My record';

export function recordDocumentBody(record: ClientRecordCopy): string {
  const tz = record.timeZone;
  const parts: string[] = [];
  parts.push(`<header class="doc-head">
<p class="org">${text(record.organizationName)}</p>
<h1>${text(RECORD_TITLE)}: ${text(record.client.displayName)}</h1>
<p>Your goals, your check-ins and the plans you signed, as of ${text(formatDateTime(record.createdAt, tz))}.</p>
<h2>Not in this copy</h2>
<ul>${NOT_IN_YOUR_COPY.map((line) => `<li>${text(line)}</li>`).join('')}</ul>
<p class="note">You can ask your therapist or the clinic for anything else they keep about you.</p>
</header>`);

  parts.push(
    `<section class="record-part" aria-labelledby="goals-heading"><h2 id="goals-heading">Your goals</h2>${
      record.goals.length === 0
        ? '<p>You have no goals yet.</p>'
        : record.goals.map((goal) => goalHistory(goal, tz)).join('')
    }</section>`,
  );

  parts.push(
    `<section class="record-part" aria-labelledby="check-ins-heading"><h2 id="check-ins-heading">Your check-ins</h2>${
      record.checkIns.length === 0
        ? '<p>You have not sent a check-in yet.</p>'
        : `${CHECK_IN_TABLE_HEAD}${record.checkIns.map((checkIn) => checkInRow(checkIn, tz)).join('')}</tbody></table>`
    }</section>`,
  );

  parts.push(
    `<section class="record-part" aria-labelledby="plans-heading"><h2 id="plans-heading">Plans you signed</h2>${
      record.signedPlans.length === 0
        ? '<p>You and your therapist have not both signed a plan yet.</p>'
        : [...record.signedPlans]
            .reverse()
            .map(
              (p) => `<h3>Plan signed on ${text(formatDay(p.completedAt, tz))}</h3>
<ul>${p.goals.map((g) => `<li>${multiline(g)}</li>`).join('')}</ul>
${facts([
  ...p.signatures.map(
    (s) =>
      [
        s.role === 'client'
          ? 'You signed'
          : s.role === 'therapist'
            ? 'Your therapist signed'
            : 'Co-signed by a supervisor',
        `${s.typedName}, ${formatDateTime(s.signedAt, tz)}`,
      ] as const,
  ),
  ['Review date', p.nextReviewDate ? formatLongDate(p.nextReviewDate) : null],
  ['Plan fingerprint', p.planHash],
])}`,
            )
            .join('')
    }</section>`,
  );

  return `<article class="print-doc">${parts.join('\n')}</article>`;
}

/** One goal: its wording, where it stands, each version with who wrote it, and its changes of status. */
export function goalHistory(goal: RecordGoal, tz: string): string {
  return `<h3>${multiline(goal.wording)}</h3>
${facts([['Where it stands', LIFECYCLE_LABELS.client[goal.status]]])}
<p><strong>How it was worded over time</strong></p>
<ol>${goal.versions.map((version) => versionItem(version, tz)).join('')}</ol>
${statusChanges(goal.statusChanges, tz)}`;
}

function versionItem(version: RecordGoalVersion, tz: string): string {
  const author = version.writtenBy === 'client' ? 'you' : 'your therapist';
  const why = version.changeNote ? ` <span class="note">(why: ${multiline(version.changeNote)})</span>` : '';
  return `<li>${text(formatDay(version.at, tz))}, written by ${author}: “${multiline(version.wording)}”${why}</li>`;
}

function statusChanges(changes: RecordGoal['statusChanges'], tz: string): string {
  if (changes.length === 0) return '';
  const items = changes.map((s) => `<li>${text(formatDay(s.at, tz))}: ${text(LIFECYCLE_LABELS.client[s.status])}</li>`);
  return `<p><strong>Changes of status</strong></p><ul>${items.join('')}</ul>`;
}

const CHECK_IN_TABLE_HEAD =
  '<table><thead><tr><th scope="col">Session</th><th scope="col">Check-in</th>' +
  '<th scope="col">Your goal ratings (0–10)</th><th scope="col">Questionnaire scores</th></tr></thead><tbody>';

/** One check-in as a table row: the session, when it was sent, the client's goal ratings and questionnaire totals. */
export function checkInRow(checkIn: RecordCheckIn, tz: string): string {
  const session = `${text(formatDay(checkIn.sessionAt, tz))}${
    checkIn.sessionNumber !== null ? ` (session ${text(checkIn.sessionNumber)})` : ''
  }`;
  const kind = checkIn.kind === 'before' ? 'Before the session' : 'After the session';
  const sent = checkIn.sentAt ? `, sent ${text(formatDateTime(checkIn.sentAt, tz))}` : '';
  const ratings = listOrDash(checkIn.ratings.map(ratingText));
  const scores = listOrDash(checkIn.scores.map((s) => `${text(INSTRUMENT_WORDS[s.instrument])}: ${text(s.total)}`));
  return `<tr><td>${session}</td><td>${kind}${sent}</td><td>${ratings}</td><td>${scores}</td></tr>`;
}

function ratingText(rating: RecordCheckIn['ratings'][number]): string {
  const progress = rating.progress === null ? 'not rated' : text(rating.progress);
  const clarity = rating.clarity !== null ? ` (clarity ${text(rating.clarity)} of 5)` : '';
  return `${text(rating.goalWording)}: ${progress}${clarity}`;
}

/** Items as a list, or a dash when there are none. */
function listOrDash(items: string[]): string {
  return items.length === 0 ? '—' : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

export function recordDocumentHtml(record: ClientRecordCopy): string {
  return standaloneDocument(`${RECORD_TITLE}: ${record.client.displayName}`, PRINT_CSS, recordDocumentBody(record));
}
