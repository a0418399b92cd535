import type { Metadata } from 'next';
import { AuthPage } from '@/components/auth-page';
import { Alert } from '@/components/ui/alert';
import { inspectUnsubscribe } from '@/lib/data/reminders';
import { UnsubscribeForm } from './unsubscribe-form';

export const metadata: Metadata = { title: 'Stop reminder emails', referrer: 'no-referrer' };

/**
 * The unsubscribe link from a reminder email: no sign-in. Opening it changes nothing (mail
 * scanners open links); the button, or a mail app's one-click POST to /api/unsubscribe/…, does.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = await inspectUnsubscribe(token);
  if (preview.state !== 'valid' || !preview.label) {
    return (
      <AuthPage title="Stop reminder emails">
        <Alert tone="error" title="This unsubscribe link is not valid">
          Nothing was changed. It may have been cut short or altered: open the link from the email again, or sign in and
          choose your reminders (clients under Reminders in the portal, staff on their account page).
        </Alert>
      </AuthPage>
    );
  }
  return (
    <AuthPage
      title="Stop reminder emails"
      intro={
        <>
          This stops one kind of email: <strong>{preview.label.toLowerCase()}</strong>. Other reminders, and messages
          about your safety or your account, are not affected.
        </>
      }
    >
      <UnsubscribeForm token={token} />
    </AuthPage>
  );
}
