import type { Metadata } from 'next';
import { AuthPage } from '@/components/auth-page';
import { LinkProblem } from '@/components/link-problem';
import { SignedInElsewhere } from '@/components/signed-in-elsewhere';
import { ROLE_LABELS } from '@/lib/auth/principal';
import { verifySession } from '@/lib/auth/session';
import { inspectInvitation } from '@/lib/data/invitations';
import { AcceptInvitationForm } from './accept-invitation-form';

export const metadata: Metadata = { title: 'Your invitation', referrer: 'no-referrer' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const principal = await verifySession();
  if (principal) {
    return (
      <AuthPage title="You’re already signed in">
        <SignedInElsewhere name={principal.name} returnTo={`/invite/${token}`} what="accept this invitation" />
      </AuthPage>
    );
  }
  const preview = await inspectInvitation(token);
  if (preview.state !== 'valid' || !preview.invitation) {
    return (
      <AuthPage title="Your invitation">
        <LinkProblem
          state={preview.state === 'valid' ? 'invalid' : preview.state}
          nextStep="Ask the person who invited you to send a new invitation."
        />
      </AuthPage>
    );
  }
  const { invitation } = preview;
  const isClient = invitation.role === 'client';
  return (
    <AuthPage
      title={`Welcome, ${invitation.name}`}
      intro={
        isClient ? (
          <>
            You’ve been invited to {invitation.organizationName}’s portal, where you and your therapist set goals
            together. Choose a password to get started.
          </>
        ) : (
          <>
            You’ve been invited to join {invitation.organizationName} as {ROLE_LABELS[invitation.role].toLowerCase()}.
            Choose a password to get started.
          </>
        )
      }
    >
      <p className="mb-5 text-sm text-slate-700">
        You will sign in with <strong className="text-slate-900">{invitation.email}</strong>.
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </AuthPage>
  );
}
