import { z } from './zod';
import { recordId } from './common';
import { checkbox, optionalFreeText } from './text';

/** The 5 P's, as the therapist writes them. Each is optional: a formulation grows over sessions. */
export const saveFormulationSchema = z.object({
  clientId: recordId('client'),
  /** The version the edit started from; 0 when there is no formulation yet. */
  version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(0, 'Reload the page and try again.'),
  presenting: optionalFreeText(4000, 'Presenting problem'),
  predisposing: optionalFreeText(4000, 'Predisposing factors'),
  precipitating: optionalFreeText(4000, 'Precipitating factors'),
  perpetuating: optionalFreeText(4000, 'Perpetuating factors'),
  protective: optionalFreeText(4000, 'Protective factors'),
  sharedWithClient: checkbox,
});
export type SaveFormulationInput = z.output<typeof saveFormulationSchema>;
