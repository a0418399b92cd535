import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { AuthPage } from '@/components/auth-page';
import { ForgotPasswordForm } from './forgot-password-form';

export const metadata: Metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <AuthPage
      title="Forgot your password?"
      intro="Enter the email address you sign in with and we’ll send you a link to choose a new password."
      footer={<Link href="/sign-in">Back to sign in</Link>}
    >
      <ForgotPasswordForm />
    </AuthPage>
  );
}
