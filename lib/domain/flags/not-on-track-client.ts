import {
  GAD7_RELIABLE_CHANGE,
  ORS_RELIABLE_CHANGE,
  PHQ9_RELIABLE_CHANGE,
  classifyGad7Change,
  classifyOrsChange,
  classifyPhq9Change,
  analogueTotalTenths,
  formatTenths,
  fromTenths,
  requireIntegerInRange,
  type ChangeClassification,
} from '../scoring';
import type { NotOnTrackClientData, NotOnTrackClientFlag, OutcomeInstrument, ReliableDeterioration } from './types';
import { joinSentences, points } from './wording';

/*
 * "Not on track" for a client (docs/clinical-rules.md): a reliable deterioration from the
 * first (baseline) score to a new score, on PHQ-9 (rose by >= 6), GAD-7 (rose by >= 4) or ORS
 * (fell by >= 5). Evaluated for each new score when it is sent, on that score only: the caller
 * passes a pair only for an instrument with a new score. Recovery is not considered here, so
 * ORS age does not matter: the reliable change of 5 is the same at every age.
 */

export interface ScorePair {
  /** First complete total (the baseline). */
  first: number;
  firstTherapySession: number;
  /** The new complete total, just sent. */
  latest: number;
  latestTherapySession: number;
}

export interface NotOnTrackClientInput {
  clientId: string;
  /** Omit (or null) an instrument with no new score (or no baseline before it). */
  phq9?: ScorePair | null;
  gad7?: ScorePair | null;
  ors?: ScorePair | null;
}

export function notOnTrackClientFlag(input: NotOnTrackClientInput): NotOnTrackClientFlag | null {
  const deteriorations: ReliableDeterioration[] = [];

  if (input.phq9) {
    const { first, latest } = input.phq9;
    addIfDeteriorated(
      deteriorations,
      'PHQ-9',
      input.phq9,
      PHQ9_RELIABLE_CHANGE,
      classifyPhq9Change(first, latest),
      String,
    );
  }
  if (input.gad7) {
    const { first, latest } = input.gad7;
    addIfDeteriorated(
      deteriorations,
      'GAD-7',
      input.gad7,
      GAD7_RELIABLE_CHANGE,
      classifyGad7Change(first, latest),
      String,
    );
  }
  if (input.ors) {
    // Normalised to exact tenths so the flag's data carries 24.9, never 24.900000000000002.
    const first = fromTenths(analogueTotalTenths(input.ors.first, 'first ORS total'));
    const latest = fromTenths(analogueTotalTenths(input.ors.latest, 'latest ORS total'));
    // Age only affects recovery, which this rule does not use.
    const change = classifyOrsChange(first, latest, null, null);
    addIfDeteriorated(
      deteriorations,
      'ORS',
      { ...input.ors, first, latest },
      ORS_RELIABLE_CHANGE,
      change,
      formatTenths,
    );
  }
  if (deteriorations.length === 0) return null;

  return {
    kind: 'not-on-track-client',
    reason: joinSentences(deteriorations.map((d) => d.sentence)),
    data: { clientId: input.clientId, deteriorations },
  };
}

/**
 * A new deterioration while the client's measures flag is still open: it adds itself to that
 * flag (its sentences after the stored reason) instead of opening a second flag.
 */
export function appendToOpenClientFlag(
  open: { reason: string; data: Partial<NotOnTrackClientData> },
  next: NotOnTrackClientFlag,
): { reason: string; data: NotOnTrackClientData } {
  return {
    reason: joinSentences([open.reason, next.reason]),
    data: {
      clientId: next.data.clientId,
      deteriorations: [...(open.data.deteriorations ?? []), ...next.data.deteriorations],
    },
  };
}

function addIfDeteriorated(
  into: ReliableDeterioration[],
  instrument: OutcomeInstrument,
  pair: ScorePair,
  reliableChange: number,
  classification: ChangeClassification,
  format: (score: number) => string,
): void {
  const { first, latest, firstTherapySession, latestTherapySession } = pair;
  requireIntegerInRange(firstTherapySession, 1, Number.MAX_SAFE_INTEGER, `${instrument} first session number`);
  requireIntegerInRange(
    latestTherapySession,
    firstTherapySession + 1,
    Number.MAX_SAFE_INTEGER,
    `${instrument} latest session number`,
  );
  if (!classification.reliableDeterioration) return;
  const rose = classification.change > 0;
  const size = format(Math.abs(classification.change));
  into.push({
    instrument,
    first,
    firstTherapySession,
    latest,
    latestTherapySession,
    change: classification.change,
    reliableChange,
    sentence:
      `${instrument} ${rose ? 'rose' : 'fell'} ${points(size)}, from ${format(first)} at session ` +
      `${firstTherapySession} to ${format(latest)} at session ${latestTherapySession}; ` +
      `a ${rose ? 'rise' : 'fall'} of ${reliableChange} or more is a reliable deterioration.`,
  });
}
