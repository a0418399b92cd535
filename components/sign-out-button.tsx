import { signOutAction } from '@/app/(auth)/sign-out/actions';
import { SubmitButton } from './ui/submit-button';

export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <SubmitButton variant="quiet" pendingLabel="Signing out…" className={className}>
        Sign out
      </SubmitButton>
    </form>
  );
}
