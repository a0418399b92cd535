/** "1 point", "3 points", "1.0 point" — for reason sentences. */
export function points(amount: string | number): string {
  return `${amount} ${Number(amount) === 1 ? 'point' : 'points'}`;
}

/** Joins one-sentence reasons into the flag's reason text. */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.join(' ');
}
