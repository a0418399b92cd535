/*
 * What the portal keeps on the phone while it cannot reach the server (ADR 10): unsent
 * check-in answers and step ticks, for one signed-in person. Pure rules, no browser APIs, so
 * they are unit-tested: where an entry is stored, and what becomes of it.
 */

import { INSTRUMENT_ITEM_COUNTS, type Instrument } from '@/lib/domain/scoring';

export type DeviceDraftKind = 'check-in' | 'after-check-in' | 'tick';

/**
 * Unsent answers of one check-in, as the form names them (by schema path): the before-session
 * one ("check-in": "goals.0.goalId", "goals.0.progress", "phq9.8") or the after-session SRS
 * ("after-check-in": "srs.0"…"srs.3"). Both are kept by the therapy session's id, so their kinds
 * tell them apart. Entries kept before the forms named fields this way are upgraded when read
 * (`upgradeDraftValues`).
 */
export interface CheckInDraftEntry {
  kind: 'check-in' | 'after-check-in';
  therapySessionId: string;
  values: Record<string, string>;
  /** When the check-in window closes (ISO). */
  closesAt: string;
  /** When the client last changed an answer (ISO). */
  changedAt: string;
  /** The server has seen the risk answer in these values (and kept it, ADR 10). */
  riskSent: boolean;
}

/** A step tick made while offline, with the submission key it was made with. */
export interface TickDraftEntry {
  kind: 'tick';
  submissionKey: string;
  values: { objectiveId: string; doneOn: string; note: string; submissionKey: string };
  changedAt: string;
}

export type DeviceDraftEntry = CheckInDraftEntry | TickDraftEntry;

const PREFIX = 'accord.drafts';

/**
 * The localStorage name of an entry. `namespace` is derived on the server from the signed-in
 * person (never their id or email), so another person on the same phone looks under other names.
 */
export function deviceDraftKey(namespace: string, kind: DeviceDraftKind, id: string): string {
  if (!/^[0-9a-f]{16,64}$/.test(namespace)) throw new Error('A device-draft namespace is 16–64 hex digits.');
  return `${PREFIX}.${namespace}.${kind}.${id}`;
}

/** The namespace's own entries among every stored name (another person's are never listed). */
export function ownDraftKeys(namespace: string, storedNames: readonly string[]): string[] {
  const own = `${PREFIX}.${namespace}.`;
  return storedNames.filter((name) => name.startsWith(own));
}

/** Question 9 of the PHQ-9 answered above 0 in the form's values: a safety signal. */
export function hasRiskAnswer(values: Readonly<Record<string, string>>): boolean {
  return ['1', '2', '3'].includes(values['phq9.8'] ?? '');
}

const OLD_ITEM = /^(phq9|gad7|ors|srs)-(\d{1,2})$/;
const OLD_GOAL_ANSWER = /^goal-(.+)-(progress|clarity)$/;

/**
 * A check-in's values kept (or sent by a page loaded) before the forms named fields by schema
 * path, in today's names, so no kept answer is lost — least of all a risk answer:
 * "phq9-9" → "phq9.8" (questions were numbered from 1), "goal-<id>-progress" →
 * "goals.<i>.progress" with "goals.<i>.goalId" = <id>, where <i> is the goal's place in the
 * old hidden "goals" list ("id1,id2"). Answers for goals not in that list were never read, and
 * are dropped. Values already in today's names pass unchanged; where both are present, today's
 * name wins. The after-session form says it showed the SRS ("measures" = "srs").
 */
export function upgradeDraftValues(
  values: Readonly<Record<string, string>>,
  kind: CheckInDraftEntry['kind'],
): Record<string, string> {
  const upgraded: Record<string, string> = {};
  const old: Record<string, string> = {};
  const goalIds = (values.goals ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  for (const [name, value] of Object.entries(values)) {
    const item = OLD_ITEM.exec(name);
    if (item) {
      const instrument = item[1] as Instrument; // the pattern allows only the four
      const index = Number(item[2]) - 1;
      if (index >= 0 && index < INSTRUMENT_ITEM_COUNTS[instrument]) old[`${instrument}.${index}`] = value;
      continue;
    }
    const goal = OLD_GOAL_ANSWER.exec(name);
    if (goal) {
      const index = goalIds.indexOf(goal[1]!);
      if (index >= 0) old[`goals.${index}.${goal[2]}`] = value;
      continue;
    }
    if (name === 'goals') continue;
    upgraded[name] = value;
  }
  goalIds.forEach((goalId, index) => {
    old[`goals.${index}.goalId`] = goalId;
  });
  for (const [name, value] of Object.entries(old)) if (!(name in upgraded)) upgraded[name] = value;
  if (kind === 'after-check-in' && upgraded.measures === undefined) upgraded.measures = 'srs';
  return upgraded;
}

/** Fields the page sets; a kept copy never overwrites them. */
const PAGE_FIELDS = new Set(['therapySessionId', 'measures', 'intent']);
const GOAL_FIELD = /^goals\.(\d{1,2})\.(\w+)$/;

/** The goal ids the hidden `goals.<i>.goalId` fields name, by index. */
function goalIdsOf(values: Readonly<Record<string, string>>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    const match = GOAL_FIELD.exec(name);
    if (match?.[2] === 'goalId') ids.set(match[1]!, value);
  }
  return ids;
}

/**
 * The kept answers to put back on today's form, by today's field names. A goal's answers follow
 * its id: the kept `goals.<i>` may sit at another place on today's page (a goal added or ended
 * since), and a goal no longer on the page is left out. The page's own fields (the session, the
 * measures shown, the goal ids, the intent) are never overwritten.
 */
export function keptValuesForPage(
  kept: Readonly<Record<string, string>>,
  page: Readonly<Record<string, string>>,
): Record<string, string> {
  const keptGoals = goalIdsOf(kept);
  const pageIndex = new Map([...goalIdsOf(page)].map(([index, goalId]) => [goalId, index]));
  const placed: Record<string, string> = {};
  for (const [name, value] of Object.entries(kept)) {
    if (PAGE_FIELDS.has(name)) continue;
    const goal = GOAL_FIELD.exec(name);
    if (!goal) {
      placed[name] = value;
      continue;
    }
    const index = pageIndex.get(keptGoals.get(goal[1]!) ?? '');
    if (index !== undefined && goal[2] !== 'goalId') placed[`goals.${index}.${goal[2]}`] = value;
  }
  return placed;
}

export type DraftFate = 'send' | 'send-late-risk' | 'delete';

/**
 * What to do with a stored entry now:
 * - a check-in still open: send it (as a draft);
 * - closed, with a risk answer the server has not seen: send it once more — the rest is
 *   refused as late, the risk answer is kept and flagged;
 * - closed otherwise: delete it (nothing in it can be saved any more);
 * - a tick: send it; the server decides whether its day is still allowed.
 */
export function draftFate(entry: DeviceDraftEntry, now: Date): DraftFate {
  if (entry.kind === 'tick') return 'send';
  if (now.getTime() < Date.parse(entry.closesAt)) return 'send';
  return hasRiskAnswer(entry.values) && !entry.riskSent ? 'send-late-risk' : 'delete';
}

/** What the server said to a send; `final` refusals will never succeed (sent already, closed, not theirs). */
export type DraftSendResult =
  | { outcome: 'saved' }
  | { outcome: 'signed-out' }
  | { outcome: 'refused'; final: boolean; message: string; riskKept: boolean };

/** The entry after the server answered, or null when it is to be deleted. */
export function afterSend(entry: DeviceDraftEntry, result: DraftSendResult): DeviceDraftEntry | null {
  if (result.outcome === 'signed-out') return entry; // sent after the same person signs in again
  if (result.outcome === 'saved' || result.final || entry.kind === 'tick') return null;
  // Refused for a field the client can still fix: keep it; any risk answer in it reached the server.
  return { ...entry, riskSent: entry.riskSent || hasRiskAnswer(entry.values) };
}

/** Reads a decrypted entry back, refusing anything that is not one (a corrupt or foreign value). */
export function parseDraftEntry(json: string): DeviceDraftEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Record<string, unknown>;
  const strings = (record: unknown) =>
    typeof record === 'object' && record !== null && Object.values(record).every((v) => typeof v === 'string');
  if (
    (entry.kind === 'check-in' || entry.kind === 'after-check-in') &&
    typeof entry.therapySessionId === 'string' &&
    typeof entry.closesAt === 'string' &&
    strings(entry.values)
  ) {
    const kind = entry.kind === 'after-check-in' ? 'after-check-in' : 'check-in';
    return {
      kind,
      therapySessionId: entry.therapySessionId,
      values: upgradeDraftValues(entry.values as Record<string, string>, kind),
      closesAt: entry.closesAt,
      changedAt: String(entry.changedAt),
      riskSent: entry.riskSent === true,
    };
  }
  if (entry.kind === 'tick' && typeof entry.submissionKey === 'string' && strings(entry.values)) {
    return {
      kind: 'tick',
      submissionKey: entry.submissionKey,
      values: entry.values as TickDraftEntry['values'],
      changedAt: String(entry.changedAt),
    };
  }
  return null;
}
