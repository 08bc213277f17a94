// Follows the runner extension's results file (JSON lines appended by the
// extension host) so the launcher can print each test as soon as it finishes.
import { existsSync, readFileSync } from 'node:fs';

/** Yields each record as it is appended; stops after the `end` record or when stopped() says so. */
export async function* followJsonLines(file, { stopped = () => false, intervalMs = 200 } = {}) {
  let offset = 0;
  let pending = '';
  for (;;) {
    if (existsSync(file)) {
      const buffer = readFileSync(file);
      if (buffer.length > offset) {
        pending += buffer.subarray(offset).toString('utf8');
        offset = buffer.length;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          if (!line.trim()) continue;
          const record = JSON.parse(line);
          yield record;
          if (record.type === 'end') return;
        }
      }
    }
    if (stopped()) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
