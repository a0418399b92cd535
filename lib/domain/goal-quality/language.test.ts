import { describe, expect, it } from 'vitest';

import { checkLanguage } from './index';

/**
 * Our own phrasings for the two language checks, beyond the reference table. Each row lists
 * the exact framing findings (the words of each, as typed) and the exact vagueness findings
 * (category and words). An empty list means "nothing flagged", asserted exactly.
 */

type Vague = readonly [category: 'hedge' | 'feeling' | 'more' | 'amount' | 'change' | 'state', words: string];
type Row = readonly [wording: string, framing: readonly (readonly string[])[], vagueness: readonly Vague[]];

const CATEGORY_CODES = {
  hedge: 'vagueness.hedge',
  feeling: 'vagueness.feeling',
  more: 'vagueness.more-without-number',
  amount: 'vagueness.vague-amount',
  change: 'vagueness.change-without-number',
  state: 'vagueness.state-without-action',
} as const;

function expectLanguage([wording, framing, vagueness]: Row): void {
  const report = checkLanguage(wording);
  expect(report.framing.map((finding) => finding.words)).toEqual(framing);
  expect(report.vagueness.map((finding) => [finding.code, ...finding.words])).toEqual(
    vagueness.map(([category, words]) => [CATEGORY_CODES[category], words]),
  );
}

const NEGATION_OUTSIDE_THE_ACTION: readonly Row[] = [
  ["Go to the gym even when I don't want to", [], []],
  ["Call a friend if I can't sleep", [], []],
  ['Go for a run on days I feel less motivated', [], []],
  ["Speak up in meetings, even though I don't feel confident", [], []],
  ["Go for a walk even if I'd rather not", [], []],
  ['Go to the gym whether or not I feel like it', [], []],
  ["Spend time with people who don't drink", [], []],
  ["Although I don't like it, go to the dentist by March", [], []],
  ['Call a friend when I want to stop', [], []],
  ["Go to bed earlier so I'm less tired", [], []],
  ['Keep going to my class no matter how I feel', [], []],
  ["Accept that I can't control everything", [], []],
  ["Practise guitar for 20 minutes unless I'm at work", [], []],
  ["Walk the dog every morning, even when I'm not in the mood", [], []],
  ['Go for a walk even when I don’t feel like it', [], []],
];

const NEGATION_IN_THE_ACTION: readonly Row[] = [
  ["If I feel the urge, don't drink", [["don't"]], []],
  ['Don’t check my phone after 9pm', [['Don’t']], []],
  ["DON'T SKIP BREAKFAST", [["DON'T"]], []],
  ["I won't drink on weeknights", [["won't"]], []],
  ['I will not shout at my kids', [['will not']], []],
  ['Do not skip meals', [['Do not']], []],
  ['I don’t smoke anymore', [['don’t', 'anymore']], []],
  ["I'm not going to smoke any more", [['not', 'any more']], []],
  ['Not check emails after 7pm', [['Not']], []],
  ["When I feel angry I won't shout", [["won't"]], []],
  ['Never miss a therapy session', [['Never']], []],
  ['Stop avoiding the supermarket', [['Stop avoiding']], []],
  ['Never stop trying', [['Never stop']], []],
  ['Quit smoking by June', [['Quit']], []],
  ['Give up sugar', [['Give up']], []],
  ['Cut down on takeaways', [['Cut down on']], []],
  ['Cut out crisps at lunch', [['Cut out']], []],
  ['Eliminate sugar from my diet', [['Eliminate']], []],
  ['Avoid caffeine after 2pm', [['Avoid']], []],
  // A limit with a number is what the client will do, not avoidance (issue 10).
  ['Have fewer than 3 coffees a day', [], []],
  ['Have fewer coffees', [['fewer']], []],
  ['No phone at dinner', [['No']], []],
  ['No more late nights', [['No more']], []],
  ['Less stress', [['Less']], [['state', 'Less stress']]],
  ['Getting rid of clutter in my bedroom', [['Getting rid of']], []],
  ['I’ll stop biting my nails', [['stop']], []],
  ['NO LONGER avoid conflict', [['NO LONGER avoid']], []],
  ['“Never” lose my temper – with my kids', [['Never']], []],
  ['Stop!!! Staying up late...', [['Stop']], []],
];

const SEVERAL_FINDINGS: readonly Row[] = [
  ['Stop smoking and drink less', [['Stop'], ['less']], []],
  ['Stop staying up late, stop scrolling and never skip breakfast', [['Stop'], ['stop'], ['never']], []],
  [
    "I'll try to exercise more and feel better",
    [],
    [
      ['hedge', 'try to'],
      ['more', 'more'],
      ['feeling', 'feel better'],
    ],
  ],
  ['Try not to shout', [['not']], [['hedge', 'Try not to']]],
  [
    'Be a bit more patient',
    [],
    [
      ['state', 'Be a bit more patient'],
      ['amount', 'a bit'],
      ['more', 'more'],
    ],
  ],
  ['Do my best to stop drinking so much', [['stop']], [['hedge', 'Do my best']]],
  [
    'Try to spend less time on my phone and more time outside',
    [['less']],
    [
      ['hedge', 'Try to'],
      ['more', 'more'],
    ],
  ],
];

const TRIGGERS_INSIDE_OTHER_WORDS: readonly Row[] = [
  ['Walk unless it rains', [], []],
  ['Take a guitar lesson every week', [], []],
  ['Use a stopwatch to time my runs', [], []],
  ['Go to the gym regardless of the weather', [], []],
  ['Nevertheless, keep going to the gym', [], []],
  ['Bless my food before each meal', [], []],
  ['Read a chapter of a book about avoidance', [], []],
  ['Speak up at least twice in each meeting', [], []],
  ['Write in my journal, no less than 3 times a week', [], []],
  ['Drink no fewer than 6 glasses of water a day', [], []],
  ['Go to bed no later than 11pm', [], []],
  ['Get off the bus one stop early and walk home', [], []],
  ['Walk to the bus stop every morning', [], []],
  ['Find out what kind of work I enjoy', [], []],
  ['Learn to say no to extra shifts once a month', [], []],
];

const MORE_WITH_AND_WITHOUT_NUMBERS: readonly Row[] = [
  ['Read 10 more pages a day', [], []],
  ['Read two more pages a day', [], []],
  ['Exercise more than 3 times a week', [], []],
  ['Exercise more than three times a week', [], []],
  ['Go running 3 or more times a week', [], []],
  ['Spend more than an hour a day outside', [], []],
  ['Have a couple more early nights a week', [], []],
  ['Read more books', [], [['more', 'more']]],
  ['Spend more time with my kids', [], [['more', 'more']]],
  ['More walks with my dog', [], [['more', 'More']]],
  ['Call my mum more often', [], [['more', 'more']]],
  [
    'Feel more confident at work',
    [],
    [
      ['state', 'Feel more confident'],
      ['more', 'more'],
    ],
  ],
  // A number elsewhere does not say how much "more": only one right next to it does.
  ['Exercise more, three times a week', [], [['more', 'more']]],
];

const HEDGES_FEELINGS_AND_AMOUNTS: readonly Row[] = [
  ['Do my best', [], [['hedge', 'Do my best']]],
  ['Try and walk the dog', [], [['hedge', 'Try and']]],
  ['Go to the gym as much as possible', [], [['hedge', 'as much as possible']]],
  ['Go for a walk whenever I can', [], [['hedge', 'whenever I can']]],
  ['Hopefully call my sister on Sundays', [], [['hedge', 'Hopefully']]],
  ['Somehow find time to paint', [], [['hedge', 'Somehow']]],
  ['Be happier', [], [['feeling', 'Be happier']]],
  ['Feel good about myself', [], [['feeling', 'Feel good']]],
  [
    'Feel kind of better',
    [],
    [
      ['state', 'Feel kind of better'],
      ['amount', 'kind of'],
    ],
  ],
  [
    'Improve my sleep',
    [],
    [
      ['state', 'Improve my sleep'],
      ['change', 'Improve'],
    ],
  ],
  ['Improve my sleep to 7 hours a night', [], []],
  [
    'Work on my confidence',
    [],
    [
      ['state', 'Work on my confidence'],
      ['change', 'Work on'],
    ],
  ],
  ['Work on my CV every Sunday', [], []],
  ['Reduce my drinking', [], [['change', 'Reduce']]],
  ['Get better at saying no', [], [['change', 'Get better']]],
  ['Get better at saying no, once a week', [], []],
  // Circumstances in a when-clause are not the goal: not vague.
  ['Go for a walk even when I feel a bit low', [], []],
  ['Call a friend when I feel better', [], []],
];

const PERSON_CASE_AND_PUNCTUATION: readonly Row[] = [
  ['I will go to bed by 11pm on weeknights.', [], []],
  ["You'll go to bed by 11 on weeknights", [], []],
  ['She will walk to school on weekdays', [], []],
  ['Sam will brush his teeth twice a day', [], []],
  ['GO TO BED BY 11PM ON WEEKNIGHTS!!!', [], []],
  ['go to bed by 11pm on weeknights', [], []],
  ['I’m going to call my sister every Sunday', [], []],
  ['They will not argue at dinner', [['will not']], []],
  [
    'TRY TO EXERCISE MORE',
    [],
    [
      ['hedge', 'TRY TO'],
      ['more', 'MORE'],
    ],
  ],
  ['', [], []],
  ['   \n  ', [], []],
];

describe('positive framing and vagueness on our own phrasings', () => {
  describe('a negation that is not the goal’s action is not flagged', () => {
    it.each(NEGATION_OUTSIDE_THE_ACTION)('%s', (...row) => expectLanguage(row));
  });
  describe('avoidance wording in the goal’s action is flagged, naming its words', () => {
    it.each(NEGATION_IN_THE_ACTION)('%s', (...row) => expectLanguage(row));
  });
  describe('several findings in one goal', () => {
    it.each(SEVERAL_FINDINGS)('%s', (...row) => expectLanguage(row));
  });
  describe('words that only contain a trigger are not flagged', () => {
    it.each(TRIGGERS_INSIDE_OTHER_WORDS)('%s', (...row) => expectLanguage(row));
  });
  describe('"more" is vague only without a number', () => {
    it.each(MORE_WITH_AND_WITHOUT_NUMBERS)('%s', (...row) => expectLanguage(row));
  });
  describe('hedges, feelings, amounts and changes without a number', () => {
    it.each(HEDGES_FEELINGS_AND_AMOUNTS)('%s', (...row) => expectLanguage(row));
  });
  describe('person, capitals, curly quotes, punctuation and empty wording', () => {
    it.each(PERSON_CASE_AND_PUNCTUATION)('%s', (...row) => expectLanguage(row));
  });

  it('has more than 60 phrasings of its own', () => {
    const count = [
      NEGATION_OUTSIDE_THE_ACTION,
      NEGATION_IN_THE_ACTION,
      SEVERAL_FINDINGS,
      TRIGGERS_INSIDE_OTHER_WORDS,
      MORE_WITH_AND_WITHOUT_NUMBERS,
      HEDGES_FEELINGS_AND_AMOUNTS,
      PERSON_CASE_AND_PUNCTUATION,
    ].reduce((total, rows) => total + rows.length, 0);
    expect(count).toBe(108);
  });
});

describe('framing suggestions follow the topic of the avoided behaviour', () => {
  it.each([
    ['Stop staying up late', 'Say when you will go to bed instead, e.g. “Go to bed by 11pm on weeknights”.'],
    [
      'Spend less time scrolling social media',
      'Say what you will spend that time on instead, e.g. “Read or go for a walk for 30 minutes each evening”.',
    ],
    [
      'Stop avoiding arguments with my dad',
      'Say what you will start instead, e.g. “Start one difficult conversation a week”.',
    ],
    [
      'Never lose my temper with my kids',
      'Say what you will do when you notice anger rising, e.g. “Take three slow breaths and step away for a minute before I reply”.',
    ],
    [
      'Quit smoking',
      'Say what you will do when the urge comes, e.g. “Go for a five-minute walk when I want a cigarette”.',
    ],
    [
      'Cut out alcohol on weeknights',
      'Say what you will have or do instead, e.g. “Have alcohol-free days Monday to Thursday”.',
    ],
    [
      'Quit snacking at night',
      'Say what you will eat instead, e.g. “Have fruit or nuts as my afternoon snack on weekdays”.',
    ],
    [
      'Stop putting things off',
      'Say when you will start instead, e.g. “Start my most important task by 10am on weekdays”.',
    ],
    [
      'Stop being so hard on myself',
      'Say how you will treat yourself instead, e.g. “Write down one thing I did well each evening”.',
    ],
    [
      'Stop cancelling plans with friends',
      'Say how you will connect instead, e.g. “Meet or call a friend once a week”.',
    ],
    [
      'Get rid of my anxiety',
      'Say what you would like to be able to do, e.g. “Use my breathing exercise when I notice panic starting”.',
    ],
    [
      'Avoid the supermarket less',
      'Say what you will approach instead, a step at a time, e.g. “Go to one social event a month”.',
    ],
    // No area: a neutral example, never a bedtime one (issue 10).
    ["Don't skip breakfast", 'Say what you will do instead, and when, e.g. “Call a friend on Sunday afternoons”.'],
  ])('%s', (wording, suggestion) => {
    expect(checkLanguage(wording).framing[0]?.suggestion).toBe(suggestion);
  });

  it('reads each part of the goal on its own: "Stop smoking and stay up late less"', () => {
    const suggestions = checkLanguage('Stop smoking and stay up late less').framing.map(
      (finding) => finding.suggestion,
    );
    expect(suggestions).toEqual([
      'Say what you will do when the urge comes, e.g. “Go for a five-minute walk when I want a cigarette”.',
      'Say when you will go to bed instead, e.g. “Go to bed by 11pm on weeknights”.',
    ]);
  });

  it('says kindly what the avoidance wording does', () => {
    expect(checkLanguage('Never lose my temper').framing[0]?.message).toBe(
      '“Never” frames the goal around what to avoid rather than what you will do.',
    );
    expect(checkLanguage('I don’t smoke anymore').framing[0]?.message).toBe(
      '“don’t … anymore” frames the goal around what to avoid rather than what you will do.',
    );
  });
});
