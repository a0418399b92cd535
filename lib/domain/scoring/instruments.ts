/** The questionnaires a check-in can hold, and how each is named to people. */
export const INSTRUMENTS = ['phq9', 'gad7', 'ors', 'srs'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const INSTRUMENT_LABELS: Record<Instrument, string> = { phq9: 'PHQ-9', gad7: 'GAD-7', ors: 'ORS', srs: 'SRS' };
