import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePrincipal } from '@/lib/auth/session';
import { todayIn } from '@/lib/time/local-date';
import { NewClientForm } from './new-client-form';

export const metadata: Metadata = { title: 'Add a client' };

export default async function NewClientPage() {
  // The clinic's calendar day, so the date fields' upper limit is right near midnight too.
  const { timeZone } = await requirePrincipal();
  const today = todayIn(timeZone, new Date());
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Add a client"
        description="The client joins your caseload. You can invite them to the portal from their record."
      />
      <Card>
        <NewClientForm today={today} />
      </Card>
    </div>
  );
}
