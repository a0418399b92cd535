/**
 * The demo clinic's people. Deterministic so that the README, the printed sign-ins and the
 * end-to-end tests all agree.
 */
export const DEMO_PASSWORD = 'accord-demo-2026';

export const DEMO_ORGANIZATION = { name: 'Riverside Therapy Collective', timeZone: 'Europe/London' };

export const DEMO_ADMIN = { name: 'Priya Natarajan', email: 'admin@riverside.example' };

export const DEMO_SUPERVISORS = [
  { name: 'Dana Okafor', email: 'dana.okafor@riverside.example' },
  { name: 'Miguel Santos', email: 'miguel.santos@riverside.example' },
] as const;

/** Each therapist names the supervisor (index into DEMO_SUPERVISORS) who supervises them. */
export const DEMO_THERAPISTS = [
  { name: 'Sam Whitfield', email: 'sam.whitfield@riverside.example', supervisor: 0 },
  { name: 'Aisha Rahman', email: 'aisha.rahman@riverside.example', supervisor: 0 },
  { name: 'Tom Becker', email: 'tom.becker@riverside.example', supervisor: 0 },
  { name: 'Lena Kowalski', email: 'lena.kowalski@riverside.example', supervisor: 1 },
  { name: 'Jonah Price', email: 'jonah.price@riverside.example', supervisor: 1 },
  { name: 'Grace Liu', email: 'grace.liu@riverside.example', supervisor: 1 },
] as const;

/** Clients, in order: nine to each therapist, then three to each supervisor (see demo-clinic.ts). */
export const DEMO_CLIENT_NAMES = [
  'Jordan Ellis',
  'Maya Thompson',
  'Ravi Patel',
  'Chloe Martin',
  'Daniel Osei',
  'Sofia Rossi',
  'Liam O’Connor',
  'Amara Nwosu',
  'Ethan Clarke',
  'Hannah Schmidt',
  'Noah Williams',
  'Zara Hussain',
  'Oliver Brown',
  'Isla MacLeod',
  'Lucas Ferreira',
  'Mia Johansson',
  'Samuel Adeyemi',
  'Ava Kaur',
  'Benjamin Cohen',
  'Leah Murphy',
  'Yusuf Demir',
  'Emily Walsh',
  'Kai Nakamura',
  'Ruby Evans',
  'Mateo García',
  'Freya Lindqvist',
  'Joseph Mensah',
  'Poppy Harris',
  'Arjun Singh',
  'Grace O’Neill',
  'Theo Laurent',
  'Nadia Haddad',
  'Finn Gallagher',
  'Imogen Price',
  'Omar Farouk',
  'Elsie Turner',
  'Callum Reid',
  'Aaliyah Brooks',
  'Hugo Moreau',
  'Niamh Byrne',
  'Dylan Hughes',
  'Layla Ahmed',
  'Reuben Green',
  'Iris Novak',
  'Felix Wagner',
  'Matilda Scott',
  'Kofi Boateng',
  'Anya Petrova',
  'Harvey Collins',
  'Rosa Delgado',
  'Toby Fletcher',
  'Esme Campbell',
  'Ibrahim Ali',
  'Willow Carter',
  'Jasper Quinn',
  'Sienna Ward',
  'Rory Kennedy',
  'Tara Bose',
  'Elliot Shaw',
  'Nora Lindgren',
] as const;

const PRONOUNS = ['she/her', 'he/him', 'they/them', null] as const;

export function demoPronouns(index: number): string | null {
  return PRONOUNS[index % PRONOUNS.length] ?? null;
}

/** Clients with a portal account: the first client of each therapist. */
export function demoPortalEmail(clientName: string): string {
  const slug = clientName
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '.');
  return `${slug}@client.example`;
}

/**
 * Most demo clients have a portal account (they check in and sign their plans there); these
 * did not want one, or have not been invited yet (Ravi Patel's invitation is waiting, and the
 * invitation journey invites Chloe Martin). Their answers are given in session.
 */
export const DEMO_CLIENTS_WITHOUT_PORTAL: readonly string[] = [
  'Ravi Patel',
  'Chloe Martin',
  'Isla MacLeod',
  'Kai Nakamura',
  'Finn Gallagher',
  'Dylan Hughes',
  'Rosa Delgado',
  'Sienna Ward',
  'Tara Bose',
];

export function demoHasPortal(clientName: string): boolean {
  return !DEMO_CLIENTS_WITHOUT_PORTAL.includes(clientName);
}

/** New clients: seen once or twice so far (days since intake). Everyone else started 50–590 days ago. */
export const DEMO_RECENT_INTAKES: Readonly<Record<string, number>> = {
  'Ethan Clarke': 19,
  'Felix Wagner': 9,
  'Rory Kennedy': 12,
  'Esme Campbell': 15,
  'Iris Novak': 16,
};
