import { z } from './zod';
import { isoDate, recordId } from './common';
import { optionalClinicalText } from './clinical-text';
import { LIMITS } from './limits';

export const tickObjectiveSchema = z.object({
  objectiveId: recordId('step'),
  doneOn: isoDate('Day'),
  note: optionalClinicalText('Note', LIMITS.tickNote),
  submissionKey: z.uuid({ error: 'Reload the page and try again.' }),
});
export type TickObjectiveInput = z.infer<typeof tickObjectiveSchema>;

export const retractTickSchema = z.object({ tickId: recordId('tick') });
export type RetractTickInput = z.infer<typeof retractTickSchema>;

/** How far back a step can be ticked off ("I did it on Saturday"). */
export const TICK_DAYS_BACK = 6;
