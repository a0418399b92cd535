import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { BrainstormForm } from '@/components/goals/brainstorm-form';
import { Card } from '@/components/ui/card';
import { getBrainstorm } from '@/lib/data/brainstorm';
import { loadOrNotFound } from '@/lib/page-data';
import { saveBrainstormAction } from './actions';

export const metadata: Metadata = { title: 'Brainstorm' };

export default async function BrainstormPage() {
  const answers = await loadOrNotFound(() => getBrainstorm());
  const answered = answers.filter((answer) => answer.answer !== null);
  return (
    <div className="space-y-5">
      <p>
        <Link href="/portal/goals">← Your goals</Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">Thinking about what you want</h1>
      <p className="text-slate-800">
        A few questions to get started. Answer as many or as few as you like, in your own words. Your therapist will see
        your answers, and you can turn any of them into a goal.
      </p>
      <Card>
        <BrainstormForm action={saveBrainstormAction} answers={answers} />
      </Card>
      {answered.length > 0 ? (
        <Card title="Turn an answer into a goal">
          <ul className="space-y-3">
            {answered.map((answer) => (
              <li key={answer.prompt} className="text-sm">
                <p className="text-slate-700">{answer.question}</p>
                <p className="text-slate-900">“{answer.answer}”</p>
                <Link
                  href={`/portal/goals/new?from=${answer.answerId}`}
                  aria-label={`Make this a goal: ${answer.answer}`}
                  className="font-medium"
                >
                  Make this a goal
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
