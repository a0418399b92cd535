import { describe, expect, it } from 'vitest';
import { measureChartDescription, type MeasureChartPoint } from './measure-chart';

const at = (number: number, total: number, cutoff?: number | null): MeasureChartPoint => ({
  number,
  date: `2026-03-0${number}`,
  total,
  cutoff,
});

describe('the text alternative of a measure chart', () => {
  it('says when there is nothing to show yet', () => {
    expect(measureChartDescription('gad7', [])).toBe('No complete GAD-7 yet.');
  });

  it('names the scale, its direction and range, how the totals moved and the latest band', () => {
    const text = measureChartDescription('phq9', [at(1, 18), at(2, 12), at(3, 3)]);
    expect(text).toMatch(/^PHQ-9 totals \(lower is better, 0 to 27\) over 3 sessions\. /);
    expect(text).toContain('Falling, from 18 in session 1 to 3 in session 3.');
    expect(text).toMatch(/ Latest band: None–minimal\.$/);
  });

  it('counts one session in the singular and names the SRS alliance threshold', () => {
    expect(measureChartDescription('srs', [at(1, 38)])).toMatch(
      /^SRS totals \(higher is better, 0 to 40\) over 1 session\. .* Alliance threshold \d+\.$/,
    );
  });

  it('ORS: names the cutoff when one applies, and adds the note when given', () => {
    expect(measureChartDescription('ors', [at(1, 20, 25), at(2, 28, 25)])).toMatch(/ Clinical cutoff 25\.$/);
    const withoutCutoff = measureChartDescription('ors', [at(1, 26), at(2, 26)], 'Add a date of birth.');
    expect(withoutCutoff).not.toContain('Clinical cutoff');
    expect(withoutCutoff).toMatch(/ Add a date of birth\.$/);
  });
});
