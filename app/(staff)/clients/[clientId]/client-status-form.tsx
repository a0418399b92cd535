'use client';

import { useActionState } from 'react';
import { TextAreaField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ClientProfile } from '@/lib/data/clients';
import { idleFormState, type FormState } from '@/lib/form-state';
import { changeClientStatusAction } from './actions';
import { LIMITS } from '@/lib/validation/limits';

/**
 * Discharge (or re-open) with a reason that stays on the record. The server refuses a discharge
 * while a risk flag is open or a session is still booked, and says which; the reason typed here
 * is kept when it does.
 */
export function ClientStatusForm({ profile }: { profile: ClientProfile }) {
  const [state, action] = useActionState(changeClientStatusAction, idleFormState as FormState<ClientProfile>);
  const discharging = profile.status === 'active';
  const reasonError = state.fieldErrors?.reason?.[0];
  return (
    <form action={action} noValidate className="space-y-4" key={`${profile.status}-${profile.version}`}>
      <input type="hidden" name="clientId" value={profile.id} />
      <input type="hidden" name="version" value={profile.version} />
      <input type="hidden" name="status" value={discharging ? 'discharged' : 'active'} />
      <ErrorSummary state={state} />
      <p className="text-sm text-slate-700">
        {discharging
          ? 'When therapy ends, discharge the client. Their goals, sessions and ratings stay on the record, ' +
            'and they can still see their plan and progress in the portal.'
          : 'Open the record again if the client comes back. The discharge stays in the history.'}
      </p>
      <TextAreaField
        label={discharging ? 'Reason for discharge' : 'Reason for re-opening'}
        name="reason"
        required
        maxLength={LIMITS.clientStatusReason}
        defaultValue={state.status === 'error' ? (state.values?.reason ?? '') : ''}
        error={reasonError}
        hint="A few words for the record, e.g. “Goals met; planned ending”."
      />
      <SubmitButton variant="secondary" pendingLabel={discharging ? 'Discharging…' : 'Re-opening…'}>
        {discharging ? `Discharge ${profile.displayName}` : 'Re-open the record'}
      </SubmitButton>
    </form>
  );
}
