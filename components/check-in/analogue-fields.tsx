import type { AnalogueItemLabel } from '@/lib/domain/scoring';
import { checkInField } from '@/lib/validation/field-names';
import { TextField } from '../ui/field';

/**
 * ORS / SRS: four marks from 0.0 to 10.0 in steps of 0.1, typed as numbers (a slider needs
 * JavaScript and is hard to set exactly by keyboard). Licensed instruments: short labels only.
 */
export function AnalogueFields({
  instrument,
  items,
  values,
  errors,
  idPrefix,
}: {
  instrument: 'ors' | 'srs';
  idPrefix?: string;
  items: readonly AnalogueItemLabel[];
  values: (string | undefined)[];
  errors: Record<string, string[] | undefined> | undefined;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {items.map((item, index) => {
        const name = checkInField.item(instrument, index);
        return (
          <TextField
            key={name}
            label={item.label}
            name={name}
            idPrefix={idPrefix}
            type="number"
            inputMode="decimal"
            step="0.1"
            min={0}
            max={10}
            required
            hint="0.0 (low) to 10.0 (high)"
            defaultValue={values[index] ?? ''}
            error={errors?.[name]?.[0]}
          />
        );
      })}
    </div>
  );
}
