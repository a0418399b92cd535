import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { AuthPage } from '@/components/auth-page';
import { LinkProblem } from '@/components/link-problem';
import { SignedInElsewhere } from '@/components/signed-in-elsewhere';
import { verifySession } from '@/lib/auth/session';
import { inspectPasswordReset, type PasswordResetPreview } from '@/lib/data/passwords';
import { isAppError } from '@/lib/errors';
import { ResetPasswordForm } from './reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const principal = await verifySession();
  // Signed in as someone else, the data layer refuses: say so plainly instead of a 404.
  let preview: PasswordResetPreview | null = null;
  try {
    preview = await inspectPasswordReset(token);
  } catch (error) {
    if (!isAppError(error, 'not-found')) throw error;
  }
  if (principal && !preview) {
    return (
      <AuthPage title="You’re already signed in">
        <SignedInElsewhere
          name={principal.name}
          returnTo={`/reset-password/${token}`}
          what="use this password reset link"
        />
      </AuthPage>
    );
  }
  if (!preview || preview.state !== 'valid' || !preview.email) {
    return (
      <AuthPage title="Choose a new password">
        <LinkProblem
          state={!preview || preview.state === 'valid' ? 'invalid' : preview.state}
          nextStep="You can ask for a new link from the sign-in page."
        />
        <p className="mt-2 text-slate-800">
          <Link href="/forgot-password">Send me a new link</Link>
        </p>
      </AuthPage>
    );
  }
  return (
    <AuthPage title="Choose a new password" intro="Choosing a new password signs you out on every other device.">
      <p className="mb-5 text-sm text-slate-700">
        For <strong className="text-slate-900">{preview.email}</strong>
      </p>
      <ResetPasswordForm token={token} email={preview.email} />
    </AuthPage>
  );
}
