'use client';

import { useActionState } from 'react';
import { ClientFields } from '@/components/client-fields';
import { ButtonLink } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/form-state';
import { createClientAction } from './actions';

export function NewClientForm({ today }: { today: string }) {
  const [state, action] = useActionState(createClientAction, idleFormState);
  const values = state.values ?? { intakeDate: today };
  return (
    <form action={action} noValidate className="space-y-6" key={state.submittedAt}>
      <ErrorSummary state={state} />
      <ClientFields values={values} errors={state.fieldErrors} max={today} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Adding client…">Add client</SubmitButton>
        <ButtonLink href="/caseload" variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
