import type { GoalFormValues } from './form-values';
import type { GoalFieldKey } from './labels';

/** What every group of goal-form fields needs: the values to start from, its labels and its errors. */
export interface GoalFieldsProps {
  values: GoalFormValues;
  labels: Record<GoalFieldKey, string>;
  isClient: boolean;
  /** The first error for a field name, if the last save reported one. */
  error: (field: string) => string | undefined;
}
