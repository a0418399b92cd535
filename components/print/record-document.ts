import { LIFECYCLE_LABELS } from '@/components/goals/labels';
import { formatDateTime, formatDay, formatLongDate } from '@/components/ui/format';
import type { ClientRecordCopy, RecordInstrument } from '@/lib/data/client-record';
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
        : record.goals
            .map(
              (goal) => `<h3>${multiline(goal.wording)}</h3>
${facts([['Where it stands', LIFECYCLE_LABELS.client[goal.status]]])}
<p><strong>How it was worded over time</strong></p>
<ol>${goal.versions
                .map(
                  (v) =>
                    `<li>${text(formatDay(v.at, tz))}, written by ${v.writtenBy === 'client' ? 'you' : 'your therapist'}: “${multiline(v.wording)}”${v.changeNote ? ` <span class="note">(why: ${multiline(v.changeNote)})</span>` : ''}</li>`,
                )
                .join('')}</ol>
${
  goal.statusChanges.length === 0
    ? ''
    : `<p><strong>Changes of status</strong></p><ul>${goal.statusChanges.map((s) => `<li>${text(formatDay(s.at, tz))}: ${text(LIFECYCLE_LABELS.client[s.status])}</li>`).join('')}</ul>`
}`,
            )
            .join('')
    }</section>`,
  );

  parts.push(
    `<section class="record-part" aria-labelledby="check-ins-heading"><h2 id="check-ins-heading">Your check-ins</h2>${
      record.checkIns.length === 0
        ? '<p>You have not sent a check-in yet.</p>'
        : `<table><thead><tr><th scope="col">Session</th><th scope="col">Check-in</th><th scope="col">Your goal ratings (0–10)</th><th scope="col">Questionnaire scores</th></tr></thead><tbody>${record.checkIns
            .map(
              (c) =>
                `<tr><td>${text(formatDay(c.sessionAt, tz))}${c.sessionNumber !== null ? ` (session ${text(c.sessionNumber)})` : ''}</td><td>${c.kind === 'before' ? 'Before the session' : 'After the session'}${
                  c.sentAt ? `, sent ${text(formatDateTime(c.sentAt, tz))}` : ''
                }</td><td>${
                  c.ratings.length === 0
                    ? '—'
                    : `<ul>${c.ratings.map((r) => `<li>${text(r.goalWording)}: ${r.progress === null ? 'not rated' : text(r.progress)}${r.clarity !== null ? ` (clarity ${text(r.clarity)} of 5)` : ''}</li>`).join('')}</ul>`
                }</td><td>${c.scores.length === 0 ? '—' : `<ul>${c.scores.map((s) => `<li>${text(INSTRUMENT_WORDS[s.instrument])}: ${text(s.total)}</li>`).join('')}</ul>`}</td></tr>`,
            )
            .join('')}</tbody></table>`
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

export function recordDocumentHtml(record: ClientRecordCopy): string {
  return standaloneDocument(`${RECORD_TITLE}: ${record.client.displayName}`, PRINT_CSS, recordDocumentBody(record));
}
