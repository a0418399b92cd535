import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { Card } from '@/components/ui/card';
import { getOrganizationSettings } from '@/lib/data/organization';
import { getReminderSettings } from '@/lib/data/reminders';
import { REMINDER_KINDS, REMINDER_LABELS } from '@/lib/domain/reminders/schedule';
import { ReminderSettingsForm } from './reminder-settings-form';
import { loadOrNotFound } from '@/lib/page-data';
import { CRISIS_CONTACT_ROWS } from '@/lib/validation/organization-settings';
import { SettingsForm, type SettingsFormValues } from './settings-form';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const { name, timeZone, settings } = await loadOrNotFound(() => getOrganizationSettings());
  const reminders = await loadOrNotFound(() => getReminderSettings());
  const initial: SettingsFormValues = {
    name,
    timeZone,
    minimumGoalsPerPlan: String(settings.minimumGoalsPerPlan),
    reviewCadenceDays: String(settings.reviewCadenceDays),
    phq9AtIntake: settings.measureSchedule.phq9.atIntake,
    phq9EveryNthSession: String(settings.measureSchedule.phq9.everyNthSession),
    gad7AtIntake: settings.measureSchedule.gad7.atIntake,
    gad7EveryNthSession: String(settings.measureSchedule.gad7.everyNthSession),
    orsLicensed: settings.licensedInstruments.ors,
    srsLicensed: settings.licensedInstruments.srs,
    crisisContacts: Array.from({ length: CRISIS_CONTACT_ROWS }, (_, i) => {
      const contact = settings.crisisContacts[i];
      return { name: contact?.name ?? '', phone: contact?.phone ?? '', hours: contact?.hours ?? '' };
    }),
  };
  const timeZones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Settings"
        description="How your organisation works in Accord. Changes apply from now on; nothing already recorded changes."
      />
      <SettingsForm initial={initial} timeZones={timeZones} />
      <div className="mt-8">
        <Card title="Reminder emails">
          <ReminderSettingsForm
            initial={{
              kinds: REMINDER_KINDS.map((kind) => ({
                kind,
                label: REMINDER_LABELS[kind],
                on: reminders.kinds[kind] !== false,
              })),
              quietStart: reminders.quietHours.start,
              quietEnd: reminders.quietHours.end,
            }}
          />
        </Card>
      </div>
    </div>
  );
}
