/**
 * The fixed vocabularies of the clinical model (docs/design.md, "The clinical model"): goal themes,
 * goal types and the 5 P's of a formulation. Ids are stored in the database, so they never
 * change; labels are what people read and may be reworded freely.
 */

/** The eleven goal themes, in the order the design lists them. */
export const THEMES = [
  { id: 'developing-coping-strategies', label: 'Developing coping strategies' },
  { id: 'reducing-symptom-intensity', label: 'Reducing symptom intensity' },
  { id: 'discovering-more-about-who-you-are', label: 'Discovering more about who you are' },
  { id: 'practising-mindfulness', label: 'Practising mindfulness' },
  { id: 'improving-sleep', label: 'Improving sleep' },
  { id: 'increasing-self-esteem', label: 'Increasing self-esteem' },
  { id: 'addressing-challenging-dynamics', label: 'Addressing challenging dynamics' },
  { id: 'processing-past-trauma', label: 'Processing past trauma' },
  { id: 'changing-harmful-habits', label: 'Changing harmful habits' },
  { id: 'improving-communication-skills', label: 'Improving communication skills' },
  { id: 'learning-to-set-boundaries', label: 'Learning to set boundaries' },
] as const;

/** A theme's stored id, e.g. 'improving-sleep'. */
export type ThemeId = (typeof THEMES)[number]['id'];

const THEME_LABELS: ReadonlyMap<string, string> = new Map(THEMES.map((theme) => [theme.id, theme.label]));

/** True when `value` is one of the eleven theme ids (use on data read from storage or forms). */
export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && THEME_LABELS.has(value);
}

/** The readable label of a theme, e.g. 'Improving sleep'. */
export function themeLabel(id: ThemeId): string {
  // Every ThemeId is in the map; the fallback only guards data that bypassed the type.
  return THEME_LABELS.get(id) ?? id;
}

/**
 * Goal types: a process goal is something done regularly ("walk three times a week"), a
 * performance goal a standard reached ("run 5 km"), an outcome goal an end result ("return to
 * work").
 */
export const GOAL_TYPES = ['process', 'performance', 'outcome'] as const;

/** One of GOAL_TYPES. */
export type GoalType = (typeof GOAL_TYPES)[number];

export const GOAL_TYPE_LABELS: Readonly<Record<GoalType, string>> = {
  process: 'Process',
  performance: 'Performance',
  outcome: 'Outcome',
};

/** True when `value` is one of GOAL_TYPES. */
export function isGoalType(value: unknown): value is GoalType {
  return typeof value === 'string' && (GOAL_TYPES as readonly string[]).includes(value);
}

/** The 5 P's of a formulation; a goal may say which factor it addresses. */
export const FORMULATION_FACTORS = [
  'presenting',
  'predisposing',
  'precipitating',
  'perpetuating',
  'protective',
] as const;

/** One of FORMULATION_FACTORS. */
export type FormulationFactor = (typeof FORMULATION_FACTORS)[number];

export const FORMULATION_FACTOR_LABELS: Readonly<Record<FormulationFactor, string>> = {
  presenting: 'Presenting problem',
  predisposing: 'Predisposing factors',
  precipitating: 'Precipitating factors',
  perpetuating: 'Perpetuating factors',
  protective: 'Protective factors',
};

/** The same factors as a kind therapist would put them to the client (the portal's words). */
export const FORMULATION_FACTOR_CLIENT_LABELS: Readonly<Record<FormulationFactor, string>> = {
  presenting: 'What brought you here',
  predisposing: 'What may have made you more vulnerable',
  precipitating: 'What set this off',
  perpetuating: 'What keeps it going',
  protective: 'What helps',
};

/** True when `value` is one of FORMULATION_FACTORS. */
export function isFormulationFactor(value: unknown): value is FormulationFactor {
  return typeof value === 'string' && (FORMULATION_FACTORS as readonly string[]).includes(value);
}
