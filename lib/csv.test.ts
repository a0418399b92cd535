import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { neutraliseCell, toCsv } from './csv';

describe('neutraliseCell', () => {
  test.each(['=1+2', '+44 20 7946 0000', '-3', '@SUM(A1)', '\t=cmd', '\rX', '=HYPERLINK("http://x","y")'])('%j starts with a formula character and gets a quote', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

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

describe('toCsv', () => {
  test('quotes commas, quotes and line breaks so the file reads back exactly', () => {
    const csv = toCsv(['name', 'note'], [['Smith, Jo', 'said "hi"\nthen left'], ['=evil()', null]]);
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
