import { count } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { refreshClientMetrics, WHOLE_ORGANIZATION } from '@/lib/rollups/client-metrics';
import { organizationSettingsSchema } from '@/lib/validation/organization-settings';
import { caseloadAssignments, clients, organizations, supervisionLinks, users } from '@/db/schema';
import type { Db } from '@/db/types';
import { seedDemoAccess } from './demo-access';
import { seedDemoGoals } from './demo-goals';
import { seedDemoSessions } from './demo-sessions';
import {
  DEMO_ADMIN,
  DEMO_CLIENT_NAMES,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_SUPERVISORS,
  DEMO_THERAPISTS,
  DEMO_RECENT_INTAKES,
  demoHasPortal,
  demoPortalEmail,
  demoPronouns,
} from './demo-people';

export interface DemoSignIn {
  role: 'admin' | 'supervisor' | 'therapist' | 'client';
  name: string;
  email: string;
  password: string;
}

/** Seeds the demo clinic unless the database already holds an organisation. */
export async function seedDemoClinicIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organizations);
  if ((row?.n ?? 0) > 0) return false;
  await seedDemoClinic(db);
  return true;
}

export async function seedDemoClinic(db: Db, today = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD); // hashed once, reused for every demo account
  const organizationId = await db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organizations)
      .values({
        name: DEMO_ORGANIZATION.name,
        timeZone: DEMO_ORGANIZATION.timeZone,
        settings: organizationSettingsSchema.parse({
          crisisContacts: [
            { name: 'Emergency services', phone: '999', hours: 'Any time' },
            { name: 'Samaritans', phone: '116 123', hours: 'Any time, free' },
            { name: 'Riverside duty clinician', phone: '020 7946 0000', hours: 'Weekdays 9:00–17:00' },
          ],
        }),
      })
      .returning({ id: organizations.id });
    if (!org) throw new Error('seed: organisation not created');
    const organizationId = org.id;
    const staff = (role: 'admin' | 'supervisor' | 'therapist', person: { name: string; email: string }) => ({
      organizationId,
      role,
      name: person.name,
      email: person.email,
      passwordHash,
    });

    await tx.insert(users).values(staff('admin', DEMO_ADMIN));
    const supervisors = await tx
      .insert(users)
      .values(DEMO_SUPERVISORS.map((s) => staff('supervisor', s)))
      .returning({ id: users.id });
    const therapists = await tx
      .insert(users)
      .values(DEMO_THERAPISTS.map((t) => staff('therapist', t)))
      .returning({ id: users.id });

    await tx.insert(supervisionLinks).values(
      DEMO_THERAPISTS.map((t, i) => ({
        organizationId,
        supervisorId: supervisors[t.supervisor]!.id,
        therapistId: therapists[i]!.id,
      })),
    );

    // Therapists carry nine clients each; each supervisor carries a small caseload of three.
    const clinicians = [
      ...therapists.flatMap((t) => Array<string>(9).fill(t.id)),
      ...supervisors.flatMap((s) => Array<string>(3).fill(s.id)),
    ];
    for (const [index, displayName] of DEMO_CLIENT_NAMES.entries()) {
      const clinicianId = clinicians[index % clinicians.length]!;
      const hasPortal = demoHasPortal(displayName);
      const portalUser = hasPortal
        ? (
            await tx
              .insert(users)
              .values({
                organizationId,
                role: 'client',
                name: displayName,
                email: demoPortalEmail(displayName),
                passwordHash,
              })
              .returning({ id: users.id })
          )[0]
        : undefined;
      // Intake dates spread over the last 18 months, newest first, so caseloads look lived-in.
      const intake = new Date(today);
      intake.setUTCDate(intake.getUTCDate() - (DEMO_RECENT_INTAKES[displayName] ?? ((index * 37) % 540) + 50));
      const birthYear = 1960 + ((index * 7) % 45);
      const [client] = await tx
        .insert(clients)
        .values({
          organizationId,
          displayName,
          pronouns: demoPronouns(index),
          dateOfBirth:
            index % 5 === 4
              ? null
              : `${birthYear}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`,
          intakeDate: intake.toISOString().slice(0, 10),
          portalUserId: portalUser?.id ?? null,
          createdBy: clinicianId,
        })
        .returning({ id: clients.id });
      await tx.insert(caseloadAssignments).values({
        organizationId,
        clientId: client!.id,
        clinicianId,
        startedAt: intake,
        startedBy: clinicianId,
      });
    }
    return organizationId;
  });
  // Goals first (plans signed), then the therapy sessions that rate the active ones.
  await seedDemoGoals(db, today);
  await seedDemoSessions(db, organizationId, today);
  await seedDemoAccess(db, today);
  await db.transaction((tx) => refreshClientMetrics(tx, organizationId, WHOLE_ORGANIZATION));
}

/** The sign-ins printed at start and listed in the README. */
export function demoSignIns(): DemoSignIn[] {
  const clientNames = DEMO_THERAPISTS.map((_, i) => DEMO_CLIENT_NAMES[i * 9]!);
  return [
    { role: 'admin', ...DEMO_ADMIN, password: DEMO_PASSWORD },
    ...DEMO_SUPERVISORS.map((s) => ({
      role: 'supervisor' as const,
      name: s.name,
      email: s.email,
      password: DEMO_PASSWORD,
    })),
    ...DEMO_THERAPISTS.map((t) => ({
      role: 'therapist' as const,
      name: t.name,
      email: t.email,
      password: DEMO_PASSWORD,
    })),
    ...clientNames.map((name) => ({
      role: 'client' as const,
      name,
      email: demoPortalEmail(name),
      password: DEMO_PASSWORD,
    })),
  ];
}

export function formatDemoSignIns(): string {
  const rows = demoSignIns();
  const width = Math.max(...rows.map((r) => r.email.length));
  return [
    'Demo sign-ins (password for every account: ' + DEMO_PASSWORD + ')',
    ...rows.map((r) => `  ${r.role.padEnd(10)} ${r.email.padEnd(width)}  ${r.name}`),
  ].join('\n');
}
