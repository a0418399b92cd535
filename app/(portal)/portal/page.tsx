import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { WaitingList } from '@/components/goals/waiting-list';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getCarePlan } from '@/lib/data/care-plan';
import { getPortalHome } from '@/lib/data/portal';
import { loadOrNotFound } from '@/lib/page-data';

export const metadata: Metadata = { title: 'Your portal' };

export default async function PortalHomePage() {
  const [home, care] = await Promise.all([loadOrNotFound(() => getPortalHome()), loadOrNotFound(() => getCarePlan())]);
  const firstName = home.displayName.split(' ')[0];
  const openGoals = care.goals.filter((goal) => goal.inPlan);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Hello, {firstName}</h1>
      <WaitingList
        items={care.waiting}
        audience="client"
        goalHref={(goalId) => `/portal/goals/${goalId}`}
        signHref="/portal/plan"
      />
      <Card title="Your goals">
        {openGoals.length === 0 ? (
          <p className="text-slate-800">
            You and your therapist will set goals together, in your own words. A good place to start is{' '}
            <Link href="/portal/brainstorm" className="underline">
              a few questions about what you would like to change
            </Link>
            .
          </p>
        ) : (
          <>
            <ul className="list-disc space-y-1 pl-5 text-slate-900">
              {openGoals.map((goal) => (
                <li key={goal.id}>
                  <Link href={`/portal/goals/${goal.id}`}>{goal.current.fields.wording}</Link>
                  {goal.clientFocus ? <span className="text-slate-700"> (your focus)</span> : null}
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm text-slate-700">
              {care.waiting.length === 0
                ? 'Nothing is waiting for you right now.'
                : 'Changing a goal is a normal part of the work.'}
            </p>
          </>
        )}
        <div className="mt-4 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/portal/goals">See your goals</ButtonLink>
          <ButtonLink href="/portal/plan" variant="secondary">
            Your plan
          </ButtonLink>
        </div>
      </Card>
      <Card title="Who you work with">
        <p className="text-slate-800">
          {home.therapist ? (
            <>
              Your therapist is <strong>{home.therapist.name}</strong>.
            </>
          ) : (
            'Your clinic will let you know who your therapist is.'
          )}
        </p>
      </Card>
      <p className="text-sm text-slate-700">
        We email you when a check-in opens and before your sessions.{' '}
        <Link href="/portal/reminders">Choose which reminders you get</Link>.
      </p>
    </div>
  );
}
