import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { formatDate } from '@/components/ui/format';
import { getObjectiveWeek, type StepThisWeek } from '@/lib/data/objective-ticks';
import { loadOrNotFound } from '@/lib/page-data';
import { TickForm, UndoTickButton } from './step-forms';
import { dateTimeFormat } from '@/lib/time/intl';

export const metadata: Metadata = { title: 'My steps' };

const weekday = dateTimeFormat({ weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayName = (iso: string) => weekday.format(new Date(`${iso}T12:00:00Z`));

export default async function StepsPage() {
  const week = await loadOrNotFound(() => getObjectiveWeek());
  const dayLabels = week.days.map((day, index) =>
    index === 0 ? `Today (${dayName(day)})` : index === 1 ? `Yesterday (${dayName(day)})` : dayName(day),
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">My steps</h1>
        <p className="mt-1 text-slate-700">
          This week: {formatDate(week.weekStart)} to {formatDate(week.weekEnd)}. Tick off a step when you have done it;
          every step counts.
        </p>
      </div>
      {week.steps.length === 0 ? (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-8 text-center">
          <h2 className="text-base font-semibold">No steps yet</h2>
          <p className="mx-auto mt-1 max-w-prose text-sm text-slate-700">
            Steps are the small, concrete things you and your therapist agree under each goal. Once your plan is signed
            they will be here. <Link href="/portal/check-in">Go to check-in</Link>.
          </p>
        </section>
      ) : (
        week.steps.map((step, index) => (
          <StepCard key={step.objectiveId} step={step} index={index} days={week.days} dayLabels={dayLabels} />
        ))
      )}
    </div>
  );
}

function StepCard({
  step,
  index,
  days,
  dayLabels,
}: {
  step: StepThisWeek;
  index: number;
  days: string[];
  dayLabels: string[];
}) {
  const per = step.countedPer === 'month' ? 'this month' : 'this week';
  const percent = step.target ? Math.min(100, Math.round((step.done / step.target) * 100)) : null;
  return (
    <section
      aria-labelledby={`step-${index}`}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div>
        <p className="text-sm text-slate-600">For your goal: {step.goalWording}</p>
        <h2 id={`step-${index}`} className="text-lg font-semibold">
          {step.description}
        </h2>
        {step.frequency ? <p className="text-sm text-slate-700">Aim: {step.frequency}</p> : null}
      </div>
      <div>
        <p className="font-medium" id={`step-${index}-count`}>
          {step.target
            ? `${step.done} of ${step.target} done ${per}`
            : `Done ${step.done} ${step.done === 1 ? 'time' : 'times'} ${per}`}
          {step.target && step.done >= step.target ? ' — you reached your aim!' : ''}
        </p>
        {percent !== null ? (
          <div className="mt-2 h-3 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
            <div className="h-full rounded-full bg-brand-700" style={{ width: `${percent}%` }} />
          </div>
        ) : null}
      </div>
      {step.ticks.length > 0 ? (
        <ul className="space-y-1 text-sm" aria-label={`Done this week: ${step.description}`}>
          {step.ticks.map((tick) => (
            <li key={tick.id} className="flex flex-wrap items-center gap-2">
              <span aria-hidden="true" className="text-brand-700">
                ✓
              </span>
              <span>
                {dayName(tick.doneOn)}
                {tick.note ? ` — ${tick.note}` : ''}
              </span>
              <UndoTickButton tickId={tick.id} label={`${step.description} on ${dayName(tick.doneOn)}`} />
            </li>
          ))}
        </ul>
      ) : null}
      <TickForm
        objectiveId={step.objectiveId}
        submissionKey={step.submissionKey}
        days={days}
        dayLabels={dayLabels}
        idPrefix={`step-${index}`}
      />
    </section>
  );
}
