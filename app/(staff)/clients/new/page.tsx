import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { NewClientForm } from './new-client-form';

export const metadata: Metadata = { title: 'Add a client' };

export default function NewClientPage() {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="max-w-2xl">
      <PageHeader title="Add a client" description="The client joins your caseload. You can invite them to the portal from their record." />
      <Card>
        <NewClientForm today={today} />
      </Card>
    </div>
  );
}
