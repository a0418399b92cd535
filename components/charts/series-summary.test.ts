import { describe, expect, it } from 'vitest';
import { summariseSeries, type SummaryPoint } from './series-summary';

const sessions = (...values: (number | null)[]): SummaryPoint[] =>
  values.map((value, index) => ({ label: `session ${index + 1}`, value }));
const plain = { format: (value: number) => String(value) };

describe('chart summaries say what the line shows', () => {
  it('a flat line is steady, not a range', () => {
    expect(summariseSeries(sessions(2, 2, 2), plain)).toBe('Steady at 2 from session 1 to session 3.');
  });

  it('a rising and a falling line say so, with where they started and ended', () => {
    expect(summariseSeries(sessions(1, 3, 3, 6), plain)).toBe('Rising, from 1 in session 1 to 6 in session 4.');
    expect(summariseSeries(sessions(8, 5, 5, 2), plain)).toBe('Falling, from 8 in session 1 to 2 in session 4.');
  });

  it('a line that went 1–3 and ended where it began names first, latest, lowest and highest', () => {
    expect(summariseSeries(sessions(2, 1, 3, 2), plain)).toBe(
      'Up and down, ending back where it started: first 2 (session 1), latest 2 (session 4), lowest 1 (session 2), highest 3 (session 3).',
    );
  });

  it('a peaked line says its peak, and whether it ended higher or lower', () => {
    const months = ['January', 'February', 'March', 'April'].map((label, index) => ({
      label,
      value: [0, 9, 4, 0][index]!,
    }));
    expect(summariseSeries(months, plain)).toBe(
      'Up and down, ending back where it started: first 0 (January), latest 0 (April), lowest 0 (January), highest 9 (February).',
    );
    expect(summariseSeries(sessions(3, 9, 5), plain)).toBe(
      'Up and down, ending higher than at the start: first 3 (session 1), latest 5 (session 3), lowest 3 ' +
        '(session 1), highest 9 (session 2).',
    );
    expect(summariseSeries(sessions(6, 9, 4), plain)).toBe(
      'Up and down, ending lower than at the start: first 6 (session 1), latest 4 (session 3), lowest 4 (session ' +
        '3), highest 9 (session 2).',
    );
  });

  it('gaps are skipped, never read as zero', () => {
    expect(summariseSeries(sessions(null, 4, null, 7), plain)).toBe('Rising, from 4 in session 2 to 7 in session 4.');
    expect(summariseSeries(sessions(null, 5), plain)).toBe('5 in session 2.');
    expect(summariseSeries(sessions(null, null), { ...plain, noun: 'ratings' })).toBe('No ratings yet.');
  });

  it('a month that is not over is reported as "so far" and left out of the trend', () => {
    const percent = { format: (value: number) => `${value}%`, partialLast: true };
    const year = [
      { label: 'October 2026', value: 80 },
      { label: 'November 2026', value: 90 },
      { label: 'December 2026', value: 20 },
    ];
    expect(summariseSeries(year, percent)).toBe(
      'Rising, from 80% in October 2026 to 90% in November 2026. December 2026 so far: 20% (not over yet, so not part of the trend).',
    );
    expect(summariseSeries([{ label: 'December 2026', value: 20 }], percent)).toBe(
      'December 2026 so far: 20% (not over yet, so not part of the trend).',
    );
    expect(summariseSeries([...year.slice(0, 2), { label: 'December 2026', value: null }], percent)).toBe(
      'Rising, from 80% in October 2026 to 90% in November 2026.',
    );
    // Without the flag the same last month is an ordinary point, and the line is up and down.
    expect(summariseSeries(year, { format: percent.format })).toMatch(/^Up and down, ending lower than at the start/);
  });
});
