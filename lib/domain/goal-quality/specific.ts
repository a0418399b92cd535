import { type Wording, type WordingToken } from './clauses';
import { classifyHead, type Head, withParticles } from './goal-head';
import { bareHedgeLength, mainParts, skipFramingPrefixes, SUBJECT_WORDS } from './goal-parts';
import {
  FUNCTION_WORDS,
  isCommonActionVerb,
  isIngWord,
  isStateWord,
  LINKING_VERBS,
  NOT_CONTEXT,
} from './specific-words';
import { normAt, quote } from './tokens';
import { type Check, type Finding } from './types';

/**
 * Specific: "an action and a context, not a feeling alone".
 *
 * Action. The goal is read part by part, setting aside the words that only frame it ("I'll",
 * "try to", "never"...; see goal-parts.ts). The next word is the head of the goal, an action
 * or a state (see goal-head.ts): "Go", "Speak up" are actions; "Feel better", "Get rid of my
 * anxiety" are states. A part after "and"/"or" only adds an action when it starts with a
 * common action verb, so "one friend or acquaintance" is not read as two actions. "... by
 * going to bed at 11" adds an action too: it says how.
 *
 * Context. Any word outside the head that says when, where, with whom or what: a place,
 * person or object ("in team meetings", "with my kids", "my mum"), a time or number ("by
 * 11pm", "three times"), or a when/if clause ("when I feel anxious"). Degree words ("more",
 * "regularly", "often"), feelings and small function words do not count.
 */

interface ActionReading {
  readonly actions: readonly Head[];
  readonly states: readonly Head[];
  /** Words that belong to the head or its framing, so they cannot be its context. */
  readonly used: ReadonlySet<number>;
}

/** "… by going to bed at 11": an -ing word after "by" says how, which is an action. */
function methodAction(tokens: readonly WordingToken[]): Head | null {
  const index = tokens.findIndex(
    (token, at) =>
      token.norm === 'by' &&
      !token.subordinate &&
      isIngWord(normAt(tokens, at + 1)) &&
      !isStateWord(normAt(tokens, at + 1)),
  );
  return index < 0 ? null : withParticles(tokens, index + 1, tokens.length - 1);
}

/** A goal written wholly as a when-clause ("When I feel anxious use a breathing exercise"). */
function actionInsideSubordinate(tokens: readonly WordingToken[], sentence: number): Head | null {
  const index = tokens.findIndex(
    (token, at) =>
      token.sentence === sentence &&
      !token.subordinator &&
      isCommonActionVerb(token.norm) &&
      !SUBJECT_WORDS.has(normAt(tokens, at - 1)) &&
      !LINKING_VERBS.has(token.norm),
  );
  return index < 0 ? null : withParticles(tokens, index, tokens.length - 1);
}

function readActions(tokens: readonly WordingToken[]): ActionReading {
  const actions: Head[] = [];
  const states: Head[] = [];
  const used = new Set<number>();
  const markUsed = (first: number, last: number): void => {
    for (let index = first; index <= last; index += 1) used.add(index);
  };

  for (const part of mainParts(tokens)) {
    const headIndex = skipFramingPrefixes(tokens, part);
    markUsed(part.first, headIndex - 1);
    if (headIndex > part.last) continue;
    const hedge = bareHedgeLength(tokens, headIndex);
    if (hedge > 0) {
      markUsed(headIndex, headIndex + hedge - 1);
      continue;
    }
    const head = classifyHead(tokens, headIndex, part.last);
    const framed = headIndex > part.first;
    // After "and"/"or" a part only adds an action when it plainly starts with one.
    if (!part.leads && !framed && !(head.kind === 'action' && isCommonActionVerb(normAt(tokens, headIndex)))) continue;
    markUsed(head.first, head.last);
    (head.kind === 'action' ? actions : states).push(head);
  }

  const method = methodAction(tokens);
  if (method !== null) {
    actions.push(method);
    markUsed(method.first, method.last);
  }

  const sentences = new Set(tokens.map((token) => token.sentence));
  for (const sentence of sentences) {
    const hasMain = tokens.some((token) => token.sentence === sentence && !token.subordinate);
    const inside = hasMain ? null : actionInsideSubordinate(tokens, sentence);
    if (inside !== null) {
      actions.push(inside);
      markUsed(inside.first, inside.last);
    }
  }
  return { actions, states, used };
}

/**
 * The feeling, state, trait or wish a goal names when it names no action at all ("Be a better
 * person", "Get rid of my anxiety", "I want a new job"), or null. The vagueness check reports it.
 */
export function stateWithoutAction(wording: Wording): Head | null {
  const { actions, states } = readActions(wording.tokens);
  return actions.length === 0 ? (states[0] ?? null) : null;
}

// "whenever I can", "if possible": a hedge, not a circumstance.
const HEDGE_CLAUSE_WORDS = new Set(['can', 'could', 'possible']);

/** True when some word outside the head says when, where, with whom or what. */
function hasContext(tokens: readonly WordingToken[], used: ReadonlySet<number>): boolean {
  return tokens.some((token, index) => {
    if (used.has(index) || token.subordinator || FUNCTION_WORDS.has(token.norm) || NOT_CONTEXT.has(token.norm))
      return false;
    if (HEDGE_CLAUSE_WORDS.has(token.norm)) return false;
    // In a when/if clause a feeling is a circumstance ("when I feel anxious"); in the goal's
    // own action it is not context.
    return token.subordinate || !isStateWord(token.norm);
  });
}

const NO_ACTION_SUGGESTION =
  'Ask what you would be doing differently, e.g. “Go for a walk with a friend on Saturdays”.';
const NO_CONTEXT_SUGGESTION =
  'Add when, where or with whom, e.g. “after dinner”, “in team meetings” or “with my kids”.';

export function checkSpecific(wording: Wording): Check {
  const { text, tokens } = wording;
  if (tokens.length === 0) {
    return {
      pass: false,
      reason: 'There is no wording to check yet.',
      findings: [{ code: 'specific.empty', message: 'Write the goal in your own words.', words: [], field: 'wording' }],
    };
  }

  const { actions, states, used } = readActions(tokens);
  const action = actions[0];
  const state = states[0];
  const context = hasContext(tokens, used);
  const actionWords = action === undefined ? null : quote(text, tokens, action.first, action.last);
  const stateWords = state === undefined ? null : quote(text, tokens, state.first, state.last);

  const findings: Finding[] = [];
  if (action === undefined) {
    findings.push({
      code: 'specific.no-action',
      message:
        stateWords === null
          ? 'It does not say yet what you will do.'
          : `“${stateWords}” describes a feeling or state, not something you will do.`,
      words: stateWords === null ? [] : [stateWords],
      field: 'wording',
      suggestion: NO_ACTION_SUGGESTION,
    });
  }
  if (!context) {
    findings.push({
      code: 'specific.no-context',
      message:
        actionWords === null
          ? 'It does not say when, where, with whom or what.'
          : `“${actionWords}” does not say when, where, with whom or what.`,
      words: actionWords === null ? [] : [actionWords],
      field: 'wording',
      suggestion: NO_CONTEXT_SUGGESTION,
    });
  }

  return { pass: findings.length === 0, findings, reason: specificReason(actionWords, stateWords, context) };
}

function specificReason(actionWords: string | null, stateWords: string | null, context: boolean): string {
  if (actionWords !== null) {
    return context
      ? 'It says what you will do and when, where, with whom or what.'
      : `It says what you will do (“${actionWords}”) but not when, where, with whom or what.`;
  }
  if (stateWords === null) {
    return context
      ? 'It does not yet say what you will do.'
      : 'It does not yet say what you will do, or when, where or with whom.';
  }
  return context
    ? `It names a feeling or state (“${stateWords}”) rather than an action.`
    : `It names a feeling or state (“${stateWords}”), with no action or context.`;
}
