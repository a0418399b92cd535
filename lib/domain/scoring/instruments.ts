import { ANALOGUE_ITEM_COUNT } from './analogue-scale';
import { GAD7_ITEM_COUNT } from './gad7';
import { PHQ9_ITEM_COUNT } from './phq9';

/** The questionnaires a check-in can hold, and how each is named to people. */
export const INSTRUMENTS = ['phq9', 'gad7', 'ors', 'srs'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const INSTRUMENT_LABELS: Record<Instrument, string> = { phq9: 'PHQ-9', gad7: 'GAD-7', ors: 'ORS', srs: 'SRS' };

/** How many questions each has. */
export const INSTRUMENT_ITEM_COUNTS: Record<Instrument, number> = {
  phq9: PHQ9_ITEM_COUNT,
  gad7: GAD7_ITEM_COUNT,
  ors: ANALOGUE_ITEM_COUNT,
  srs: ANALOGUE_ITEM_COUNT,
};
