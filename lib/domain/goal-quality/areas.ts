import { type ThemeId } from '../themes';
import { compilePhrases, longestPhraseAt, type Phrase, type Token, tokenize } from './tokens';

/**
 * The area of life a goal is about (self-harm, drinking, conflict, low mood...), so that every
 * suggestion the checks make comes from the goal's own area: a goal about self-harm gets an
 * example about coping when the urge comes, never one about bedtime.
 *
 * The area is read from the goal's words first, then from its measure, target and value, then
 * from its theme. Self-harm outranks every other area wherever it is mentioned: its examples
 * are the only ones that are safe to show on such a goal. The examples are plain, kind and
 * concrete: they say what the person will do, never what is wrong with them.
 */

export type GoalAreaId =
  | 'self-harm'
  | 'drinking'
  | 'cannabis'
  | 'drugs'
  | 'smoking'
  | 'conflict'
  | 'anger'
  | 'avoided-conversations'
  | 'anxiety'
  | 'low-mood'
  | 'sleep'
  | 'screens'
  | 'eating'
  | 'procrastination'
  | 'self-criticism'
  | 'connection'
  | 'relationship'
  | 'confidence';

export interface GoalArea {
  readonly id: GoalAreaId;
  /** A goal in this area worded as something the person will do. */
  readonly example: string;
  /** What to say instead of avoidance wording in this area. */
  readonly instead: string;
  /** How progress in this area could be counted (for the Measurable finding). */
  readonly measureExample: string;
}

interface AreaRule extends GoalArea {
  readonly keywords: readonly Phrase[];
}

const rule = (id: GoalAreaId, keywords: readonly string[], area: Omit<GoalArea, 'id'>): AreaRule => ({
  id,
  keywords: compilePhrases(keywords),
  ...area,
});

// Order matters: the first area whose keyword appears wins (self-harm is always looked for first).
const AREAS: readonly AreaRule[] = [
  rule(
    'self-harm',
    [
      'self harm|harming|harms|harmed|injury|injure|injuring|hurt|hurting',
      'selfharm|selfharming',
      'harm|harming|hurt|hurting|cut|cutting|burn|burning myself',
      'suicidal|suicide|overdose|overdosing',
      'urge|urges to cut|hurt|harm',
    ],
    {
      example: 'Use my coping plan and contact someone on my support list when the urge comes',
      instead:
        'Say what you will do when the urge comes, e.g. “Use my coping plan and contact someone on my support list when the urge comes”.',
      measureExample: 'times I used my coping plan when the urge came',
    },
  ),
  rule(
    'drinking',
    [
      'drink|drinks|drinking|alcohol|alcoholic|wine|beer|beers|booze|drunk|pint|pints|spirits|vodka|units|hungover|hangover',
    ],
    {
      example: 'Have alcohol-free days Monday to Thursday',
      instead: 'Say what you will have or do instead, e.g. “Have alcohol-free days Monday to Thursday”.',
      measureExample: 'alcohol-free days a week',
    },
  ),
  rule('cannabis', ['cannabis|weed|marijuana|spliff|spliffs|joint|joints'], {
    example: 'Keep Monday to Thursday cannabis-free',
    instead:
      'Say what you will do instead, with a number: a limit, or cannabis-free days, e.g. “Keep Monday to Thursday cannabis-free”.',
    measureExample: 'cannabis-free days a week',
  }),
  rule('drugs', ['drug|drugs|cocaine|coke|pills|ketamine|mdma|using'], {
    example: 'Plan two drug-free weekends a month with friends who support me',
    instead:
      'Say what you will do instead, with a number, e.g. “Plan two drug-free weekends a month with friends who support me”.',
    measureExample: 'drug-free days a week',
  }),
  rule('smoking', ['smoke|smoking|smokes|cigarette|cigarettes|cigs|vape|vaping|nicotine'], {
    example: 'Go for a five-minute walk when I want a cigarette',
    instead: 'Say what you will do when the urge comes, e.g. “Go for a five-minute walk when I want a cigarette”.',
    measureExample: 'cigarettes a day',
  }),
  rule(
    'conflict',
    [
      'argue|argues|arguing|argued|argument|arguments|fight|fights|fighting|bicker|bickering|quarrel|quarrels|quarrelling',
    ],
    {
      example: 'Take a 10-minute break when an argument heats up, then come back to it',
      instead:
        'Say what you will do when it gets heated, e.g. “Take a 10-minute break when an argument heats up, then come back to it”.',
      measureExample: 'arguments where I took a break and came back to it',
    },
  ),
  rule(
    'anger',
    ['temper|tempers|angry|anger|shout|shouting|yell|yelling|snap|snapping|scream|screaming|lash|lashing'],
    {
      example: 'Take three slow breaths and step away for a minute before I reply',
      instead:
        'Say what you will do when you notice anger rising, e.g. “Take three slow breaths and step away for a minute before I reply”.',
      measureExample: 'times I stepped away before replying',
    },
  ),
  rule(
    'avoided-conversations',
    ['conversation|conversations|conflict|conflicts|confrontation|confrontations|disagreement|disagreements'],
    {
      example: 'Start one difficult conversation a week',
      instead: 'Say what you will start instead, e.g. “Start one difficult conversation a week”.',
      measureExample: 'difficult conversations started a week',
    },
  ),
  rule(
    'anxiety',
    [
      'anxiety|anxious|worry|worrying|worries|worried|panic|panicking|nervous|nerves|fear|fears|scared|afraid|overthinking|stress|stressed',
    ],
    {
      example: 'Use my breathing exercise when I notice panic starting',
      instead:
        'Say what you would like to be able to do, e.g. “Use my breathing exercise when I notice panic starting”.',
      measureExample: 'times I used my breathing exercise',
    },
  ),
  rule(
    'low-mood',
    [
      'low|mood|moods|depressed|depression|sad|sadness|miserable|unhappy|hopeless|empty|numb|motivation|motivated',
      'feel|feeling down',
    ],
    {
      example: 'Get outside for a 15-minute walk each morning',
      instead: 'Say what you will do that helps, e.g. “Get outside for a 15-minute walk each morning”.',
      measureExample: 'mornings I got outside for a walk',
    },
  ),
  rule('sleep', ['up late', 'late night|nights', 'bed|bedtime|bedtimes|sleep|sleeping|asleep|insomnia|tired|lie in'], {
    example: 'Go to bed by 11pm on weeknights',
    instead: 'Say when you will go to bed instead, e.g. “Go to bed by 11pm on weeknights”.',
    measureExample: 'nights in bed by 11pm',
  }),
  rule(
    'screens',
    [
      'phone|phones|screen|screens|scroll|scrolling|instagram|tiktok|facebook|youtube|netflix|gaming|games|tv|television|internet|online',
      'social media',
    ],
    {
      example: 'Read or go for a walk for 30 minutes each evening',
      instead:
        'Say what you will spend that time on instead, e.g. “Read or go for a walk for 30 minutes each evening”.',
      measureExample: 'evenings with 30 minutes off my phone',
    },
  ),
  rule(
    'eating',
    [
      'snack|snacks|snacking|junk|sugar|sweets|takeaway|takeaways|binge|binging|bingeing|crisps|chocolate|eat|eating|meals',
    ],
    {
      example: 'Have fruit or nuts as my afternoon snack on weekdays',
      instead: 'Say what you will eat instead, e.g. “Have fruit or nuts as my afternoon snack on weekdays”.',
      measureExample: 'weekdays with a planned afternoon snack',
    },
  ),
  rule(
    'procrastination',
    ['procrastinate|procrastinating|procrastination', 'put|putting things|tasks|work off', 'put|putting off'],
    {
      example: 'Start my most important task by 10am on weekdays',
      instead: 'Say when you will start instead, e.g. “Start my most important task by 10am on weekdays”.',
      measureExample: 'weekdays I started my main task by 10am',
    },
  ),
  rule(
    'self-criticism',
    [
      'hard on myself',
      'beat|beating myself up',
      'put|putting myself down',
      'criticise|criticize|criticising|criticizing myself',
      'failure|worthless|useless',
    ],
    {
      example: 'Write down one thing I did well each evening',
      instead: 'Say how you will treat yourself instead, e.g. “Write down one thing I did well each evening”.',
      measureExample: 'evenings I wrote down something I did well',
    },
  ),
  rule(
    'connection',
    [
      'isolate|isolating|isolation|lonely|loneliness|cancel|cancelling|canceling|withdraw|withdrawing|friends|friend|social',
    ],
    {
      example: 'Meet or call a friend once a week',
      instead: 'Say how you will connect instead, e.g. “Meet or call a friend once a week”.',
      measureExample: 'friends I met or called each week',
    },
  ),
  rule('relationship', ['partner|marriage|husband|wife|boyfriend|girlfriend|relationship'], {
    example: 'Plan one evening out with my partner each week',
    instead: 'Say what you will do together instead, e.g. “Plan one evening out with my partner each week”.',
    measureExample: 'evenings out together each month',
  }),
  rule(
    'confidence',
    [
      'confident|confidence|assertive|assertiveness|esteem|shy|shyness|speak',
      'walk all over',
      'take advantage of',
      'push|pushing me around',
      'say|saying no',
    ],
    {
      example: 'Speak up at least once in each team meeting',
      instead: 'Say what you will do instead, e.g. “Speak up at least once in each team meeting”.',
      measureExample: 'meetings where I spoke up',
    },
  ),
];

/** A theme points to an area when the words do not name one. */
const THEME_AREAS: Partial<Record<ThemeId, GoalAreaId>> = {
  'improving-sleep': 'sleep',
  'addressing-challenging-dynamics': 'conflict',
  'improving-communication-skills': 'avoided-conversations',
  'increasing-self-esteem': 'self-criticism',
  'learning-to-set-boundaries': 'confidence',
  'reducing-symptom-intensity': 'anxiety',
};

const BY_ID: ReadonlyMap<GoalAreaId, GoalArea> = new Map(AREAS.map((area) => [area.id, area]));

const SELF_HARM = AREAS.filter((area) => area.id === 'self-harm');

// "Drink 8 glasses of water a day" is not about alcohol.
const DRINK_WORDS = new Set(['drink', 'drinks', 'drinking']);
const NOT_ALCOHOL = new Set(['water', 'tea', 'coffee', 'juice', 'milk', 'fluids', 'squash', 'smoothies', 'smoothie']);

function areaAt(tokens: readonly Token[], index: number, areas: readonly AreaRule[]): AreaRule | undefined {
  const word = tokens[index]?.norm ?? '';
  if (DRINK_WORDS.has(word) && tokens.slice(index + 1, index + 4).some((token) => NOT_ALCOHOL.has(token.norm)))
    return undefined;
  return areas.find((area) => longestPhraseAt(tokens, index, area.keywords) > 0);
}

/** The first area named in these words (between `from` and `to`, inclusive), if any. */
export function areaInTokens(tokens: readonly Token[], from = 0, to = tokens.length - 1): GoalArea | undefined {
  // Self-harm is looked for across the whole range first: it outranks anything named before it.
  for (let index = from; index <= to; index += 1) {
    const selfHarm = areaAt(tokens, index, SELF_HARM);
    if (selfHarm !== undefined) return selfHarm;
  }
  for (let index = from; index <= to; index += 1) {
    const found = areaAt(tokens, index, AREAS);
    if (found !== undefined) return found;
  }
  return undefined;
}

export interface AreaInput {
  readonly wording: string;
  readonly measure?: string | null;
  readonly target?: string | null;
  readonly value?: string | null;
  readonly theme?: string | null;
}

/** The goal's area: from its words, then its measure, target and value, then its theme. */
export function goalArea(input: AreaInput): GoalArea | undefined {
  const texts = [input.wording, input.measure, input.target, input.value].filter(
    (text): text is string => typeof text === 'string',
  );
  const all = texts.map((text) => tokenize(text));
  const selfHarm = all.map((tokens) => areaInTokens(tokens)).find((area) => area?.id === 'self-harm');
  if (selfHarm !== undefined) return selfHarm;
  for (const tokens of all) {
    const area = areaInTokens(tokens);
    if (area !== undefined) return area;
  }
  const themed = typeof input.theme === 'string' ? THEME_AREAS[input.theme as ThemeId] : undefined;
  return themed === undefined ? undefined : BY_ID.get(themed);
}

/** One area by its id. */
export function areaById(id: GoalAreaId): GoalArea {
  const area = BY_ID.get(id);
  if (area === undefined) throw new Error(`Unknown goal area ${id}`);
  return area;
}

/** True when the goal is about self-harm: no suggestion on it may be about bed or sleep. */
export function isSelfHarmArea(area: GoalArea | undefined): area is GoalArea {
  return area?.id === 'self-harm';
}

/** Every area, in the order they are looked for (the tests read their examples). */
export const GOAL_AREAS: readonly GoalArea[] = AREAS;
