/**
 * Goals the demo clients set with their therapists: plain, first-person words across the
 * eleven themes, with GROW fields and countable steps. Deterministic: the demo seed picks from
 * this list by client.
 */

export interface DemoObjective {
  description: string;
  timesPerPeriod: number | null;
  period: 'day' | 'week' | 'month' | null;
  durationWeeks: number | null;
}

export interface DemoGoal {
  /** A short name for messages ("Sleep"). */
  key: string;
  wording: string;
  theme: string;
  value: string;
  goalType: 'process' | 'performance' | 'outcome';
  formulationFactor: 'presenting' | 'predisposing' | 'precipitating' | 'perpetuating' | 'protective' | null;
  reality: string;
  options: string;
  obstacles: string;
  firstStep: string;
  confidence: number;
  measure: string;
  target: string;
  frequency: string | null;
  objectives: DemoObjective[];
  /** A later wording the therapist suggests, for clients whose goal is being revised. */
  revision?: { wording: string; note: string; frequency?: string };
}

const step = (
  description: string,
  timesPerPeriod: number | null,
  period: DemoObjective['period'],
  durationWeeks: number | null,
): DemoObjective => ({ description, timesPerPeriod, period, durationWeeks });

export const DEMO_GOALS: DemoGoal[] = [
  {
    key: 'sleep',
    wording: 'Go to bed by 11pm on weeknights',
    theme: 'improving-sleep',
    value: 'Having energy for my kids in the morning',
    goalType: 'process',
    formulationFactor: 'perpetuating',
    reality: 'Most nights I am on my phone in bed until after 1am, and mornings are a struggle.',
    options: 'Charge my phone in the kitchen; a wind-down alarm at 10:30pm; reading instead of scrolling.',
    obstacles: 'Scrolling when I feel wired after a hard day.',
    firstStep: 'Put my phone on charge in the kitchen at 10:30pm tonight',
    confidence: 7,
    measure: 'Weeknights in bed by 11pm',
    target: '4 of 5 weeknights',
    frequency: 'weeknights',
    objectives: [
      step('Phone on charge in the kitchen by 10:30pm', 5, 'week', 6),
      step('Read a paper book in bed instead of scrolling', 3, 'week', 6),
    ],
    revision: {
      wording: 'Be in bed with the lights off by 11pm on weeknights',
      note: 'We talked about lights off rather than just being in bed.',
    },
  },
  {
    key: 'walk',
    wording: 'Go for a 30-minute walk three mornings a week',
    theme: 'developing-coping-strategies',
    value: 'Feeling steadier before work',
    goalType: 'process',
    formulationFactor: 'protective',
    reality: 'I used to walk the dog every morning and felt calmer; since the move I have stopped.',
    options: 'Walk before breakfast; walk part of the way to work; join the Saturday walking group.',
    obstacles: 'Dark mornings in winter.',
    firstStep: 'Lay out my shoes and coat the night before',
    confidence: 8,
    measure: 'Walks of 30 minutes a week',
    target: '3 a week',
    frequency: 'three times a week',
    objectives: [step('30-minute walk before breakfast', 3, 'week', 8)],
  },
  {
    key: 'friends',
    wording: 'Reach out to one friend or family member each week',
    theme: 'improving-communication-skills',
    value: 'Staying close to the people I love',
    goalType: 'process',
    formulationFactor: 'perpetuating',
    reality: 'I have been turning down invitations and it has been weeks since I called anyone.',
    options: 'A text, a call, or meeting for coffee all count.',
    obstacles: 'Worrying that I have left it too long.',
    firstStep: 'Text my sister on Sunday evening',
    confidence: 8,
    measure: 'People I reached out to each week',
    target: 'At least 1 a week',
    frequency: 'every week',
    objectives: [step('Send one message or make one call to a friend', 1, 'week', 6)],
  },
  {
    key: 'meetings',
    wording: 'Speak up at least once in each team meeting',
    theme: 'increasing-self-esteem',
    value: 'Being someone whose ideas are heard',
    goalType: 'performance',
    formulationFactor: 'predisposing',
    reality: 'I prepare points but stay quiet, then feel frustrated afterwards.',
    options: 'Write one point down beforehand; ask a question if a point feels too big.',
    obstacles: 'My heart racing when I start to talk.',
    firstStep: 'Write one question on a sticky note before Monday’s meeting',
    confidence: 6,
    measure: 'Meetings where I spoke at least once',
    target: 'Every meeting for a month',
    frequency: 'in every team meeting',
    objectives: [step('Prepare one point or question before each meeting', 2, 'week', 4)],
    revision: {
      wording: 'Ask one question in each Monday team meeting',
      note: 'Starting smaller: questions feel safer than points for now.',
    },
  },
  {
    key: 'boundaries',
    wording: 'Say no to extra shifts when I have already worked five days',
    theme: 'learning-to-set-boundaries',
    value: 'Having time for my own life',
    goalType: 'process',
    formulationFactor: 'perpetuating',
    reality: 'I said yes to four extra shifts last month and felt exhausted and resentful.',
    options: 'A script for saying no; checking my rota before answering; asking for time to think.',
    obstacles: 'Feeling guilty and worrying what my manager will think.',
    firstStep: 'Practise my “not this week” script with my therapist',
    confidence: 7,
    measure: 'Extra shifts taken after five days worked',
    target: '0 a month',
    frequency: null,
    objectives: [step('Check the rota before answering any shift request', null, null, 8)],
  },
  {
    key: 'breathing',
    wording: 'Practise slow breathing for 5 minutes every evening',
    theme: 'practising-mindfulness',
    value: 'Feeling more in control when anxiety rises',
    goalType: 'process',
    formulationFactor: 'presenting',
    reality: 'Panic comes on quickly at work and I do not know what to do with it.',
    options: 'Box breathing; a breathing app; practising at the same time each day.',
    obstacles: 'Forgetting when the evening gets busy.',
    firstStep: 'Set a reminder for 9pm on my phone',
    confidence: 9,
    measure: 'Evenings I practised',
    target: '6 evenings a week',
    frequency: 'every evening',
    objectives: [step('5 minutes of box breathing', 6, 'week', 4)],
  },
  {
    key: 'drinking',
    wording: 'Have at least four alcohol-free evenings each week',
    theme: 'changing-harmful-habits',
    value: 'Being present with my partner',
    goalType: 'process',
    formulationFactor: 'perpetuating',
    reality: 'I drink most evenings to switch off after work.',
    options: 'Alcohol-free drinks in the fridge; an evening walk; tea after dinner.',
    obstacles: 'Friday drinks after work.',
    firstStep: 'Buy alcohol-free drinks for the weekend',
    confidence: 7,
    measure: 'Alcohol-free evenings a week',
    target: '4',
    frequency: 'each week',
    objectives: [step('Alcohol-free evening', 4, 'week', 8)],
  },
  {
    key: 'partner',
    wording: 'Start one difficult conversation with my partner each week',
    theme: 'addressing-challenging-dynamics',
    value: 'A relationship where we both feel heard',
    goalType: 'process',
    formulationFactor: 'perpetuating',
    reality: 'We avoid talking about money, and it comes out as arguments.',
    options: 'Pick a calm time; use “I” statements; agree a time limit.',
    obstacles: 'Fear that it will turn into a row.',
    firstStep: 'Ask for 20 minutes on Sunday afternoon to talk about the budget',
    confidence: 6,
    measure: 'Conversations started',
    target: '1 a week',
    frequency: 'each week',
    objectives: [step('Plan the conversation with an “I” statement first', 1, 'week', 6)],
  },
  {
    key: 'journal',
    wording: 'Write three things I handled well at the end of each day',
    theme: 'increasing-self-esteem',
    value: 'Being kinder to myself',
    goalType: 'process',
    formulationFactor: 'predisposing',
    reality: 'I notice every mistake I make and none of what goes right.',
    options: 'A notebook by the bed; a notes app; sharing one with a friend.',
    obstacles: 'Thinking the good things are too small to count.',
    firstStep: 'Put a notebook and pen by my bed',
    confidence: 8,
    measure: 'Days with three things written',
    target: '5 days a week',
    frequency: 'every day',
    objectives: [step('Three things I handled well', 5, 'week', 6)],
  },
  {
    key: 'trauma',
    wording: 'Work through my memories of the accident at my own pace in sessions',
    theme: 'processing-past-trauma',
    value: 'Being able to drive my children again',
    goalType: 'outcome',
    formulationFactor: 'precipitating',
    reality: 'I avoid the road where it happened and have not driven since.',
    options: 'Grounding first; talking about it in small parts; planning the first drive together.',
    obstacles: 'Flashbacks when something reminds me.',
    firstStep: 'Practise the grounding exercise daily for a week',
    confidence: 7,
    measure: 'Distress rating (0–10) after talking about it',
    target: 'Below 4',
    frequency: 'in each session',
    objectives: [step('Grounding exercise', 1, 'day', 2)],
  },
  {
    key: 'values',
    wording: 'Try one new activity each month that I used to enjoy as a teenager',
    theme: 'discovering-more-about-who-you-are',
    value: 'Finding out what I enjoy now',
    goalType: 'process',
    formulationFactor: 'protective',
    reality: 'My life has been work and caring for Mum for years; I do not know what I like any more.',
    options: 'Painting, swimming, the choir at the library.',
    obstacles: 'Feeling selfish taking time for myself.',
    firstStep: 'Book a taster session at the community art class',
    confidence: 8,
    measure: 'New activities tried',
    target: '1 a month',
    frequency: 'each month',
    objectives: [step('Try one taster session', 1, 'month', 12)],
  },
  {
    key: 'worry',
    wording: 'Keep worrying to a 15-minute worry time each afternoon',
    theme: 'reducing-symptom-intensity',
    value: 'Enjoying evenings with my family',
    goalType: 'process',
    formulationFactor: 'perpetuating',
    reality: 'I worry on and off all day, and most of all at night.',
    options: 'A worry notebook; a fixed time at 5pm; a walk afterwards.',
    obstacles: 'Worries that feel urgent.',
    firstStep: 'Write worries down to save for worry time tomorrow',
    confidence: 7,
    measure: 'Days I kept to worry time',
    target: '5 days a week',
    frequency: 'every afternoon',
    objectives: [step('15-minute worry time at 5pm', 5, 'week', 6)],
  },
];
