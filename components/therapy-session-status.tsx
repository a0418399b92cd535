import type { TherapySessionStatus } from '@/lib/domain/therapy-sessions';
import { Badge } from './ui/badge';

const LABEL: Record<TherapySessionStatus, string> = {
  scheduled: 'Scheduled',
  attended: 'Attended',
  cancelled: 'Cancelled',
  'no-show': 'Did not attend',
};
const TONE: Record<TherapySessionStatus, 'neutral' | 'good' | 'warn' | 'info'> = {
  scheduled: 'info',
  attended: 'good',
  cancelled: 'neutral',
  'no-show': 'warn',
};

export const THERAPY_SESSION_STATUS_LABELS = LABEL;

export function TherapySessionStatusBadge({ status }: { status: TherapySessionStatus }) {
  return <Badge tone={TONE[status]}>{LABEL[status]}</Badge>;
}
