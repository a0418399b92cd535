import { z } from 'zod';
import { ROLES } from './principal';

/** What the signed JWT carries. Everything else about the person is read fresh per request. */
export const sessionClaimsSchema = z.object({
  userId: z.uuid(),
  organizationId: z.uuid(),
  role: z.enum(ROLES),
  sessionVersion: z.number().int(),
  /** This sign-in (one browser): "sign out" lists it in revoked_sessions, and the session check refuses it from then on. */
  sessionId: z.uuid(),
  authTime: z.number(),
  lastActivity: z.number(),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;
