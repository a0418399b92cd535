/**
 * The consent a client reads and accepts before the portal opens. Change the wording and bump
 * the version together: every client is then asked again, and each acceptance records which
 * version it was.
 */
export const CONSENT_TEXT_VERSION = '2026-11-v1';

export interface ConsentSection {
  heading: string;
  paragraphs: string[];
}

export const CONSENT_TEXT: ConsentSection[] = [
  {
    heading: 'What this portal is for',
    paragraphs: [
      'This is a private space where you and your therapist set goals together, in your own words, and keep ' +
        'track of how things are going between sessions.',
    ],
  },
  {
    heading: 'Who can see your plan',
    paragraphs: [
      'Your goals, your answers and your ratings can be seen by you, by your therapist, and by your therapist’s ' +
        'clinical supervisor, who supports their work and helps keep your care safe.',
      'The clinic’s administrators can see that you are a client and who your therapist is, but not your goals, answers or scores.',
      'Every time someone opens your record, it is written down, so the clinic can always check who looked.',
    ],
  },
  {
    heading: 'How your check-ins are used',
    paragraphs: [
      'Before a session you may be asked how your goals are going and a few short questions about your mood. ' +
        'Your therapist uses your answers to plan the session with you and to see, over time, what is helping.',
      'There are no right or wrong answers, and setbacks are a normal part of change.',
    ],
  },
  {
    heading: 'This is not an emergency service',
    paragraphs: [
      'Nobody watches your answers as you send them. If you need help urgently, please contact one of the ' +
        'services below or your local emergency number, rather than waiting for your therapist to read your ' +
        'check-in.',
    ],
  },
  {
    heading: 'Your choice',
    paragraphs: [
      'Using the portal is your choice. If you would rather not, tell your therapist: your therapy does not ' +
        'depend on it. You can ask your therapist about anything here at any time.',
    ],
  },
];
