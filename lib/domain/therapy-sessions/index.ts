/*
 * Pure rules for therapy sessions and check-ins: numbering, the measure schedule, the
 * after-session window, wall-clock times in the organisation's zone, objective weeks and the
 * words under a client's progress chart. No I/O; time comes in as a parameter.
 */
export {
  isNumbered,
  numberTherapySessions,
  type NumberableTherapySession,
  type TherapySessionStatus,
} from './numbering';
export {
  isQuestionnaireDue,
  measuresDueBefore,
  srsDueAfter,
  type MeasureSettings,
  type MeasuresDueBefore,
  type QuestionnaireSchedule,
} from './measure-schedule';
export { AFTER_CHECK_IN_OPEN_FOR_MS, afterSessionWindow } from './after-session-window';
export { instantToWallTime, wallTimeToInstant } from '@/lib/time/wall-time';
export { addDays, describeFrequency, recentWeekStarts, weekStartOf, weeklyTarget, type ObjectivePeriod } from './weeks';
export { progressWords, type ProgressTone, type ProgressWords } from './progress-words';
