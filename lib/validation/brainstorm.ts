import { z } from './zod';
import { optionalFreeText } from './text';
import { LIMITS } from './limits';

/** The five brainstorm prompts (docs/design.md), in the order the client sees them. Ids are stored. */
export const BRAINSTORM_PROMPTS = [
  { id: 'changes', question: 'What changes would you like to see in your life?' },
  { id: 'going-well', question: 'What’s going well for you?' },
  { id: 'tired-of', question: 'What are you tired of?' },
  { id: 'bucket-list', question: 'What’s on your bucket list?' },
  { id: 'prompted-therapy', question: 'Is there a specific issue that prompted you to start therapy?' },
] as const;

export type BrainstormPromptId = (typeof BRAINSTORM_PROMPTS)[number]['id'];

export const BRAINSTORM_ANSWER_MAX = LIMITS.brainstormAnswer;

/** All five answers at once; an empty answer clears that prompt (the earlier answer is kept). */
export const saveBrainstormSchema = z.object({
  changes: optionalFreeText(BRAINSTORM_ANSWER_MAX, 'Your answer'),
  'going-well': optionalFreeText(BRAINSTORM_ANSWER_MAX, 'Your answer'),
  'tired-of': optionalFreeText(BRAINSTORM_ANSWER_MAX, 'Your answer'),
  'bucket-list': optionalFreeText(BRAINSTORM_ANSWER_MAX, 'Your answer'),
  'prompted-therapy': optionalFreeText(BRAINSTORM_ANSWER_MAX, 'Your answer'),
});
export type SaveBrainstormInput = z.output<typeof saveBrainstormSchema>;
