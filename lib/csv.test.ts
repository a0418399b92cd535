import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { neutraliseCell, toCsv } from './csv';

describe('neutraliseCell', () => {
  test.each(['=1+2', '+44 20 7946 0000', '-3', '@SUM(A1)', '\t=cmd', '\rX', '=HYPERLINK("http://x","y")'])(
    '%j starts with a formula character and gets a quote',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  test.each([
    ['plain text', 'plain text'],
    ['a=b', 'a=b'],
    ['email@example.org', 'email@example.org'],
    ['', ''],
  ])('%j is left as it is', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  test('numbers, booleans and empties become text; negative numbers are neutralised too', () => {
    expect(neutraliseCell(42)).toBe('42');
    expect(neutraliseCell(-5)).toBe("'-5");
    expect(neutraliseCell(true)).toBe('true');
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(undefined)).toBe('');
  });
});

describe('neutraliseCell behind invisible characters (ADR 13)', () => {
  test.each([
    ['\u200B=1+2', "'=1+2"],
    ['\uFEFF=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['\u202E\u2066@SUM(A1)', "'@SUM(A1)"],
    ['\u200B\u200B+44 20', "'+44 20"],
  ])('%j loses its hidden characters and gets a quote', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  test.each(['\u200C=1+2', '\u200D-3', '\u200E@x', ' =1+2', '\u00A0=1'])(
    '%j, with an allowed invisible character or a space before the formula, gets a quote and keeps its text',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  test('hidden characters inside ordinary text are dropped; joiners that names and emoji need are kept', () => {
    expect(neutraliseCell('Ali\u202Ece')).toBe('Alice');
    expect(neutraliseCell('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(neutraliseCell('👩\u200D💻 coder')).toBe('👩\u200D💻 coder');
  });
});

describe('toCsv', () => {
  test('quotes commas, quotes and line breaks so the file reads back exactly', () => {
    const csv = toCsv(
      ['name', 'note'],
      [
        ['Smith, Jo', 'said "hi"\nthen left'],
        ['=evil()', null],
      ],
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv)).toEqual([
      ['name', 'note'],
      ['Smith, Jo', 'said "hi"\nthen left'],
      ["'=evil()", ''],
    ]);
  });

  test('header cells are neutralised as well', () => {
    expect(parse(toCsv(['@who'], []))).toEqual([["'@who"]]);
  });
});
