/*
 * Code systems and codes the export uses. LOINC where LOINC has a code (PHQ-9, GAD-7 and their
 * answers); the organisation's own system (under its base URL) where it has none (ORS, SRS, the
 * GBO rating and goal clarity, flag kinds).
 */

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const GOAL_ACHIEVEMENT = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
export const FLAG_CATEGORY = 'http://terminology.hl7.org/CodeSystem/flag-category';
export const PROVENANCE_PARTICIPANT = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
export const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';
export const SIGNATURE_TYPE = 'urn:iso-astm:E1762-95:2013';

export const PHQ9 = {
  panel: { code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' },
  total: { code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
  questionnaire: 'http://loinc.org/q/44249-1',
  /** The nine items' LOINC codes, in form order. */
  items: ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'],
} as const;

export const GAD7 = {
  panel: { code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
  total: { code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
  questionnaire: 'http://loinc.org/q/69737-5',
  items: ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'],
} as const;

/** The four answers shared by the PHQ-9 and GAD-7 items, by score 0–3. */
export const FREQUENCY_ANSWERS = [
  { code: 'LA6568-5', display: 'Not at all' },
  { code: 'LA6569-3', display: 'Several days' },
  { code: 'LA6570-1', display: 'More than half the days' },
  { code: 'LA6571-9', display: 'Nearly every day' },
] as const;

/** The organisation's own code system for what LOINC does not cover. */
export const measureSystem = (systemBase: string) => `${systemBase}/CodeSystem/measures`;
export const flagKindSystem = (systemBase: string) => `${systemBase}/CodeSystem/flag-kind`;
export const planHashSystem = (systemBase: string) => `${systemBase}/plan-version-hash`;
export const goalVersionSystem = (systemBase: string) => `${systemBase}/goal-version`;
export const clientIdentifierSystem = (systemBase: string) => `${systemBase}/clients`;
export const staffIdentifierSystem = (systemBase: string) => `${systemBase}/staff`;
export const organizationIdentifierSystem = (systemBase: string) => `${systemBase}/organization`;

export const OWN_CODES = {
  ors: { code: 'ors-total', display: 'Outcome Rating Scale (ORS) total score' },
  srs: { code: 'srs-total', display: 'Session Rating Scale (SRS) total score' },
  gbo: { code: 'gbo', display: 'Goal-Based Outcome rating (0–10)' },
  clarity: { code: 'goal-clarity', display: 'Goal clarity rated by the client (1–5)' },
} as const;

export const questionnaireUrl = (systemBase: string, name: 'ors' | 'srs' | 'goal-check-in') =>
  `${systemBase}/Questionnaire/${name}`;
