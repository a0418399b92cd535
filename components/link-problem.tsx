import { Link } from '@/components/ui/link';
import type { LinkState } from '@/lib/data/invitations';

const MESSAGES: Record<Exclude<LinkState, 'valid'>, { title: string; body: string }> = {
  expired: { title: 'This link has expired', body: 'Links stop working after a while to keep your account safe.' },
  used: {
    title: 'This link has already been used',
    body: 'Each link works only once. If you set your password with it, you can sign in now.',
  },
  revoked: { title: 'This link has been withdrawn', body: 'It was cancelled, or replaced by a newer one.' },
  invalid: {
    title: 'This link doesn’t work',
    body:
      'It may have been copied incompletely, or replaced by a newer one. Check that you used the whole link from ' +
      'the most recent email.',
  },
};

/** A clear page for a link that cannot be used, saying what to do next (never an error page). */
export function LinkProblem({ state, nextStep }: { state: Exclude<LinkState, 'valid'>; nextStep: string }) {
  const message = MESSAGES[state];
  return (
    <div className="space-y-3 text-slate-800">
      <h2 className="text-lg font-semibold text-slate-900">{message.title}</h2>
      <p>{message.body}</p>
      <p>{nextStep}</p>
      <p className="pt-2">
        <Link href="/sign-in">Go to sign in</Link>
      </p>
    </div>
  );
}
