import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { GoalForm } from '@/components/goals/goal-form';
import { getBrainstorm } from '@/lib/data/brainstorm';
import { getCarePlan } from '@/lib/data/care-plan';
import { loadOrNotFound } from '@/lib/page-data';
import { proposeGoalAction } from './actions';

export const metadata: Metadata = { title: 'Suggest a goal' };

export default async function PortalNewGoalPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { from } = await searchParams;
  const [care, answers] = await Promise.all([
    loadOrNotFound(() => getCarePlan()),
    from ? loadOrNotFound(() => getBrainstorm()) : Promise.resolve([]),
  ]);
  const answer = from ? answers.find((candidate) => candidate.answerId === from) : undefined;
  return (
    <div className="space-y-5">
      <p>
        <Link href="/portal/goals">← Your goals</Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">Suggest a goal</h1>
      <p className="text-slate-800">
        Write it in your own words. Your therapist will look at it with you; nothing is final until you both agree. Only
        the goal itself is needed: the rest helps, and you can fill it in together.
      </p>
      {answer ? (
        <p className="rounded-lg bg-white px-4 py-3 text-sm text-slate-800">
          From your answer to “{answer.question}”: “{answer.answer}”
        </p>
      ) : null}
      <GoalForm
        action={proposeGoalAction}
        audience="client"
        initial={answer?.answer ? { wording: answer.answer } : {}}
        hidden={answer?.answerId ? { fromBrainstormAnswerId: answer.answerId } : {}}
        today={care.today}
        submitLabel="Suggest this goal"
        pendingLabel="Sending…"
        cancelHref="/portal/goals"
      />
    </div>
  );
}
