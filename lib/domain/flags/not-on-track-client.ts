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
  type ChangeClassification,
} from '../scoring';
import type { NotOnTrackClientFlag, OutcomeInstrument, ReliableDeterioration } from './types';
import { joinSentences, points } from './wording';

/*
 * "Not on track" for a client: a reliable deterioration, first vs latest score,
 * on PHQ-9 (rose by >= 6), GAD-7 (rose by >= 4) or ORS (fell by >= 5).
 * Recovery is not considered here, so ORS age does not matter: the reliable
 * change of 5 is the same at every age.
 */

export interface ScorePair {
  /** First complete total (the baseline). */
  first: number;
  /** Latest complete total. */
  latest: number;
}

export interface NotOnTrackClientInput {
  clientId: string;
  /** Omit (or null) an instrument the client has no complete score on. */
  phq9?: ScorePair | null;
  gad7?: ScorePair | null;
  ors?: ScorePair | null;
}

export function notOnTrackClientFlag(input: NotOnTrackClientInput): NotOnTrackClientFlag | null {
  const deteriorations: ReliableDeterioration[] = [];

  if (input.phq9) {
    const { first, latest } = input.phq9;
    addIfDeteriorated(deteriorations, 'PHQ-9', first, latest, PHQ9_RELIABLE_CHANGE, classifyPhq9Change(first, latest), String);
  }
  if (input.gad7) {
    const { first, latest } = input.gad7;
    addIfDeteriorated(deteriorations, 'GAD-7', first, latest, GAD7_RELIABLE_CHANGE, classifyGad7Change(first, latest), String);
  }
  if (input.ors) {
    // Normalised to exact tenths so the flag's data carries 24.9, never 24.900000000000002.
    const first = fromTenths(analogueTotalTenths(input.ors.first, 'first ORS total'));
    const latest = fromTenths(analogueTotalTenths(input.ors.latest, 'latest ORS total'));
    // Age only affects recovery, which this rule does not use.
    const change = classifyOrsChange(first, latest, null);
    addIfDeteriorated(deteriorations, 'ORS', first, latest, ORS_RELIABLE_CHANGE, change, formatTenths);
  }
  if (deteriorations.length === 0) return null;

  return {
    kind: 'not-on-track-client',
    reason: joinSentences(deteriorations.map((d) => d.sentence)),
    data: { clientId: input.clientId, deteriorations },
  };
}

function addIfDeteriorated(
  into: ReliableDeterioration[],
  instrument: OutcomeInstrument,
  first: number,
  latest: number,
  reliableChange: number,
  classification: ChangeClassification,
  format: (score: number) => string,
): void {
  if (!classification.reliableDeterioration) return;
  const rose = classification.change > 0;
  const size = format(Math.abs(classification.change));
  into.push({
    instrument,
    first,
    latest,
    change: classification.change,
    reliableChange,
    sentence:
      `${instrument} ${rose ? 'rose' : 'fell'} ${points(size)}, from ${format(first)} to ${format(latest)}; ` +
      `a ${rose ? 'rise' : 'fall'} of ${reliableChange} or more is a reliable deterioration.`,
  });
}
