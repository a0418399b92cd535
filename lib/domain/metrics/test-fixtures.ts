import { type GoalFacts } from './facts';

/**
 * A small hand-checked caseload shared by the metric tests (not exported from index.ts).
 *
 * | goal | client | status    | agreed | SMART | clarity | client GBO ratings (date order) | change |
 * |------|--------|-----------|--------|-------|---------|---------------------------------|--------|
 * | A1   | A      | active    | yes    | yes   | 4       | 2, 5, 6 (given out of order)    | +4     |
 * | A2   | A      | active    | yes    | no    | 2       | 3, 4                            | +1     |
 * | A3   | A      | proposed  | no     | no    | —       | none yet                        | —      |
 * | A4   | A      | on-hold   | yes    | yes   | 5       | 1, 9                            | +8     |
 * | B1   | B      | completed | yes    | yes   | 5       | 0, 10   (B is discharged)        | +10    |
 * | B2   | B      | cancelled | no     | no    | 1       | 4, 2                            | −2     |
 * | C1   | C      | accepted  | yes    | yes   | 3       | 7 (baseline only)               | —      |
 * | C2   | C      | active    | no     | no    | 5       | 6, 3                            | −3     |
 *
 * | E1   | C      | entered-in-error | no | no  | —       | 0, 9                            | out    |
 *
 * Plan goals: A1 A2 A3 C1 C2 (5). Goals progress counts: all but E1 (9); measured: A1 A2 A4 B1 B2 C2.
 */

const day = (isoDate: string): Date => new Date(`${isoDate}T12:00:00Z`);

function goal(
  goalId: string,
  clientId: string,
  fields: Pick<GoalFacts, 'status' | 'agreedOnCurrentVersion' | 'passesAllSmart' | 'latestClarity'> & {
    readonly ratings: readonly (readonly [string, number])[];
  },
): GoalFacts {
  return {
    goalId,
    clientId,
    therapistId: 'therapist-1',
    status: fields.status,
    agreedOnCurrentVersion: fields.agreedOnCurrentVersion,
    passesAllSmart: fields.passesAllSmart,
    latestClarity: fields.latestClarity,
    clientRatings: fields.ratings.map(([isoDate, value]) => ({ ratedAt: day(isoDate), value })),
  };
}

export const CASELOAD: readonly GoalFacts[] = [
  goal('A1', 'A', {
    status: 'active',
    agreedOnCurrentVersion: true,
    passesAllSmart: true,
    latestClarity: 4,
    ratings: [
      ['2024-02-01', 5],
      ['2024-03-01', 6],
      ['2024-01-01', 2],
    ],
  }),
  goal('A2', 'A', {
    status: 'active',
    agreedOnCurrentVersion: true,
    passesAllSmart: false,
    latestClarity: 2,
    ratings: [
      ['2024-01-01', 3],
      ['2024-02-01', 4],
    ],
  }),
  goal('A3', 'A', {
    status: 'proposed',
    agreedOnCurrentVersion: false,
    passesAllSmart: false,
    latestClarity: null,
    ratings: [],
  }),
  goal('A4', 'A', {
    status: 'on-hold',
    agreedOnCurrentVersion: true,
    passesAllSmart: true,
    latestClarity: 5,
    ratings: [
      ['2024-01-01', 1],
      ['2024-02-01', 9],
    ],
  }),
  goal('B1', 'B', {
    status: 'completed',
    agreedOnCurrentVersion: true,
    passesAllSmart: true,
    latestClarity: 5,
    ratings: [
      ['2024-01-01', 0],
      ['2024-02-01', 10],
    ],
  }),
  goal('B2', 'B', {
    status: 'cancelled',
    agreedOnCurrentVersion: false,
    passesAllSmart: false,
    latestClarity: 1,
    ratings: [
      ['2024-01-01', 4],
      ['2024-02-01', 2],
    ],
  }),
  goal('C1', 'C', {
    status: 'accepted',
    agreedOnCurrentVersion: true,
    passesAllSmart: true,
    latestClarity: 3,
    ratings: [['2024-01-01', 7]],
  }),
  goal('C2', 'C', {
    status: 'active',
    agreedOnCurrentVersion: false,
    passesAllSmart: false,
    latestClarity: 5,
    ratings: [
      ['2024-01-01', 6],
      ['2024-02-01', 3],
    ],
  }),
  goal('E1', 'C', {
    status: 'entered-in-error',
    agreedOnCurrentVersion: false,
    passesAllSmart: false,
    latestClarity: null,
    ratings: [
      ['2024-01-01', 0],
      ['2024-02-01', 9],
    ],
  }),
];

export const goalsOfClient = (clientId: string): GoalFacts[] =>
  CASELOAD.filter((goalFacts) => goalFacts.clientId === clientId);
