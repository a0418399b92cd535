/**
 * The one stylesheet of the printed documents, on screen (the print pages) and on paper (the
 * browser's print and the PDF). Inline in the PDF's HTML, so Chromium fetches nothing. Every
 * rule is scoped under `.print-doc`, so it cannot change the app around it.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #334155; } }
.print-doc { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; background: #fff;
  max-width: 48rem; margin: 0 auto; overflow-wrap: anywhere; }
.print-doc h1 { font-size: 1.6em; font-weight: 650; margin: 0 0 .25em; line-height: 1.25; }
.print-doc h2 { font-size: 1.25em; font-weight: 650; margin: 1.2em 0 .4em; line-height: 1.3; }
.print-doc h3 { font-size: 1em; font-weight: 650; margin: 1em 0 .3em; }
.print-doc p { margin: 0 0 .5em; }
.print-doc .org { color: #334155; margin: 0 0 .25em; }
.print-doc .standing { font-weight: 600; }
.print-doc .note { color: #334155; font-size: .95em; }
.print-doc .wording { font-size: 1.15em; font-weight: 600; margin: .2em 0 .6em; }
.print-doc .facts { display: grid; gap: .35em; margin: .5em 0 .8em; }
.print-doc .facts > div { display: grid; grid-template-columns: 11rem 1fr; gap: .75em; }
.print-doc .facts dt { color: #334155; font-weight: 600; }
.print-doc .facts dd { margin: 0; }
.print-doc ul, .print-doc ol { margin: .3em 0 .8em; padding-left: 1.4em; }
.print-doc li { margin: .15em 0; }
.print-doc table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: .95em; }
.print-doc th, .print-doc td { border: 1px solid #94a3b8; padding: .3em .5em; text-align: left; vertical-align: top; }
.print-doc th { background: #f1f5f9; font-weight: 600; }
.print-doc .hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; word-break: break-all; }
.print-doc section { margin-top: 1.2em; }
.print-doc .doc-head { border-bottom: 2px solid #0f172a; padding-bottom: .6em; }
.print-doc .signature { border: 1px solid #94a3b8; border-radius: 4px; padding: .5em .75em; margin: .5em 0; break-inside: avoid; }
.print-doc .goal, .print-doc .signatures, .print-doc .record-part { break-inside: auto; }
@media (max-width: 30rem) { .print-doc .facts > div { grid-template-columns: 1fr; gap: 0; } .print-doc { font-size: 10.5pt; } }
@media print {
  .print-doc { max-width: none; }
  .print-doc .goal { break-before: page; }
  .print-doc .record-part { break-before: page; }
  .print-doc h2, .print-doc h3 { break-after: avoid; }
  .print-doc tr { break-inside: avoid; }
}
`;
