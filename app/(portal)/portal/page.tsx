import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { getPortalHome } from '@/lib/data/portal';
import { loadOrNotFound } from '@/lib/page-data';

export const metadata: Metadata = { title: 'Your portal' };

export default async function PortalHomePage() {
  const home = await loadOrNotFound(() => getPortalHome());
  const firstName = home.displayName.split(' ')[0];
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Hello, {firstName}</h1>
      <Card title="Who you work with">
        <p className="text-slate-800">
          {home.therapist ? (
            <>Your therapist is <strong>{home.therapist.name}</strong>.</>
          ) : (
            'Your clinic will let you know who your therapist is.'
          )}
        </p>
      </Card>
      <Card title="What comes next">
        <p className="text-slate-800">
          You and your therapist will set goals together, in your own words. When there is something for you to look at, it will be waiting here.
        </p>
      </Card>
    </div>
  );
}
