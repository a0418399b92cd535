/*
 * What the portal keeps on the phone while it cannot reach the server (ADR 10): unsent
 * check-in answers and step ticks, for one signed-in person. Pure rules, no browser APIs, so
 * they are unit-tested: where an entry is stored, and what becomes of it.
 */

export type DeviceDraftKind = 'check-in' | 'after-check-in' | 'tick';

/**
 * Unsent answers of one check-in, as the form names them: the before-session one ("check-in":
 * "phq9-9", "goal-<id>-progress") or the after-session SRS ("after-check-in": "srs-1"…"srs-4").
 * Both are kept by the therapy session's id, so their kinds tell them apart.
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
  return ['1', '2', '3'].includes(values['phq9-9'] ?? '');
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
    const values = entry.values as Record<string, string>;
    return {
      kind: entry.kind === 'after-check-in' ? 'after-check-in' : 'check-in',
      therapySessionId: entry.therapySessionId,
      values,
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
