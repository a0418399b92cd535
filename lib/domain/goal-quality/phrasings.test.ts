import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { checkGoalQuality, type Finding, type GoalQualityReport } from './index';

/**
 * Every row of docs/goal-phrasings.md: the 31 reference phrasings of issue 10 and our own cases.
 * The file is the test's data, so a clinician can read (and add to) exactly what is checked.
 */

type Verdict = { readonly expected: boolean; readonly words: readonly string[] } | null;

interface Row {
  readonly wording: string;
  readonly framing: Verdict;
  readonly vagueness: Verdict;
  readonly specific: boolean | null;
  readonly measurable: boolean | null;
  readonly timeBound: boolean | null;
  readonly note: string;
}

const DOC = readFileSync(new URL('../../../docs/goal-phrasings.md', import.meta.url), 'utf8');

/** `yes: "stop", "more" with no number` → a finding naming "stop" and "more"; `no` → none; `—` → not tested. */
function verdict(cell: string): Verdict {
  const text = cell.trim();
  if (text === '—' || text === '') return null;
  if (/^no\b/i.test(text)) return { expected: false, words: [] };
  if (!/^yes\b/i.test(text)) throw new Error(`Cannot read the verdict “${text}”`);
  return { expected: true, words: [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1]!) };
}

function passes(cell: string | undefined): boolean | null {
  const found = verdict(cell ?? '—');
  return found === null ? null : found.expected;
}

/** The rows of the markdown table under `heading`, by column name. */
function tableRows(heading: string): Row[] {
  const start = DOC.indexOf(heading);
  const end = DOC.indexOf('\n## ', start + heading.length);
  const section = DOC.slice(start, end < 0 ? undefined : end);
  const [header, , ...body] = section.split('\n').filter((line) => line.startsWith('|'));
  const columns = (header ?? '')
    .split('|')
    .slice(1, -1)
    .map((name) => name.trim());
  return body.map((line) => {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const cell = (name: string): string | undefined => cells[columns.indexOf(name)];
    const note = cell('note') ?? '';
    return {
      wording: cell('wording') ?? '',
      framing: verdict(cell('framing (avoidance)') ?? '—'),
      vagueness: verdict(cell('vagueness') ?? '—'),
      specific: passes(cell('specific')) ?? noteSays(note, /specific passes/i, /not specific|specific does not pass/i),
      measurable: passes(cell('measurable')) ?? noteSays(note, /measurable passes/i, /measurable does not pass/i),
      timeBound: passes(cell('time-bound')) ?? noteSays(note, /time-bound passes/i, /time-bound does not pass/i),
      note,
    };
  });
}

function noteSays(note: string, pass: RegExp, fail: RegExp): boolean | null {
  if (fail.test(note)) return false;
  return pass.test(note) ? true : null;
}

function expectVerdict(findings: readonly Finding[], expected: Verdict, check: string): void {
  if (expected === null) return;
  const named = findings.flatMap((finding) => finding.words.map((word) => word.toLowerCase()));
  if (!expected.expected) {
    expect(named, `${check}: no finding`).toEqual([]);
    expect(findings.length, `${check}: no finding`).toBe(0);
    return;
  }
  expect(findings.length, `${check}: at least one finding`).toBeGreaterThan(0);
  for (const word of expected.words) {
    expect(
      named.some((found) => found.includes(word.toLowerCase())),
      `${check} names “${word}” (found: ${named.join(' | ')})`,
    ).toBe(true);
  }
}

function expectRow(row: Row, report: GoalQualityReport): void {
  expectVerdict(report.framing, row.framing, 'framing');
  expectVerdict(report.vagueness, row.vagueness, 'vagueness');
  if (row.specific !== null)
    expect(report.smart.specific.pass, `Specific: ${report.smart.specific.reason}`).toBe(row.specific);
  if (row.measurable !== null)
    expect(report.smart.measurable.pass, `Measurable: ${report.smart.measurable.reason}`).toBe(row.measurable);
  if (row.timeBound !== null)
    expect(report.smart.timeBound.pass, `Time-bound: ${report.smart.timeBound.reason}`).toBe(row.timeBound);
}

const REFERENCE = tableRows('## Reference phrasings');
const OURS = tableRows('## More cases of the same kinds');

describe('docs/goal-phrasings.md', () => {
  it('holds the 31 reference phrasings and at least 60 more of our own', () => {
    expect(REFERENCE).toHaveLength(31);
    expect(OURS.length).toBeGreaterThanOrEqual(60);
    expect(new Set([...REFERENCE, ...OURS].map((row) => row.wording.toLowerCase())).size).toBe(
      REFERENCE.length + OURS.length,
    );
  });

  it('every reference row gives a verdict for both language checks', () => {
    expect(REFERENCE.filter((row) => row.framing === null || row.vagueness === null)).toEqual([]);
  });

  describe('reference phrasings', () => {
    it.each(REFERENCE.map((row) => [row.wording, row] as const))('%s', (_wording, row) => {
      expectRow(row, checkGoalQuality({ wording: row.wording }));
    });
  });

  describe('our own cases', () => {
    it.each(OURS.map((row) => [row.wording, row] as const))('%s', (_wording, row) => {
      expectRow(row, checkGoalQuality({ wording: row.wording }));
    });
  });
});
