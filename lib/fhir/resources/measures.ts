import type {
  Observation,
  ObservationComponent,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Resource,
} from '@medplum/fhirtypes';
import { GAD7_ITEMS, ORS_ITEM_LABELS, PHQ9_ITEMS, SRS_ITEM_LABELS } from '@/lib/domain/scoring';
import { FREQUENCY_ANSWERS, GAD7, LOINC, measureSystem, OWN_CODES, PHQ9, questionnaireUrl, UCUM } from '../codes';
import { derivedUuid, fullUrl } from '../ids';
import type { ExportMeasure } from '../input';
import { type BundleContext, instant, SURVEY } from './context';

/*
 * A completed measure: its QuestionnaireResponse, and Observations of what it scored. PHQ-9 and
 * GAD-7 have LOINC codes for the form, its items, its answers and its total; ORS and SRS have none,
 * so they use the organisation's own code system.
 */

export function measureResources(ctx: BundleContext, measure: ExportMeasure): Resource[] {
  const { instrument } = measure;
  return instrument === 'phq9' || instrument === 'gad7'
    ? loincMeasureResources(ctx, measure, loincInstrument(instrument))
    : ownMeasureResources(ctx, measure, instrument);
}

/** What every resource of one measure shares: who answered, when, and the response its Observations come from. */
function measureCommon(ctx: BundleContext, measure: ExportMeasure) {
  const { patient } = ctx.refs;
  const authored = measure.submittedAt ?? measure.sessionAt;
  return {
    base: { subject: patient, author: patient, source: patient, authored: instant(authored) },
    responseRef: { reference: fullUrl(measure.id) },
    effective: { effectiveDateTime: instant(measure.sessionAt), issued: instant(authored) },
  };
}

/** The form's spec, item texts and name for a LOINC-coded instrument. */
function loincInstrument(instrument: 'phq9' | 'gad7') {
  return instrument === 'phq9'
    ? { spec: PHQ9, texts: PHQ9_ITEMS, name: 'PHQ-9' }
    : { spec: GAD7, texts: GAD7_ITEMS, name: 'GAD-7' };
}

const frequencyAnswer = (measure: ExportMeasure, index: number) => {
  const answer = measure.answers[index];
  return answer === null || answer === undefined ? undefined : FREQUENCY_ANSWERS[answer];
};

type LoincInstrument = ReturnType<typeof loincInstrument>;

function loincMeasureResources(ctx: BundleContext, measure: ExportMeasure, instrument: LoincInstrument): Resource[] {
  const { patient } = ctx.refs;
  const { base, responseRef, effective } = measureCommon(ctx, measure);
  const { spec, texts, name } = instrument;
  const items: QuestionnaireResponseItem[] = spec.items.map((code, index) => {
    const option = frequencyAnswer(measure, index);
    return {
      linkId: code,
      text: texts[index]?.text,
      ...(option ? { answer: [{ valueCoding: { system: LOINC, code: option.code, display: option.display } }] } : {}),
    };
  });
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: measure.id,
    questionnaire: spec.questionnaire,
    status: 'completed',
    ...base,
    item: items,
  };
  const totalId = derivedUuid('total', measure.id);
  const total: Observation | null =
    measure.total === null
      ? null
      : {
          resourceType: 'Observation',
          id: totalId,
          status: 'final',
          category: SURVEY,
          code: { coding: [{ system: LOINC, ...spec.total }], text: `${name} total score` },
          subject: patient,
          ...effective,
          performer: [patient],
          valueInteger: measure.total,
          derivedFrom: [responseRef],
        };
  const components = loincAnswerComponents(measure, instrument);
  const panel: Observation = {
    resourceType: 'Observation',
    id: derivedUuid('panel', measure.id),
    status: total ? 'final' : 'preliminary',
    category: SURVEY,
    code: { coding: [{ system: LOINC, ...spec.panel }], text: name },
    subject: patient,
    ...effective,
    performer: [patient],
    derivedFrom: [responseRef],
    ...(total ? { hasMember: [{ reference: fullUrl(totalId) }] } : {}),
    ...(components.length > 0 ? { component: components } : {}),
  };
  return total ? [response, panel, total] : [response, panel];
}

/** The panel's answered items, each coded by LOINC item and LOINC answer. */
function loincAnswerComponents(measure: ExportMeasure, { spec, texts }: LoincInstrument): ObservationComponent[] {
  return spec.items.flatMap((code, index) => {
    const option = frequencyAnswer(measure, index);
    return option
      ? [
          {
            code: { coding: [{ system: LOINC, code }], text: texts[index]?.text },
            valueCodeableConcept: { coding: [{ system: LOINC, code: option.code, display: option.display }] },
          },
        ]
      : [];
  });
}

function ownMeasureResources(ctx: BundleContext, measure: ExportMeasure, instrument: 'ors' | 'srs'): Resource[] {
  const { patient } = ctx.refs;
  const { systemBase } = ctx.input;
  const { base, responseRef, effective } = measureCommon(ctx, measure);
  const labels = instrument === 'ors' ? ORS_ITEM_LABELS : SRS_ITEM_LABELS;
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: measure.id,
    questionnaire: questionnaireUrl(systemBase, instrument),
    status: 'completed',
    ...base,
    item: labels.map((label, index) => {
      const answer = measure.answers[index];
      return {
        linkId: label.key,
        text: label.label,
        ...(answer === null || answer === undefined ? {} : { answer: [{ valueDecimal: answer }] }),
      };
    }),
  };
  if (measure.total === null) return [response];
  const code = instrument === 'ors' ? OWN_CODES.ors : OWN_CODES.srs;
  const total: Observation = {
    resourceType: 'Observation',
    id: derivedUuid('total', measure.id),
    status: 'final',
    category: SURVEY,
    code: { coding: [{ system: measureSystem(systemBase), ...code }], text: code.display },
    subject: patient,
    ...effective,
    performer: [patient],
    valueQuantity: { value: measure.total, unit: 'score', system: UCUM, code: '{score}' },
    derivedFrom: [responseRef],
  };
  return [response, total];
}
