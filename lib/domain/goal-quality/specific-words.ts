/**
 * Word lists for the Specific check (see specific.ts for how they are used). They are
 * deliberately small and plain so a clinician can read them and say what is missing.
 */

/** Feelings, moods, traits and wellbeing states: what a goal is about, not what the client does. */
export const STATE_WORDS = new Set([
  // feelings people want less of
  'anxiety', 'anxieties', 'anxious', 'depression', 'depressed', 'stress', 'stressed', 'worry',
  'worries', 'worried', 'fear', 'fears', 'afraid', 'scared', 'frightened', 'panic', 'panicky',
  'anger', 'angry', 'rage', 'irritable', 'irritated', 'frustrated', 'frustration', 'guilt',
  'guilty', 'shame', 'ashamed', 'embarrassed', 'sad', 'sadness', 'unhappy', 'unhappiness',
  'lonely', 'loneliness', 'low', 'mood', 'moods', 'hopeless', 'hopelessness', 'helpless',
  'overwhelmed', 'overwhelm', 'insecure', 'insecurity', 'insecurities', 'doubt', 'doubts',
  'jealous', 'jealousy', 'resentful', 'resentment', 'bitter', 'bitterness', 'grief', 'pain',
  'numb', 'empty', 'tired', 'exhausted', 'exhaustion', 'fatigue', 'fatigued', 'burnout',
  'nervous', 'nerves', 'shy', 'shyness', 'tense', 'tension', 'upset', 'symptoms', 'urges',
  'cravings', 'craving',
  // feelings and traits people want more of
  'happy', 'happier', 'happiness', 'calm', 'calmer', 'calmness', 'relaxed', 'peaceful', 'peace',
  'content', 'contentment', 'confident', 'confidence', 'esteem', 'worth', 'motivated',
  'motivation', 'positive', 'negative', 'optimistic', 'hopeful', 'joy', 'joyful', 'energy',
  'energetic', 'better', 'worse', 'good', 'great', 'okay', 'ok', 'fine', 'normal', 'well',
  'wellbeing', 'healthy', 'healthier', 'health', 'fit', 'fitter', 'fitness', 'strong', 'stronger',
  'strength', 'resilient', 'resilience', 'assertive', 'assertiveness', 'patient', 'patience',
  'kind', 'kinder', 'organised', 'organized', 'productive', 'present', 'mindful', 'focused',
  'focussed', 'balanced', 'stable', 'secure', 'safe', 'brave', 'braver', 'courage', 'courageous',
  'independent', 'free', 'successful',
]);

/** Outcomes that are not feelings but still say nothing about what the client will do. */
export const OUTCOME_NOUNS = new Set(['sleep', 'weight', 'life', 'situation', 'mindset', 'outlook', 'attitude', 'image']);

/** True for a feeling, trait or outcome word: "anxiety", "calmer", "sleep". */
export function isStateWord(word: string): boolean {
  return STATE_WORDS.has(word) || OUTCOME_NOUNS.has(word);
}

/** True for an -ing form long enough not to be "king" or "sing": "staying", "going". */
export function isIngWord(word: string): boolean {
  return word.length > 4 && word.endsWith('ing');
}

/** Verbs that link a subject to a state: "be calmer", "feel better", "I'm more patient". */
export const LINKING_VERBS = new Set([
  'be', 'am', 'is', 'are', "i'm", "you're", "we're", "they're", "he's", "she's", 'being',
  'become', 'becomes', 'becoming', 'feel', 'feels', 'feeling', 'felt', 'seem', 'seems',
]);

/** Verbs that are an action or a state depending on what follows: "get up" vs "get better". */
export const STATE_OR_ACTION_VERBS = new Set([
  'get', 'gets', 'getting', 'got', 'stay', 'stays', 'staying', 'keep', 'keeps', 'keeping',
  'remain', 'remains', 'grow', 'grows',
]);

/** Verbs whose object, when a feeling or outcome, makes the goal a state: "reduce my anxiety". */
export const OUTCOME_VERBS = new Set([
  'reduce', 'reducing', 'lower', 'lowering', 'decrease', 'decreasing', 'overcome', 'overcoming',
  'manage', 'managing', 'beat', 'beating', 'conquer', 'conquering', 'lose', 'losing', 'cure',
  'fix', 'control', 'controlling', 'handle', 'handling', 'tackle', 'tackling', 'improve',
  'improving', 'increase', 'increasing', 'boost', 'boosting', 'build', 'building', 'regain',
  'gain', 'find', 'achieve', 'change', 'changing', 'have', 'has', 'having', 'sort', 'sorting',
  'turn', 'turning', 'fix', 'fixing',
]);

/** Heads that express a wish rather than an action: "I want a better job". */
export const WISH_VERBS = new Set(['want', 'wants', 'wish', 'wishes', 'hope', 'hopes', 'need', 'needs', 'like', 'love']);

/** "be in bed by 11pm", "be home for dinner", "be on time": being somewhere is a behaviour. */
export const BEHAVIOURAL_COMPLEMENTS = new Set([
  'in', 'at', 'on', 'home', 'up', 'out', 'asleep', 'awake', 'outside', 'there', 'back', 'ready',
  'dressed', 'early', 'punctual',
]);

/** Small words that complete a verb: "speak up", "reach out", "calm down". */
export const PARTICLES = new Set(['up', 'out', 'down', 'off', 'away', 'back', 'together']);

/** Words between a verb and its object, skipped to find the object: "reduce my anxiety". */
export const OBJECT_LEAD_INS = new Set([
  'a', 'an', 'the', 'my', 'your', 'his', 'her', 'their', 'our', 'own', 'some', 'any', 'no',
  'more', 'less', 'fewer', 'much', 'very', 'so', 'too', 'really', 'quite', 'bit', 'little', 'lot',
  'of', 'self', 'overall', 'general',
]);

/** Words that start a new place, time or person: where a state phrase ends. */
export const PREPOSITIONS = new Set([
  'in', 'at', 'on', 'with', 'to', 'for', 'by', 'before', 'after', 'during', 'from', 'into',
  'onto', 'around', 'about', 'per', 'each', 'every', 'until', 'within', 'over', 'through',
  'without', 'instead', 'towards', 'across', 'near', 'and', 'or', 'but',
]);

/** Words that never give a goal its context on their own. */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'my', 'your', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these',
  'those', 'i', 'me', 'you', 'we', 'us', 'he', 'him', 'she', 'they', 'them', 'it', 'myself',
  'yourself', 'himself', 'herself', 'ourselves', 'themselves', 'am', 'is', 'are', 'was', 'were',
  'be', 'been', 'being', 'will', 'shall', 'can', 'could', 'would', 'should', 'must', 'may',
  'might', 'do', 'does', 'did', 'have', 'has', 'had', "i'll", "i'm", "i'd", "i've", "you'll",
  "you're", "we'll", "we're", "they'll", "they're", "he'll", "she'll", "it's", 'and', 'or', 'but',
  'so', 'then', 'than', 'as', 'of', 'to', 'not', 'no', 'too', 'also', 'just', 'really', 'very',
  'still', 'even', 'again', 'some', 'any', 'all', 'own',
]);

/** Words that sound like detail but do not say when, where, with whom or what. */
export const NOT_CONTEXT = new Set([
  'more', 'less', 'fewer', 'better', 'worse', 'much', 'many', 'lot', 'lots', 'bit', 'little',
  'few', 'often', 'regularly', 'sometimes', 'frequently', 'occasionally', 'usually', 'generally',
  'normally', 'always', 'never', 'consistently', 'properly', 'well', 'enough', 'hard', 'harder',
  'things', 'stuff', 'something', 'anything', 'everything', 'best', 'possible', 'try', 'longer',
  'anymore', 'somehow', 'somewhat', 'hopefully', 'maybe', 'perhaps', 'kind', 'sort', 'ok',
  'okay', 'fine', 'good', 'great', 'able', 'like',
]);

/**
 * Common verbs of therapy goals. The first word of a goal is taken as its action whatever it
 * is; after "and" / "or", a word only counts as a second action when it is one of these, since
 * "one friend or acquaintance" joins nouns, not actions.
 */
const COMMON_ACTION_VERBS = new Set([
  'go', 'walk', 'run', 'jog', 'swim', 'cycle', 'ride', 'bike', 'call', 'phone', 'ring', 'text',
  'message', 'email', 'write', 'read', 'talk', 'speak', 'say', 'ask', 'tell', 'share', 'meet',
  'visit', 'invite', 'join', 'attend', 'spend', 'cook', 'eat', 'drink', 'sleep', 'wake', 'make',
  'take', 'practise', 'practice', 'use', 'do', 'start', 'finish', 'plan', 'schedule', 'book',
  'apply', 'study', 'learn', 'meditate', 'breathe', 'stretch', 'exercise', 'journal', 'list',
  'note', 'notice', 'name', 'thank', 'praise', 'reach', 'connect', 'contact', 'check', 'leave',
  'set', 'turn', 'put', 'tidy', 'clean', 'pay', 'save', 'shop', 'help', 'volunteer', 'play',
  'listen', 'sing', 'draw', 'paint', 'garden', 'pray', 'rest', 'relax', 'sit', 'stand', 'hug',
  'reply', 'respond', 'apologise', 'apologize', 'challenge', 'record', 'track', 'log', 'rate',
  'complete', 'return', 'bring', 'prepare', 'dance', 'climb', 'hike', 'lift', 'train', 'work',
  'open', 'close', 'send', 'answer', 'give', 'try', 'look', 'find', 'choose', 'decide', 'agree',
  'discuss', 'explain', 'express', 'reward', 'celebrate', 'remind', 'greet', 'smile', 'keep',
  'stay', 'get', 'bathe', 'shower', 'wash', 'dress', 'show', 'teach',
]);

/** True when the word is a common action verb in any simple form: "walks", "walking", "walked". */
export function isCommonActionVerb(word: string): boolean {
  const forms = [
    word,
    word.replace(/s$/, ''),
    word.replace(/es$/, ''),
    word.replace(/ies$/, 'y'),
    word.replace(/ing$/, ''),
    word.replace(/ing$/, 'e'),
    word.replace(/(.)\1ing$/, '$1'),
    word.replace(/ed$/, ''),
    word.replace(/d$/, ''),
  ];
  return forms.some((form) => COMMON_ACTION_VERBS.has(form));
}

/**
 * Things a client uses or goes to, named after a feeling: "a mood diary", "an anxiety group",
 * "a stress ball", "a sleep diary". With one of these after it, a feeling word names a tool,
 * and keeping or using the tool is an action.
 */
export const TOOL_NOUNS = new Set([
  'diary', 'diaries', 'journal', 'journals', 'log', 'logs', 'tracker', 'trackers', 'record', 'records',
  'chart', 'charts', 'app', 'apps', 'plan', 'plans', 'workbook', 'worksheet', 'worksheets', 'group',
  'groups', 'class', 'classes', 'course', 'courses', 'clinic', 'appointment', 'appointments',
  'exercise', 'exercises', 'routine', 'routines', 'ball', 'kit', 'box', 'list', 'lists', 'scale',
  'ratings', 'rating', 'check', 'checks', 'medication', 'meds', 'tablets', 'techniques', 'technique',
  'strategies', 'strategy', 'toolkit', 'tools', 'hygiene', 'management',
]);
