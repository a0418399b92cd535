/**
 * Which standard measures a check-in asks for. PHQ-9 and GAD-7 follow the organisation's
 * schedule: at intake (session 1) if `atIntake`, then every Nth session counted from intake
 * (N = 4: sessions 5, 9, 13 …), so the gap between two questionnaires is always N sessions.
 * ORS (before) and SRS (after) are asked at every session, but only where the organisation
 * has them switched on (they are licensed instruments).
 */

export interface QuestionnaireSchedule {
  readonly atIntake: boolean;
  /** 0 = never after intake. */
  readonly everyNthSession: number;
}

export interface MeasureSettings {
  readonly measureSchedule: { readonly phq9: QuestionnaireSchedule; readonly gad7: QuestionnaireSchedule };
  readonly licensedInstruments: { readonly ors: boolean; readonly srs: boolean };
}

export interface MeasuresDueBefore {
  phq9: boolean;
  gad7: boolean;
  ors: boolean;
}

export function isQuestionnaireDue(therapySessionNumber: number, schedule: QuestionnaireSchedule): boolean {
  if (!Number.isInteger(therapySessionNumber) || therapySessionNumber < 1) {
    throw new RangeError(`Session number must be a whole number ≥ 1, got ${therapySessionNumber}`);
  }
  if (therapySessionNumber === 1) return schedule.atIntake;
  const every = schedule.everyNthSession;
  return every > 0 && (therapySessionNumber - 1) % every === 0;
}

/** What the before-session check-in of session `therapySessionNumber` asks for. */
export function measuresDueBefore(therapySessionNumber: number, settings: MeasureSettings): MeasuresDueBefore {
  return {
    phq9: isQuestionnaireDue(therapySessionNumber, settings.measureSchedule.phq9),
    gad7: isQuestionnaireDue(therapySessionNumber, settings.measureSchedule.gad7),
    ors: settings.licensedInstruments.ors,
  };
}

/** The after-session check-in is the SRS, where it is switched on. */
export function srsDueAfter(settings: MeasureSettings): boolean {
  return settings.licensedInstruments.srs;
}
