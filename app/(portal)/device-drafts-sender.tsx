'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { configureDeviceDrafts, isClaimed, onSyncEvent, sendPending } from '@/lib/device-drafts/sync';
import { sendAfterCheckInDraft, sendCheckInDraft, sendStepTick } from './portal/actions';

/**
 * On every portal page: sends what this person's phone kept (ADR 10) when the page opens (after
 * signing in again, say) and when the connection returns, and says what became of answers no
 * form on this page speaks for.
 */
export function DeviceDraftsSender({ namespace, draftKey }: { namespace: string; draftKey: string }) {
  const router = useRouter();
  const [notice, setNotice] = useState('');
  useEffect(() => {
    void configureDeviceDrafts(namespace, draftKey, {
      'check-in': (entry) => sendCheckInDraft(entry.values),
      'after-check-in': (entry) => sendAfterCheckInDraft(entry.values),
      tick: (entry) => sendStepTick(entry.values),
    });
    void sendPending();
    const online = () => void sendPending();
    window.addEventListener('online', online);
    const stop = onSyncEvent((event) => {
      if (event.kind === 'tick' && event.state === 'saved') router.refresh(); // the step's count changed
      if (isClaimed(event.kind, event.id)) return;
      if (event.state === 'saved')
        setNotice(
          event.kind === 'tick'
            ? 'A step you ticked off while offline was sent.'
            : 'Check-in answers kept on this phone were sent and saved.',
        );
      if (event.state === 'refused') setNotice(`Answers kept on this phone were not sent: ${event.message}`);
    });
    return () => {
      window.removeEventListener('online', online);
      stop();
    };
  }, [namespace, draftKey, router]);
  return (
    <p
      role="status"
      className={
        notice ? 'mb-4 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-slate-900' : 'sr-only'
      }
    >
      {notice}
    </p>
  );
}
