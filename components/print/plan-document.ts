import { formatDate, formatDateTime, formatLongDate } from '@/components/ui/format';
import type { PrintablePlan, PrintSignature } from '@/lib/data/plan-print';
import { FORMULATION_FACTOR_CLIENT_LABELS, FORMULATION_FACTOR_LABELS, FORMULATION_FACTORS } from '@/lib/domain/themes';
import { facts, multiline, standaloneDocument, text } from './html';
import { PRINT_CSS } from './print-css';

/**
 * The printable care plan as HTML (ADR 0018): the same markup on the print page and in the
 * PDF. Staff copies use the clinical words and number the signed versions; the client's copy
 * uses plain words and leaves out what the portal does not show (goal attainment scales).
 */

const ROLE_WORDS: Record<PrintSignature['role'], string> = {
  client: 'Client',
  therapist: 'Therapist',
  supervisor: 'Supervisor (co-signed)',
};
const GAS_WORDS: Record<number, string> = {
  [-2]: '−2 much less than expected',
  [-1]: '−1 less than expected',
  0: '0 expected outcome',
  1: '+1 more than expected',
  2: '+2 much more than expected',
};

export function planTitle(plan: PrintablePlan): string {
  return plan.audience === 'client' ? 'Your care plan' : `Care plan: ${plan.client.displayName}`;
}

function standingLine(plan: PrintablePlan): string {
  const client = plan.audience === 'client';
  if (plan.version) {
    const when = formatDateTime(plan.version.completedAt, plan.timeZone);
    return client
      ? `Signed by you and your therapist on ${when}.`
      : `Signed version ${plan.version.number}, signed by the client and the therapist on ${when}.`;
  }
  if (plan.signed)
    return client ? 'Signed by you and your therapist.' : 'The current plan, signed by the client and the therapist.';
  return client
    ? 'Not signed by both of you yet: this is your plan as it stands today.'
    : 'Not yet signed by both the client and the therapist: this is the plan as it stands today.';
}

function signatureBlock(signature: PrintSignature, plan: PrintablePlan): string {
  return `<div class="signature"><p><strong>${text(ROLE_WORDS[signature.role])}: ${text(signature.userName)}</strong></p>${facts(
    [
      ['Signed as', signature.typedName],
      ['Signed on', formatDateTime(signature.signedAt, plan.timeZone)],
      [plan.audience === 'client' ? 'Plan fingerprint signed' : 'Plan hash signed', signature.planHash],
    ],
  )}</div>`;
}

export function planDocumentBody(plan: PrintablePlan): string {
  const client = plan.audience === 'client';
  const parts: string[] = [];
  parts.push(`<header class="doc-head">
<p class="org">${text(plan.organizationName)}</p>
<h1>${text(planTitle(plan))}</h1>
${client ? '' : `<p>Client: ${text(plan.client.displayName)}</p>`}
<p class="standing">${text(standingLine(plan))}</p>
${facts([
  ['Review date', plan.nextReviewDate ? formatLongDate(plan.nextReviewDate) : null],
  [client ? 'Plan fingerprint' : 'Plan hash', plan.planHash],
  ['Printed', formatDateTime(plan.printedAt, plan.timeZone)],
])}
</header>`);

  const formulation = plan.formulation;
  if (formulation) {
    const filled = FORMULATION_FACTORS.filter((factor) => formulation[factor]);
    if (filled.length > 0) {
      const labels = client ? FORMULATION_FACTOR_CLIENT_LABELS : FORMULATION_FACTOR_LABELS;
      parts.push(
        '<section class="formulation" aria-labelledby="formulation-heading"><h2 id="formulation-heading">' +
          `${client ? 'How we understand things together' : 'Formulation (5 P’s), as shared with the client'}</h2>${facts(
            filled.map((factor) => [labels[factor], formulation[factor]] as const),
          )}</section>`,
      );
    }
  }

  if (plan.goals.length === 0) {
    parts.push(
      `<section><h2>Goals</h2><p>${client ? 'There are no goals in your plan yet.' : 'There are no goals in this plan yet.'}</p></section>`,
    );
  }
  plan.goals.forEach((goal, index) => {
    const heading = `goal-${index + 1}`;
    const objectives =
      goal.objectives.length === 0
        ? ''
        : `<h3>${client ? 'Steps' : 'Objectives'}</h3><ul>${goal.objectives
            .map(
              (o) =>
                `<li>${text(o.description)}${o.frequency ? ` — ${text(o.frequency)}` : ''}` +
                `${o.durationWeeks ? `, for ${text(o.durationWeeks)} weeks` : ''}</li>`,
            )
            .join('')}</ul>`;
    const agreed =
      goal.agreed.length === 0
        ? ''
        : `<h3>Agreed</h3><ul>${goal.agreed
            .map(
              (a) =>
                `<li>${text(a.name || (a.side === 'client' ? 'The client' : 'The therapist'))} ` +
                `(${a.side === 'client' ? 'client' : 'therapist'}), ${text(formatDateTime(a.at, plan.timeZone))}</li>`,
            )
            .join('')}</ul>`;
    const gas = goal.gas
      ? '<h3>Goal attainment scale</h3>' +
        '<table><thead><tr><th scope="col">Level</th><th scope="col">What it looks like</th></tr></thead>' +
        `<tbody>${[...goal.gas]
          .reverse()
          .map(
            (level) => `<tr><th scope="row">${text(GAS_WORDS[level.level])}</th><td>${multiline(level.text)}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '';
    parts.push(`<section class="goal" aria-labelledby="${heading}">
<h2 id="${heading}">Goal ${index + 1}</h2>
<p class="wording">${multiline(goal.wording)}</p>
${facts([
  [client ? 'Why it matters to you' : 'Value it serves', goal.value],
  [client ? 'How you will know' : 'Measure', goal.measure],
  ['Target', goal.target],
  [
    client ? 'By when' : 'Due date',
    goal.dueDate ? (client ? formatLongDate(goal.dueDate) : formatDate(goal.dueDate)) : null,
  ],
  ['How often', goal.frequency],
  ['First step', goal.firstStep],
])}
${objectives}${agreed}${gas}
</section>`);
  });

  parts.push(
    `<section class="signatures" aria-labelledby="signatures-heading"><h2 id="signatures-heading">Signatures</h2>${
      plan.signatures.length === 0
        ? `<p>${client ? 'Nobody has signed this version of your plan yet.' : 'Nobody has signed this version of the plan yet.'}</p>`
        : plan.signatures.map((s) => signatureBlock(s, plan)).join('')
    }</section>`,
  );

  return `<article class="print-doc">${parts.join('\n')}</article>`;
}

/** The PDF's HTML: the print page's document with its stylesheet inline. */
export function planDocumentHtml(plan: PrintablePlan): string {
  return standaloneDocument(planTitle(plan), PRINT_CSS, planDocumentBody(plan));
}
