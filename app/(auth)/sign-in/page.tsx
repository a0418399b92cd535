import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { homePathFor } from '@/lib/auth/principal';
import { verifySession } from '@/lib/auth/session';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; signedOut?: string }>;
}) {
  const [principal, { next, signedOut }] = await Promise.all([verifySession(), searchParams]);
  if (principal) redirect(homePathFor(principal.role));
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-3xl font-semibold tracking-tight text-brand-800">Accord</p>
          <h1 className="mt-2 text-lg text-slate-700">Sign in to set and track goals together</h1>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          {signedOut === 'everywhere' ? (
            <Alert tone="success" className="mb-5">
              You have been signed out on every device.
            </Alert>
          ) : null}
          <SignInForm next={typeof next === 'string' ? next : undefined} />
          <p className="mt-4 text-center text-sm">
            <Link href="/forgot-password">Forgot your password?</Link>
          </p>
        </div>
        <p className="mt-6 text-center text-sm text-slate-700">
          New here? Your therapist or clinic sends you an invitation by email.
        </p>
      </div>
    </main>
  );
}
