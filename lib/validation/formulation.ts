import { z } from './zod';
import { recordId } from './common';
import { checkbox, optionalFreeText } from './text';
import { LIMITS } from './limits';

/** The 5 P's, as the therapist writes them. Each is optional: a formulation grows over sessions. */
export const saveFormulationSchema = z.object({
  clientId: recordId('client'),
  /** The version the edit started from; 0 when there is no formulation yet. */
  version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(0, 'Reload the page and try again.'),
  presenting: optionalFreeText(LIMITS.formulationFactor, 'Presenting problem'),
  predisposing: optionalFreeText(LIMITS.formulationFactor, 'Predisposing factors'),
  precipitating: optionalFreeText(LIMITS.formulationFactor, 'Precipitating factors'),
  perpetuating: optionalFreeText(LIMITS.formulationFactor, 'Perpetuating factors'),
  protective: optionalFreeText(LIMITS.formulationFactor, 'Protective factors'),
  sharedWithClient: checkbox,
});
export type SaveFormulationInput = z.output<typeof saveFormulationSchema>;
