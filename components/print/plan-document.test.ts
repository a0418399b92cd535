import { describe, expect, it } from 'vitest';
import type { PrintablePlan } from '@/lib/data/plan-print';
import { planDocumentBody, planDocumentHtml } from './plan-document';

const plan = (overrides: Partial<PrintablePlan> = {}): PrintablePlan => ({
  audience: 'staff',
  client: { id: 'c1', displayName: 'Alex <Doe>' },
  organizationName: 'Riverside & Co',
  timeZone: 'Europe/London',
  version: { id: 'v1', number: 1, completedAt: '2026-03-02T10:00:00.000Z' },
  signed: true,
  planHash: 'a'.repeat(64),
  nextReviewDate: '2026-05-31',
  formulation: null,
  goals: [
    {
      id: 'g1',
      wording: 'Walk <script>alert(1)</script> "daily"',
      value: null,
      measure: null,
      target: null,
      dueDate: null,
      frequency: null,
      firstStep: null,
      objectives: [{ description: 'Walk 20 minutes', frequency: '5 times a week', durationWeeks: 6 }],
      agreed: [{ side: 'client', name: 'Alex', at: '2026-03-01T09:00:00.000Z' }],
      gas: [
        { level: -2, text: 'No walks' },
        { level: -1, text: 'One' },
        { level: 0, text: 'Three' },
        { level: 1, text: 'Four' },
        { level: 2, text: 'Five' },
      ],
    },
    {
      id: 'g2',
      wording: 'Call my sister',
      value: null,
      measure: null,
      target: null,
      dueDate: null,
      frequency: null,
      firstStep: null,
      objectives: [],
      agreed: [],
      gas: null,
    },
  ],
  signatures: [
    {
      role: 'client',
      typedName: 'Alex Doe',
      userName: 'Alex Doe',
      signedAt: '2026-03-01T10:00:00.000Z',
      planHash: 'a'.repeat(64),
    },
    {
      role: 'therapist',
      typedName: 'Sam Lee',
      userName: 'Sam Lee',
      signedAt: '2026-03-02T10:00:00.000Z',
      planHash: 'a'.repeat(64),
    },
  ],
  signedVersions: [],
  printedAt: '2026-03-03T10:00:00.000Z',
  ...overrides,
});

describe('the printable plan document', () => {
  it('escapes every value from the record', () => {
    const html = planDocumentBody(plan());
    expect(html).not.toContain('<script>');
    expect(html).toContain('Walk &lt;script&gt;alert(1)&lt;/script&gt; &quot;daily&quot;');
    expect(html).toContain('Alex &lt;Doe&gt;');
    expect(html).toContain('Riverside &amp; Co');
  });

  it('puts each goal in its own section (a page each on paper), with objectives, GAS levels and both signatures with the hash', () => {
    const html = planDocumentBody(plan());
    expect(html.match(/<section class="goal"/g)).toHaveLength(2);
    expect(html).toContain('Walk 20 minutes — 5 times a week, for 6 weeks');
    expect(html).toContain('+2 much more than expected');
    expect(html).toContain('Client: Alex Doe');
    expect(html).toContain('Therapist: Sam Lee');
    expect(html.split('a'.repeat(64)).length - 1).toBe(3);
    expect(html).toContain('Signed version 1');
    expect(html).toContain('31 May 2026');
  });

  it('is a standalone document with its stylesheet inline and page numbers in the print CSS', () => {
    const html = planDocumentHtml(plan());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('counter(page)');
    expect(html).toContain('break-before: page');
    expect(html).not.toMatch(/<link|<script|src=/);
  });

  it('speaks to the client in plain words, with no version numbers', () => {
    const html = planDocumentBody(plan({ audience: 'client', goals: plan().goals.map((g) => ({ ...g, gas: null })) }));
    expect(html).toContain('Your care plan');
    expect(html).not.toContain('Signed version');
    expect(html).toContain('Plan fingerprint');
  });
});
