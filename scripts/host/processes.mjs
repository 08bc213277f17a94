// Keeps track of the process groups a script started, so that every exit path
// (success, failure, timeout, Ctrl-C) ends them: code-server forks extension
// hosts and helpers, and chromium forks renderers, none of which should outlive us.

const groups = new Set();

/** Remembers a detached child: its pid is also its process group id. */
export function track(pid) {
  if (pid) groups.add(pid);
}

export function untrack(pid) {
  groups.delete(pid);
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM the whole group, then SIGKILL whatever is left after graceMs. */
export async function killGroup(pgid, exited = Promise.resolve(), graceMs = 5000) {
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  untrack(pgid);
}

/** Last resort on process exit: nothing async can run there. */
export function killAllSync() {
  for (const pgid of groups) signalGroup(pgid, 'SIGKILL');
  groups.clear();
}

/**
 * Runs cleanup on SIGINT/SIGTERM/SIGHUP and exits with 128+signal; a second
 * signal skips the graceful part. Also SIGKILLs tracked groups on any exit.
 */
export function onInterrupt(cleanup) {
  let interrupted = false;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) {
    process.on(signal, async () => {
      if (interrupted) {
        killAllSync();
        process.exit(code);
      }
      interrupted = true;
      console.error(`\n${signal}: stopping…`);
      const force = setTimeout(() => { killAllSync(); process.exit(code); }, 15_000);
      try {
        await cleanup();
      } finally {
        clearTimeout(force);
        killAllSync();
        process.exit(code);
      }
    });
  }
  process.on('exit', killAllSync);
}
