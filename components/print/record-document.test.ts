import { describe, expect, it } from 'vitest';
import type { ClientRecordCopy, RecordCheckIn, RecordGoal } from '@/lib/data/client-record';
import { checkInRow, goalHistory, recordDocumentBody } from './record-document';

const TZ = 'Europe/London';

const goal: RecordGoal = {
  id: 'g1',
  wording: 'Walk <every> morning',
  status: 'active',
  versions: [
    { wording: 'Walk more', writtenBy: 'client', at: '2026-03-01T09:00:00.000Z', changeNote: null },
    { wording: 'Walk <every> morning', writtenBy: 'therapist', at: '2026-03-08T09:00:00.000Z', changeNote: 'Clearer' },
  ],
  statusChanges: [{ status: 'active', at: '2026-03-09T09:00:00.000Z' }],
};

const checkIn: RecordCheckIn = {
  sessionNumber: 2,
  sessionAt: '2026-03-10T09:00:00.000Z',
  kind: 'before',
  sentAt: '2026-03-09T18:30:00.000Z',
  ratings: [
    { goalWording: 'Walk & talk', progress: 6, clarity: 4 },
    { goalWording: 'Call my sister', progress: null, clarity: null },
  ],
  scores: [{ instrument: 'phq9', total: 7 }],
};

const record = (overrides: Partial<ClientRecordCopy> = {}): ClientRecordCopy => ({
  client: { id: 'c1', displayName: 'Alex <Doe>' },
  organizationName: 'Riverside & Co',
  timeZone: TZ,
  goals: [goal],
  checkIns: [checkIn],
  signedPlans: [],
  createdAt: '2026-03-11T10:00:00.000Z',
  ...overrides,
});

describe('the client’s own record document', () => {
  it('lists each version of a goal with who wrote it and why it changed, then its changes of status', () => {
    const html = goalHistory(goal, TZ);
    expect(html).toContain('<h3>Walk &lt;every&gt; morning</h3>');
    expect(html).toContain('written by you: “Walk more”</li>');
    expect(html).toContain(
      'written by your therapist: “Walk &lt;every&gt; morning” <span class="note">(why: Clearer)</span>',
    );
    expect(html).toContain('<p><strong>Changes of status</strong></p><ul><li>');
  });

  it('leaves out the changes of status when there are none', () => {
    expect(goalHistory({ ...goal, statusChanges: [] }, TZ)).not.toContain('Changes of status');
  });

  it('puts a check-in in one row: session, when sent, the ratings (unrated said so) and the questionnaire totals', () => {
    const row = checkInRow(checkIn, TZ);
    expect(row).toMatch(/^<tr><td>[^<]+ \(session 2\)<\/td><td>Before the session, sent [^<]+<\/td>/);
    expect(row).toContain('<ul><li>Walk &amp; talk: 6 (clarity 4 of 5)</li><li>Call my sister: not rated</li></ul>');
    expect(row).toContain('<td><ul><li>PHQ-9 (mood): 7</li></ul></td></tr>');
  });

  it('shows a dash for a check-in without ratings or scores, and no session number when there is none', () => {
    const row = checkInRow(
      { ...checkIn, sessionNumber: null, sentAt: null, kind: 'after', ratings: [], scores: [] },
      TZ,
    );
    expect(row).not.toContain('(session');
    expect(row).toContain('<td>After the session</td><td>—</td><td>—</td></tr>');
  });

  it('says so when there are no goals and no check-ins', () => {
    const html = recordDocumentBody(record({ goals: [], checkIns: [] }));
    expect(html).toContain('<p>You have no goals yet.</p>');
    expect(html).toContain('<p>You have not sent a check-in yet.</p>');
    expect(html).toContain('Alex &lt;Doe&gt;');
  });
});
