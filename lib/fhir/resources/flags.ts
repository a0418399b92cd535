import type { Flag } from '@medplum/fhirtypes';
import { FLAG_CATEGORY, flagKindSystem } from '../codes';
import type { ExportFlag } from '../input';
import { type BundleContext, instant } from './context';

/** An open risk or not-on-track flag (staff copy only). */
export function flagResource(ctx: BundleContext, flag: ExportFlag): Flag {
  return {
    resourceType: 'Flag',
    id: flag.id,
    status: 'active',
    category: [{ coding: [{ system: FLAG_CATEGORY, code: 'clinical', display: 'Clinical' }] }],
    code: {
      coding: [
        {
          system: flagKindSystem(ctx.input.systemBase),
          code: flag.kind,
          display: flag.kind === 'risk' ? 'Risk' : 'Not on track',
        },
      ],
      text: flag.reason,
    },
    subject: ctx.refs.patient,
    period: { start: instant(flag.raisedAt) },
  };
}
