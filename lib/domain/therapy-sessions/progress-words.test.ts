import { describe, expect, it } from 'vitest';
import { progressWords } from './progress-words';

describe('progressWords', () => {
  it('has a gentle word before any rating and for the first one', () => {
    expect(progressWords([], 'Sam').tone).toBe('not-rated');
    expect(progressWords([4], 'Sam')).toMatchObject({
      tone: 'starting-point',
      headline: 'Your starting point: 4 out of 10',
    });
  });

  it('meets a drop since last time with kindness and an offer to adjust the goal', () => {
    const words = progressWords([3, 6, 4], 'Sam Whitfield');
    expect(words.tone).toBe('setback');
    expect(words.headline).toBe('This went from 6 to 4 since last time');
    expect(words.body).toContain('Setbacks are a normal part of change');
    expect(words.body).toContain('you and Sam Whitfield can talk about adjusting it');
  });

  it('a drop is a setback even when still above the start', () => {
    expect(progressWords([2, 8, 7], null).tone).toBe('setback');
    expect(progressWords([2, 8, 7], null).body).toContain('you and your therapist');
  });

  it('celebrates movement up and respects holding steady', () => {
    expect(progressWords([3, 5], 'Sam')).toMatchObject({
      tone: 'moved-up',
      headline: 'Up from 3 to 5 since you started',
    });
    expect(progressWords([5, 5], null)).toMatchObject({ tone: 'holding' });
    expect(progressWords([5, 5], null).body).toContain('Your therapist can help');
    expect(progressWords([5, 3, 5], 'Sam').tone).toBe('holding');
  });

  it('never uses shaming words', () => {
    const all = [[], [1], [5, 2], [2, 5], [5, 5]].map((r) => progressWords(r, 'Sam'));
    for (const words of all) expect(`${words.headline} ${words.body}`).not.toMatch(/fail|bad|poor|worse|should have/i);
  });
});
