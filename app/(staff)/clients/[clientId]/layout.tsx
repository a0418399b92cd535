import type { ReactNode } from 'react';
import { ClientFlagsBanner } from '@/components/client-flags-banner';
import { clientFlagSummary } from './flag-summary';

/** Every page of a client's record opens with the client's open flags, loaded once here. */
export default async function ClientRecordLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ clientId: string }>;
}) {
  const summary = await clientFlagSummary((await params).clientId);
  return (
    <>
      {summary ? <ClientFlagsBanner summary={summary} /> : null}
      {children}
    </>
  );
}
