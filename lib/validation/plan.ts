import { z } from './zod';
import { personName, recordId } from './common';
import { optionalFreeText } from './text';
import { LIMITS } from './limits';

/**
 * Signing a plan version. The signer names the version (its hash) they read, so a plan that
 * changed while they were reading is never signed by mistake.
 */
export const signPlanSchema = z.object({
  /** Staff name the client; in the portal it is the signed-in client's own plan. */
  clientId: recordId('client').optional(),
  planHash: z
    .string({ error: 'Reload the page and try again.' })
    .regex(/^[0-9a-f]{64}$/, 'Reload the page and try again.'),
  typedName: personName('Your full name'),
  /** Needed when the plan has fewer goals than the organisation asks for. */
  shortfallReason: optionalFreeText(LIMITS.shortfallReason, 'The reason'),
});
export type SignPlanInput = z.output<typeof signPlanSchema>;

/** Names match when they are the same letters, ignoring case, accents' case and extra spaces. */
export function sameName(typed: string, expected: string): boolean {
  const normalise = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return normalise(typed) === normalise(expected);
}
