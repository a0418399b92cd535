import fc from 'fast-check';
import type { Vocabulary } from './vocabulary';

/*
 * Hostile payloads: wrong types, huge strings, NUL bytes, direction-changing and other unusual
 * unicode, lone surrogates, foreign and made-up ids, missing fields, nested junk. Mixed with
 * real ids and plausible values (enum options, numbers, dates) so that many payloads get past
 * the first check and reach deeper code.
 */

export interface IdPools {
  /** Ids of records the acting person may well be allowed to use, by kind. */
  own: Record<string, string[]>;
  /** Ids from another organisation. */
  foreign: string[];
  emails: string[];
}

const HUGE = 100_000;

const nastyStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '%00',
  '\u202Egnp.exe',
  '\u2066x\u2069',
  '\u200B=1+1',
  '\uFEFF',
  '\uD800',
  'a\uDC00b',
  '=HYPERLINK("http://evil.example")',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '"; drop table clients; --',
  '../../../etc/passwd',
  '\\',
  '$1',
  '%s%n',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999',
  '0x1F',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31T23:59',
  '2026-12-07T25:61',
  'ﷺ'.repeat(50),
  '👩🏽‍⚕️'.repeat(200),
  'Zalgo: Z̵̢̛͓̪̲a̸l̷g̴o̵',
  'x'.repeat(HUGE),
  'é'.repeat(3_000),
  '\u0000'.repeat(3_000),
  'a '.repeat(5_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3_000, minLength: 2_500 }) },
);

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined,
      null,
      true,
      false,
      0,
      -1,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      Number.MAX_SAFE_INTEGER + 2,
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      [],
      {},
      [[]],
      { length: 1e9 },
      Object.create(null) as object,
      JSON.parse('{"__proto__":{"polluted":true}}') as object,
    ),
  },
);

/** An argument or field that names a record: real ids (own and foreign), made-up and malformed ones. */
export function idArbitrary(name: string, pools: IdPools): fc.Arbitrary<unknown> {
  const kind = name.replace(/Ids?$/, '');
  const own = pools.own[kind]?.length ? pools.own[kind] : Object.values(pools.own).flat();
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...own) },
    { weight: 2, arbitrary: fc.constantFrom(...pools.foreign) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...own).map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...own).map((id) => ` ${id}\u0000`) },
    { weight: 3, arbitrary: hostileScalar },
  );
}

function plausible(vocabulary: Vocabulary, pools: IdPools): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...vocabulary.words),
    fc.constantFrom(
      'on',
      'true',
      'false',
      '1',
      '2',
      '3',
      '10',
      '-2',
      '0',
      '2026-12-07',
      '2026-12-07T10:00',
      'Europe/London',
      'Mars/Olympus',
    ),
    fc.integer({ min: -5, max: 30 }),
    fc.constantFrom(...pools.emails),
    fc.lorem({ maxCount: 8 }),
  );
}

/** A form-like object: fields from the vocabulary, any of them missing, junk or well-formed. */
export function payloadArbitrary(vocabulary: Vocabulary, pools: IdPools): fc.Arbitrary<unknown> {
  const value = (key: string): fc.Arbitrary<unknown> => {
    if (/Ids?$/.test(key))
      return /Ids$/.test(key) ? fc.array(idArbitrary(key, pools), { maxLength: 4 }) : idArbitrary(key, pools);
    return fc.oneof(
      { weight: 4, arbitrary: plausible(vocabulary, pools) },
      { weight: 4, arbitrary: hostileScalar },
      {
        weight: 1,
        arbitrary: fc.array(
          fc.dictionary(fc.constantFrom(...vocabulary.keys), fc.oneof(plausible(vocabulary, pools), hostileScalar), {
            maxKeys: 6,
          }),
          { maxLength: 4 },
        ),
      },
      { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 5 }) },
    );
  };
  const record = fc
    .uniqueArray(fc.constantFrom(...vocabulary.keys), { maxLength: 14 })
    .chain((keys) => fc.tuple(...keys.map((key) => value(key).map((v) => [key, v] as const))))
    .map((entries) => Object.fromEntries(entries));
  const withStrangeKeys = fc
    .tuple(record, fc.dictionary(hostileString, hostileScalar, { maxKeys: 3 }))
    .map(([a, b]) => ({ ...b, ...a }));
  return fc.oneof(
    { weight: 7, arbitrary: record },
    { weight: 2, arbitrary: withStrangeKeys },
    { weight: 2, arbitrary: hostileScalar },
  );
}

/**
 * The arbitrary for a data function's parameter, by its name; null for a name the fuzzer does
 * not know (the test then fails and asks for one here).
 */
export function parameterArbitrary(name: string, vocabulary: Vocabulary, pools: IdPools): fc.Arbitrary<unknown> | null {
  if (name === 'raw' || name === 'query' || name === 'input') return payloadArbitrary(vocabulary, pools);
  if (/Id$/.test(name)) return idArbitrary(name, pools);
  if (name === 'token') return fc.oneof(hostileString, fc.base64String({ minLength: 40, maxLength: 48 }), fc.uuid());
  if (name === 'email') return fc.oneof(fc.constantFrom(...pools.emails), hostileString, hostileScalar);
  if (name === 'password') return fc.oneof(hostileString, hostileScalar);
  // A clock reading the server passes in, not input: any valid moment.
  if (name === 'now') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
  // Where a sign-in comes from: the server reads the address itself; the device cookie is the sender's to forge.
  if (name === 'origin') {
    return fc.record({
      ip: fc.oneof(fc.constant(null), fc.ipV4(), fc.ipV6()),
      deviceToken: fc.oneof(fc.constant(null), hostileString, fc.base64String({ minLength: 40, maxLength: 120 })),
    });
  }
  return null;
}
