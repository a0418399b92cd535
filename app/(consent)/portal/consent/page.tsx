import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { CONSENT_TEXT } from '@/lib/consent-text';
import { getPortalConsent } from '@/lib/data/consent';
import { loadOrNotFound } from '@/lib/page-data';
import { ConsentForm } from './consent-form';

export const metadata: Metadata = { title: 'Before you start' };

export default async function ConsentPage() {
  const consent = await loadOrNotFound(() => getPortalConsent());
  if (consent.accepted) redirect('/portal');
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Before you start</h1>
        <p className="mt-1 text-slate-700">
          Please read how {consent.organizationName} uses this portal. It takes about two minutes.
          {consent.therapistName ? (
            <>
              {' '}
              Your therapist is <strong>{consent.therapistName}</strong>.
            </>
          ) : null}
        </p>
      </div>
      <Card>
        <div className="space-y-5">
          {CONSENT_TEXT.map((section) => (
            <section key={section.heading}>
              <h2 className="text-lg font-semibold text-slate-900">{section.heading}</h2>
              {section.paragraphs.map((paragraph) => (
                <p key={paragraph} className="mt-2 text-slate-800">
                  {paragraph}
                </p>
              ))}
              {section.heading === 'This is not an emergency service' && consent.crisisContacts.length > 0 ? (
                <ul className="mt-3 space-y-2">
                  {consent.crisisContacts.map((contact) => (
                    <li key={`${contact.name}-${contact.phone}`} className="rounded-lg bg-brand-50 px-3 py-2">
                      <span className="font-semibold">{contact.name}</span>:{' '}
                      <a className="underline" href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>
                        {contact.phone}
                      </a>
                      {contact.hours ? <span className="text-slate-700"> · {contact.hours}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ))}
        </div>
      </Card>
      <Card>
        <ConsentForm textVersion={consent.textVersion} />
      </Card>
    </div>
  );
}
