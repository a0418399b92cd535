import { Link } from '@/components/ui/link';
import type { WaitingItem, WaitingKind } from '@/lib/data/care-plan';
import type { Audience } from './labels';

const WORDS: Record<Audience, Record<WaitingKind, (title: string) => string>> = {
  therapist: {
    'new-goal': (title) => `The client proposed a new goal: “${title}”.`,
    'changed-goal': (title) => `The client suggested a change to “${title}”.`,
    'changes-requested': (title) => `The client would like changes to “${title}”.`,
    sign: () => 'Every goal is agreed: the plan is ready for your signature.',
    're-consent': () => 'The plan changed after it was signed: sign this version to re-consent.',
    review: () => 'The plan is due for review: sign it again with the client.',
  },
  client: {
    'new-goal': (title) => `Your therapist suggested a new goal: “${title}”. Do you agree?`,
    'changed-goal': (title) => `Your therapist suggested a change to “${title}”. Do you agree?`,
    'changes-requested': (title) => `Your therapist would like to talk about changes to “${title}”.`,
    sign: () => 'Your plan is ready for you to sign.',
    're-consent': () => 'Your plan changed after you signed it. Please look at it and sign again.',
    review: () => 'It’s time to look at your plan again together, and sign it again.',
  },
};

const ACTION_WORDS: Record<WaitingKind, string> = {
  'new-goal': 'Look at this goal',
  'changed-goal': 'See what changed',
  'changes-requested': 'Look at this goal',
  sign: 'Go to signing',
  're-consent': 'Go to signing',
  review: 'Go to signing',
};

/** What is waiting for the person looking, each with a link to where they can act on it. */
export function WaitingList({
  items,
  audience,
  goalHref,
  signHref,
  headingLevel = 2,
}: {
  items: WaitingItem[];
  audience: Audience;
  goalHref: (goalId: string) => string;
  signHref: string;
  headingLevel?: 2 | 3;
}) {
  if (items.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="waiting-heading" className="mb-6 rounded-xl border border-brand-600/40 bg-brand-50 p-4">
      <Heading id="waiting-heading" className="text-base font-semibold text-brand-900">
        Waiting for you ({items.length})
      </Heading>
      <ul className="mt-2 space-y-3">
        {items.map((item, index) => (
          <li key={`${item.kind}-${item.goalId ?? index}`} className="text-sm text-slate-900">
            <p>{WORDS[audience][item.kind](item.title ?? '')}</p>
            {item.comment ? <p className="text-slate-700">“{item.comment}”</p> : null}
            <Link
              href={item.goalId ? goalHref(item.goalId) : signHref}
              aria-label={item.title ? `${ACTION_WORDS[item.kind]}: ${item.title}` : undefined}
              className="font-medium"
            >
              {ACTION_WORDS[item.kind]}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
