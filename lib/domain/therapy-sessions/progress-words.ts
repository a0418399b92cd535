/**
 * What the client reads under each of their goal charts: encouraging, never judging. A drop
 * since last time gets a kind word and an offer to talk about adjusting the goal, because
 * setbacks are a normal part of change (docs/design.md, "Setbacks are normal").
 */

export type ProgressTone = 'not-rated' | 'starting-point' | 'setback' | 'moved-up' | 'holding';

export interface ProgressWords {
  tone: ProgressTone;
  headline: string;
  body: string;
}

/** @param ratings the client's own submitted ratings of one goal, oldest first (0–10). */
export function progressWords(ratings: readonly number[], therapistName: string | null): ProgressWords {
  const who = therapistName ?? 'your therapist';
  const first = ratings[0];
  const latest = ratings[ratings.length - 1];
  const previous = ratings[ratings.length - 2];
  if (first === undefined || latest === undefined) {
    return {
      tone: 'not-rated',
      headline: 'Not rated yet',
      body: 'You will be asked how this goal is going when you check in before your next session.',
    };
  }
  if (previous === undefined) {
    return {
      tone: 'starting-point',
      headline: `Your starting point: ${latest} out of 10`,
      body: 'Every change starts somewhere. This first rating is what later ones are compared with.',
    };
  }
  if (latest < previous) {
    return {
      tone: 'setback',
      headline: `This went from ${previous} to ${latest} since last time`,
      body:
        'Setbacks are a normal part of change, and they often tell us something useful. ' +
        `If this goal does not feel right at the moment, you and ${who} can talk about adjusting it at your next session.`,
    };
  }
  if (latest > first) {
    return {
      tone: 'moved-up',
      headline: `Up from ${first} to ${latest} since you started`,
      body: 'That is real progress. Well done for keeping at it.',
    };
  }
  return {
    tone: 'holding',
    headline: `${latest} out of 10, where you started`,
    body:
      `Change often takes time, and holding steady through a hard stretch counts too. ${capitalise(who)} can help ` +
      `you look at what might make the next step easier.`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
