import { describe, expect, it } from 'vitest';

import {
  checkGoalQuality,
  checkLanguage,
  type Check,
  type Finding,
  type GoalQualityInput,
  QUALITY_CHECK_VERSION,
  SMART_CRITERIA,
  type GoalQualityReport,
} from './index';

const checksOf = (report: GoalQualityReport): Check[] => SMART_CRITERIA.map((criterion) => report.smart[criterion]);

const SMART_GOAL: GoalQualityInput = {
  wording: 'Go to bed by 11pm on weeknights',
  theme: 'improving-sleep',
  value: 'having energy for my kids',
  measure: 'nights in bed by 11pm',
  target: '4 of 5 weeknights',
  dueDate: '2025-09-01',
  frequency: 'weeknights',
  confidence: 8,
  objectives: [
    { text: 'Put my phone on charge in the kitchen at 10:30pm', frequency: 'weeknights', timeFrame: 'for 6 weeks' },
  ],
};

// A wide mix of wordings and missing fields, to check the properties every report must have.
const WORDINGS = [
  'Stop staying up late',
  "I'll do my best to connect with people",
  'Feel better',
  'Never lose my temper with my kids',
  'Spend less time on my phone',
  'Try to exercise more',
  'No longer avoid difficult conversations with my partner',
  'Get rid of my anxiety',
  'Be more assertive',
  'I don’t smoke anymore',
  'Stop smoking and drink less',
  "I'll try to exercise more and feel better",
  'Be a bit more patient',
  'Improve my sleep',
  'Do my best',
  'Go for a walk whenever I can',
  '',
  '   ',
  'Speak up',
  'Happiness',
];

const allFindings = (input: GoalQualityInput, today?: string): Finding[] => {
  const report = checkGoalQuality(input, today);
  return [...checksOf(report).flatMap((check) => check.findings), ...report.framing, ...report.vagueness];
};

describe('the goal-quality report', () => {
  it('a goal with every field filled passes all five checks and has no language findings', () => {
    const report = checkGoalQuality(SMART_GOAL, '2025-06-15');
    expect(report.passesAllSmart).toBe(true);
    expect(report.summary).toEqual({ passed: 5, total: 5 });
    expect(report.framing).toEqual([]);
    expect(report.vagueness).toEqual([]);
    expect(checksOf(report).map((check) => check.findings)).toEqual([[], [], [], [], []]);
  });

  it('counts the passed checks', () => {
    const report = checkGoalQuality({ wording: 'Try to exercise more', value: 'health' });
    expect(SMART_CRITERIA.map((name) => [name, report.smart[name].pass])).toEqual([
      ['specific', false],
      ['measurable', false],
      ['achievable', false],
      ['relevant', true],
      ['timeBound', false],
    ]);
    expect(report.summary).toEqual({ passed: 1, total: 5 });
    expect(report.passesAllSmart).toBe(false);
  });

  it('survives a JSON round trip unchanged, so it can be stored with the goal version', () => {
    for (const wording of WORDINGS) {
      const report = checkGoalQuality({ wording, confidence: 5, dueDate: '2020-01-01' }, '2025-06-15');
      expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
    }
  });

  it('gives the same report for the same input (deterministic)', () => {
    expect(checkGoalQuality(SMART_GOAL, '2025-06-15')).toEqual(checkGoalQuality(SMART_GOAL, '2025-06-15'));
  });

  it('every finding names the words that caused it or the field that is missing', () => {
    for (const wording of WORDINGS) {
      for (const finding of allFindings({ wording }, '2025-06-15')) {
        expect(finding.words.length > 0 || finding.field !== undefined, `${wording}: ${finding.code}`).toBe(true);
      }
    }
  });

  it('every named word is quoted exactly as typed in the wording', () => {
    for (const wording of WORDINGS) {
      for (const finding of allFindings({ wording })) {
        for (const words of finding.words) expect(wording, finding.code).toContain(words);
      }
    }
  });

  it('every finding and check explains itself in one sentence', () => {
    for (const wording of WORDINGS) {
      const report = checkGoalQuality({ wording, confidence: 3 });
      for (const check of checksOf(report)) expect(check.reason).toMatch(/^[A-Z].*\.$/);
      for (const finding of allFindings({ wording, confidence: 3 })) expect(finding.message).toMatch(/^[A-Z“].*\.$/);
    }
  });

  it('language findings point at the wording field', () => {
    const report = checkGoalQuality({ wording: 'Try to stop smoking' });
    expect(
      [...report.framing, ...report.vagueness].map((finding) => [finding.code, finding.field, finding.words]),
    ).toEqual([
      ['framing.avoidance', 'wording', ['stop']],
      ['vagueness.hedge', 'wording', ['Try to']],
    ]);
  });

  it('checkLanguage gives the same language findings as the full check', () => {
    for (const wording of WORDINGS) {
      const report = checkGoalQuality({ wording });
      expect(checkLanguage(wording)).toEqual({ framing: report.framing, vagueness: report.vagueness });
    }
  });

  it('copes with wording that is not a string in stored data', () => {
    const input = JSON.parse('{"wording":null}') as GoalQualityInput;
    expect(checkGoalQuality(input).smart.specific.findings.map((finding) => finding.code)).toEqual(['specific.empty']);
  });

  it('stamps the rules version', () => {
    expect(QUALITY_CHECK_VERSION).toBe(2);
  });
});
