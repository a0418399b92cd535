/** A one-line progress bar on stderr (redrawn in place on a terminal, one line per step otherwise). */
export function progressBar(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let done = 0;
  let lastDrawn = -1;
  const draw = () => {
    const fraction = total === 0 ? 1 : done / total;
    const percent = Math.floor(fraction * 100);
    if (percent === lastDrawn) return;
    lastDrawn = percent;
    if (!tty && percent % 25 !== 0) return;
    const width = 30;
    const filled = Math.round(fraction * width);
    const line =
      `${label.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ` +
      `${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')}`;
    process.stderr.write(tty ? `\r${line}` : `${line}\n`);
  };
  return {
    tick(n = 1) {
      done += n;
      draw();
    },
    finish() {
      done = total;
      draw();
      if (tty) process.stderr.write('\n');
    },
  };
}
