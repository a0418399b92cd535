import type { Metadata } from 'next';
import { ReminderChoicesForm } from '@/components/reminders/reminder-choices-form';
import { getMyReminderPreferences } from '@/lib/data/reminders';
import { loadOrNotFound } from '@/lib/page-data';
import { saveClientReminderChoicesAction } from './actions';

export const metadata: Metadata = { title: 'Reminders' };

export default async function PortalRemindersPage() {
  const choices = await loadOrNotFound(() => getMyReminderPreferences());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Reminders</h1>
        <p className="mt-1 text-slate-700">
          Choose which emails you get from us. They only say what is waiting and when, never what you wrote or how you
          rated anything. Every email has a link to stop that kind.
        </p>
      </div>
      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <ReminderChoicesForm choices={choices} action={saveClientReminderChoicesAction} />
      </section>
    </div>
  );
}
