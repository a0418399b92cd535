import { diffWords } from 'diff';

/**
 * What changed in a goal's wording, word by word: removed words struck through, added words
 * underlined. Colour is not the only cue (WCAG 1.4.1): each change also says "removed" or
 * "added" to screen readers, and the old and new wordings are given in full for context.
 * Rendered on the server, so the diff library never reaches the browser.
 */
export function WordingDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <p className="leading-relaxed text-slate-900">
      {parts.map((part, index) => {
        if (part.added) {
          return (
            <ins
              key={index}
              className="rounded bg-emerald-100 px-0.5 text-emerald-950 underline decoration-2 underline-offset-2"
            >
              <span className="sr-only">added: </span>
              {part.value}
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={index} className="rounded bg-red-100 px-0.5 text-red-900 line-through">
              <span className="sr-only">removed: </span>
              {part.value}
            </del>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </p>
  );
}
