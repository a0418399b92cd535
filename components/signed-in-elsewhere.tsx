import { signOutAndReturnAction } from '@/app/(auth)/sign-out/actions';
import { SubmitButton } from './ui/submit-button';

/** Shown when a link meant for someone signing in fresh is opened while another person is signed in. */
export function SignedInElsewhere({ name, returnTo, what }: { name: string; returnTo: string; what: string }) {
  return (
    <div className="space-y-4 text-slate-800">
      <p>
        You are signed in as <strong>{name}</strong>. To {what}, sign out first; this page will open again.
      </p>
      <form action={signOutAndReturnAction}>
        <input type="hidden" name="returnTo" value={returnTo} />
        <SubmitButton pendingLabel="Signing out…">Sign out and continue</SubmitButton>
      </form>
    </div>
  );
}
