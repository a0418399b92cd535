import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no lock between processes: two processes on one data folder lose writes.
 * The owning process writes its PID into a lock file; a lock whose PID
 * is no longer running is stale (a crash) and is taken over.
 */
export function acquirePgliteLock(folder: string): () => void {
  const lockPath = path.join(folder, 'accord.lock');
  fs.mkdirSync(folder, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (owner === process.pid) return () => undefined;
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new Error(
          `The embedded database in ${folder} is open in another process (pid ${owner}). ` +
            'Stop that process first, or set DATABASE_URL to use a PostgreSQL server.',
          { cause: error },
        );
      }
      fs.unlinkSync(lockPath); // stale lock left by a crashed process
    }
  }
  throw new Error(`Could not lock the embedded database in ${folder}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
