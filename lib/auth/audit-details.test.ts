import { describe, expect, it } from 'vitest';
import { ADMIN_VISIBLE_AUDIT_DETAIL_KEYS, auditDetailsForAdmin } from './audit-details';

describe('audit details an administrator may read', () => {
  it('keeps the operational details of lists, edits, accounts and refusals', () => {
    expect(
      auditDetailsForAdmin({
        rows: 25,
        page: 2,
        filter: 'flagged',
        sort: 'name',
        search: true,
        scope: 'team',
        truncated: false,
      }),
    ).toEqual({
      rows: 25,
      page: 2,
      filter: 'flagged',
      sort: 'name',
      search: true,
      scope: 'team',
      truncated: false,
    });
    expect(auditDetailsForAdmin({ fields: 'displayName,pronouns', version: 3 })).toEqual({
      fields: 'displayName,pronouns',
      version: 3,
    });
    expect(auditDetailsForAdmin({ reason: 'not-treating-clinician' })).toEqual({ reason: 'not-treating-clinician' });
    // Record exports: who took which record out, in which format, as whose copy.
    expect(auditDetailsForAdmin({ format: 'fhir-r4', copy: 'client', rows: 120 })).toEqual({
      format: 'fhir-r4',
      copy: 'client',
      rows: 120,
    });
    expect(
      auditDetailsForAdmin({
        invitationId: 'i1',
        role: 'client',
        tokenId: null,
        supervisorId: 's1',
        toClinicianId: 'c1',
        textVersion: '2026-01',
      }),
    ).toEqual({
      invitationId: 'i1',
      role: 'client',
      tokenId: null,
      supervisorId: 's1',
      toClinicianId: 'c1',
      textVersion: '2026-01',
    });
  });

  it('drops the clinical details of every event that writes them', () => {
    // check-in.submit / save-draft
    expect(auditDetailsForAdmin({ status: 'submitted', goals: 2, riskFlagsRaised: 1 })).toEqual({});
    // flag.acknowledge, flags.view
    expect(auditDetailsForAdmin({ kind: 'risk' })).toEqual({});
    expect(auditDetailsForAdmin({ open: 3 })).toEqual({});
    // goal.respond, goal.status, goal.focus
    expect(auditDetailsForAdmin({ position: 'disagree', agreed: false, onBehalfOfClient: true })).toEqual({
      onBehalfOfClient: true,
    });
    expect(auditDetailsForAdmin({ target: 'cancelled' })).toEqual({});
    expect(auditDetailsForAdmin({ focus: true })).toEqual({});
    // formulation.save, plan.sign, therapy-session.update, therapist ratings, brainstorm
    expect(auditDetailsForAdmin({ version: 4, shared: true })).toEqual({ version: 4 });
    expect(auditDetailsForAdmin({ role: 'client', completed: true })).toEqual({ role: 'client' });
    expect(auditDetailsForAdmin({ status: 'no-show', version: 2 })).toEqual({ version: 2 });
    expect(auditDetailsForAdmin({ saved: 2 })).toEqual({});
    expect(auditDetailsForAdmin({ changed: 1 })).toEqual({});
  });

  it('hides a key nobody has decided on yet', () => {
    expect(auditDetailsForAdmin({ rows: 1, phq9Total: 22 })).toEqual({ rows: 1 });
    expect(ADMIN_VISIBLE_AUDIT_DETAIL_KEYS.has('riskFlagsRaised')).toBe(false);
  });

  it('treats missing details as none', () => {
    expect(auditDetailsForAdmin(null)).toEqual({});
    expect(auditDetailsForAdmin(undefined)).toEqual({});
  });
});
