import { describe, expect, it } from 'vitest';
import { caseloadDashboardQuerySchema } from '@/lib/validation/dashboards';
import { sortHref, viewHref, viewParams } from './dashboard-links';
import { decimal, percent, signed } from './format';

const DEFAULT = { q: '', filter: 'all', sort: 'attention', dir: 'desc' } as const;

describe('dashboard links', () => {
  it('the default view is the bare path; defaults stay out of the URL', () => {
    expect(viewHref('/caseload', DEFAULT)).toBe('/caseload');
    expect(viewHref('/caseload', { ...DEFAULT, sort: 'clarity', dir: 'asc' })).toBe('/caseload?sort=clarity');
    expect(viewHref('/caseload', { ...DEFAULT, q: 'Ann Lee', filter: 'flagged' }, 2)).toBe(
      '/caseload?q=Ann+Lee&filter=flagged&page=2',
    );
  });

  it('a column header sorts its natural way first, then the other way; a new sort starts on page 1', () => {
    expect(sortHref('/caseload', DEFAULT, 'clarity')).toBe('/caseload?sort=clarity');
    expect(sortHref('/caseload', { ...DEFAULT, sort: 'clarity', dir: 'asc' }, 'clarity')).toBe(
      '/caseload?sort=clarity&dir=desc',
    );
    expect(sortHref('/caseload', { ...DEFAULT, sort: 'last-session', dir: 'desc' }, 'last-session')).toBe(
      '/caseload?sort=last-session&dir=asc',
    );
  });

  it('what the page parses is what the links write', () => {
    const view = { q: 'x', filter: 'review-due', sort: 'progress', dir: 'desc' } as const;
    const parsed = caseloadDashboardQuerySchema.parse(Object.fromEntries(viewParams(view, 3)));
    expect(parsed).toEqual({ ...view, page: 3 });
  });

  it('a hand-edited URL falls back to the default view', () => {
    expect(
      caseloadDashboardQuerySchema.parse({
        filter: 'everything',
        sort: '1;drop',
        dir: 'up',
        page: 'x',
        q: 'a'.repeat(500),
      }),
    ).toEqual({ q: '', filter: 'all', sort: 'attention', dir: 'desc', page: 1 });
  });
});

describe('figure words', () => {
  it('no data is a dash, never 0 or NaN; changes carry their sign with a real minus', () => {
    expect(percent({ numerator: 0, denominator: 0, value: null })).toBe('—');
    expect(percent({ numerator: 2, denominator: 3, value: 2 / 3 })).toBe('67%');
    expect(decimal(null)).toBe('—');
    expect(signed(2.5)).toBe('+2.5');
    expect(signed(-1)).toBe('−1.0');
    expect(signed(-0.01)).toBe('0.0');
  });
});
