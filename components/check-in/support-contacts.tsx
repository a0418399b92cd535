import type { CrisisContact } from '@/lib/data/check-ins';

/**
 * The organisation's crisis contacts, said calmly: before the PHQ-9 (answers are not watched in
 * real time) and after a client says they have had thoughts of self-harm. Not an alarm: no
 * red, no alert role, just who to call.
 */
export function SupportContacts({
  variant,
  contacts,
  therapistName,
  headingId,
}: {
  variant: 'before-questions' | 'after-answer';
  contacts: CrisisContact[];
  therapistName: string | null;
  headingId: string;
}) {
  const therapist = therapistName ?? 'your therapist';
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-slate-900"
    >
      <h3 id={headingId} className="font-semibold text-sky-950">
        {variant === 'after-answer' ? 'Thank you for telling us' : 'Before you answer'}
      </h3>
      <p className="mt-1">
        {variant === 'after-answer'
          ? `${therapist} will see your answer and can talk it through with you. Your answers are not watched in ` +
            `real time, so if you need to talk to someone sooner, you can contact:`
          : 'Your answers are not monitored in real time. If you need to talk to someone now, you can contact:'}
      </p>
      {contacts.length > 0 ? (
        <ul className="mt-2 space-y-1">
          {contacts.map((contact) => (
            <li key={`${contact.name}-${contact.phone}`}>
              <span className="font-medium">{contact.name}</span>:{' '}
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} className="font-semibold">
                {contact.phone}
              </a>
              {contact.hours ? <span className="text-slate-700"> ({contact.hours})</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">your GP, or your local emergency number if you are in danger.</p>
      )}
    </section>
  );
}
