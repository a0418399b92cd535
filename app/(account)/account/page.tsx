import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/components/ui/format';
import { SubmitButton } from '@/components/ui/submit-button';
import { ROLE_LABELS } from '@/lib/auth/principal';
import { getAccount } from '@/lib/data/account';
import { getMyReminderPreferences } from '@/lib/data/reminders';
import { ReminderChoicesForm } from '@/components/reminders/reminder-choices-form';
import { loadOrNotFound } from '@/lib/page-data';
import { AccountNameForm, ChangePasswordForm } from './account-forms';
import { saveReminderChoicesAction, signOutEverywhereAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const [account, { password }] = await Promise.all([loadOrNotFound(() => getAccount()), searchParams]);
  // Clients choose theirs in the portal (/portal/reminders); administrators get no reminders.
  const reminders =
    account.role === 'client' || account.role === 'admin' ? [] : await loadOrNotFound(() => getMyReminderPreferences());
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="mt-1 text-slate-700">
          {ROLE_LABELS[account.role]} at {account.organizationName}
        </p>
      </div>
      {password === 'changed' ? (
        <Alert tone="success">
          Your password is changed. You are still signed in here; every other device has been signed out.
        </Alert>
      ) : null}
      <Card title="Your details">
        <dl className="mb-5 grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm font-medium text-slate-600">Email (you sign in with it)</dt>
            <dd className="mt-0.5 break-all text-slate-900">{account.email}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">Last sign-in</dt>
            <dd className="mt-0.5 text-slate-900">{formatDateTime(account.lastLoginAt, account.timeZone)}</dd>
          </div>
        </dl>
        <AccountNameForm name={account.name} />
        <p className="mt-4 text-sm text-slate-700">
          Your email address can’t be changed here. If it needs to change, tell{' '}
          {account.role === 'client' ? 'your therapist' : 'an administrator'}.
        </p>
      </Card>
      <Card title="Change your password">
        <ChangePasswordForm email={account.email} />
      </Card>
      {reminders.length > 0 ? (
        <Card title="Email reminders">
          <p className="mb-4 text-slate-800">
            Reminders say what is due and link to the page; they never name a client. Safety flags are always emailed,
            whatever you choose here.
          </p>
          <ReminderChoicesForm choices={reminders} action={saveReminderChoicesAction} />
        </Card>
      ) : null}
      <Card title="Sign out of all devices">
        <p className="mb-4 text-slate-800">
          If you signed in on a shared or lost device, this ends every sign-in of your account, including this one.
        </p>
        <form action={signOutEverywhereAction}>
          <SubmitButton variant="secondary" pendingLabel="Signing out everywhere…">
            Sign out of all devices
          </SubmitButton>
        </form>
      </Card>
    </div>
  );
}
