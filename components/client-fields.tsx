import { TextField } from './ui/field';
import { LIMITS } from '@/lib/validation/limits';

export interface ClientFieldValues {
  displayName?: string | null;
  pronouns?: string | null;
  dateOfBirth?: string | null;
  intakeDate?: string | null;
}

/** The profile fields shared by "add a client" and "edit profile". */
export function ClientFields({
  values,
  errors,
  max,
}: {
  values: ClientFieldValues;
  errors: Record<string, string[] | undefined> | undefined;
  max: string;
}) {
  const error = (field: string) => errors?.[field]?.[0];
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <TextField
        label="Name"
        name="displayName"
        required
        maxLength={LIMITS.personName}
        autoComplete="off"
        hint="As the client likes to be called."
        defaultValue={values.displayName ?? ''}
        error={error('displayName')}
        className="sm:col-span-2"
      />
      <TextField
        label="Pronouns"
        name="pronouns"
        maxLength={LIMITS.pronouns}
        hint="For example she/her, they/them."
        defaultValue={values.pronouns ?? ''}
        error={error('pronouns')}
      />
      <TextField
        label="Date of birth"
        name="dateOfBirth"
        type="date"
        max={max}
        defaultValue={values.dateOfBirth ?? ''}
        error={error('dateOfBirth')}
      />
      <TextField
        label="Intake date"
        name="intakeDate"
        type="date"
        required
        max={max}
        defaultValue={values.intakeDate ?? ''}
        error={error('intakeDate')}
      />
    </div>
  );
}
