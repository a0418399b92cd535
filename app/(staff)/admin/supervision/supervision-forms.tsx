'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState } from '@/lib/form-state';
import { assignSupervisorAction, endSupervisionAction } from './actions';

/** Choose or change a therapist's supervisor; ending is a separate, quieter button. */
export function SupervisionForms({
  therapistId,
  therapistName,
  currentSupervisorId,
  supervisors,
}: {
  therapistId: string;
  therapistName: string;
  currentSupervisorId: string | null;
  supervisors: { id: string; name: string }[];
}) {
  const [assigned, assign] = useActionState(assignSupervisorAction, idleFormState);
  const [ended, end] = useActionState(endSupervisionAction, idleFormState);
  const done = [assigned, ended].find((s) => s.status === 'success' && s.message);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <form action={assign} noValidate className="flex flex-wrap items-end gap-2" key={assigned.submittedAt}>
        <input type="hidden" name="therapistId" value={therapistId} />
        <SelectField
          label={`Supervisor for ${therapistName}`}
          name="supervisorId"
          required
          idPrefix={`sup-${therapistId}`}
          defaultValue={currentSupervisorId ?? ''}
          error={firstError(assigned, 'supervisorId')}
          className="min-w-48"
        >
          <option value="">Choose a supervisor</option>
          {supervisors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          {currentSupervisorId ? 'Change' : 'Assign'}
          <span className="sr-only"> supervisor for {therapistName}</span>
        </SubmitButton>
      </form>
      {currentSupervisorId ? (
        <form action={end}>
          <input type="hidden" name="therapistId" value={therapistId} />
          <SubmitButton variant="quiet" pendingLabel="Ending…">
            End supervision<span className="sr-only"> of {therapistName}</span>
          </SubmitButton>
        </form>
      ) : null}
      <div className="w-full empty:hidden">
        <ErrorSummary state={assigned} idPrefix={`sup-${therapistId}`} />
        <ErrorSummary state={ended} />
      </div>
      {done ? (
        <p role="status" className="w-full text-sm text-emerald-800">
          {done.message}
        </p>
      ) : null}
    </div>
  );
}
