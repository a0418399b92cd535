import { type WordSpan, isClockTimeAt } from './numbers';
import { compilePhrases, longestPhraseAt, normAt, type Token } from './tokens';

/**
 * Everyday time words that make a goal time-bound (issue 10): a time of day ("by 10pm", "at
 * 7am"), a routine anchor ("before bed", "after dinner", "each morning", "in the evening",
 * "when I wake up"), a kind of day ("school nights", "work days") and a trigger ("when I
 * notice panic starting", "every time I feel the urge"). Each says when the client will act.
 *
 * A hedge is not a trigger: "when I can", "if possible", "whenever I feel like it", "if I
 * have time", "when I'm ready" leave the timing open.
 */

/** "school nights", "work days", "weekday mornings". */
const KINDS_OF_DAY = compilePhrases([
  'school|work|working|week|weekday|weekend|college|uni|office nights|days|mornings|evenings|afternoons',
  'a|each|every school|work|week|weekday|weekend night|day|morning|evening',
  'schooldays|workdays|schoolnights',
]);

/** "before bed", "after dinner", "at lunchtime", "when I wake up", "in the morning", "at night". */
const ROUTINE_ANCHORS = compilePhrases([
  'before|after|at|by bed|bedtime|breakfast|lunch|lunchtime|dinner|dinnertime|teatime|supper|meals|dusk|dawn|sunrise|sunset',
  'before|after work|school|college|tea',
  'before|after going to bed|sleep|work|school',
  'before|after|at the end of the|each|every day|school day|work day|week',
  'before|after i go to bed|sleep|work|school',
  'when|as soon as i wake|get up',
  'when i get home|up',
  'after i wake|get up',
  'after waking up',
  'in the morning|mornings|evening|evenings|afternoon|afternoons',
  'at night|weekends|the weekend',
  'first thing',
  'on waking',
]);

const CLOCK_LEADS = new Set(['by', 'before', 'at', 'until', 'till', 'from', 'after', 'around']);

const TRIGGERS = compilePhrases(['when|whenever|if|once', 'every|each|any|next time', 'as soon as', 'the moment']);
// Words that make a when/if clause a hedge rather than a trigger.
const HEDGE_WORDS = new Set(['can', 'could', 'possible', 'ready', 'remember', "can't", 'able', 'necessary', 'needed']);
const HEDGE_PHRASES = compilePhrases([
  'feel|feels like it',
  'have|get the|a time|chance',
  'have time',
  'get round to it',
  'get around to it',
]);
const TRIGGER_LENGTH = 8;

/** "by 10pm", "at 7:30", "before midnight". */
function clockTimeAt(tokens: readonly Token[], index: number): WordSpan | null {
  if (!CLOCK_LEADS.has(normAt(tokens, index)) || !isClockTimeAt(tokens, index + 1)) return null;
  const next = normAt(tokens, index + 2);
  const last = next === 'am' || next === 'pm' || next === "o'clock" ? index + 2 : index + 1;
  return { first: index, last };
}

function phraseSpanAt(
  tokens: readonly Token[],
  index: number,
  phrases: ReturnType<typeof compilePhrases>,
): WordSpan | null {
  const length = longestPhraseAt(tokens, index, phrases);
  return length === 0 ? null : { first: index, last: index + length - 1 };
}

/** The end of the clause that starts at `first`: the next clause break, or a few words on. */
function clauseEnd(tokens: readonly Token[], first: number): number {
  let last = first;
  while (last + 1 < tokens.length && last - first < TRIGGER_LENGTH && !tokens[last + 1]?.clauseBreakBefore) last += 1;
  return last;
}

/** "when I notice panic starting", "every time I feel the urge", "if I start to panic". */
function triggerAt(tokens: readonly Token[], index: number): WordSpan | null {
  const opener = longestPhraseAt(tokens, index, TRIGGERS);
  if (opener === 0 || index + opener >= tokens.length) return null;
  const last = clauseEnd(tokens, index + opener - 1);
  if (last < index + opener + 1) return null; // "when", "if" with too little after it to name a situation
  for (let at = index + opener; at <= last; at += 1) {
    if (HEDGE_WORDS.has(normAt(tokens, at)) || longestPhraseAt(tokens, at, HEDGE_PHRASES) > 0) return null;
  }
  return { first: index, last };
}

export function everydayTimeAt(tokens: readonly Token[], index: number): WordSpan | null {
  return (
    clockTimeAt(tokens, index) ??
    phraseSpanAt(tokens, index, KINDS_OF_DAY) ??
    phraseSpanAt(tokens, index, ROUTINE_ANCHORS) ??
    triggerAt(tokens, index)
  );
}
