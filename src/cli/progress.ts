/** Progress bar for the batch on a terminal; silent when stderr is not a TTY (pipes, CI, logs). */
import cliProgress from 'cli-progress';
import type { BatchProgress } from '../batch.js';
import { stripControls } from '../write/csv.js';

export interface ProgressDisplay {
  update(progress: BatchProgress): void;
  stop(): void;
}

export function progressDisplay(stream: NodeJS.WriteStream = process.stderr): ProgressDisplay {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'extract [{bar}] {value}/{total} files | {errors} errors | {file}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update({ done, total, errors, sourceFile }) {
      const payload = { errors, file: stripControls(sourceFile ?? '') };
      if (!started) bar.start(total, done, payload);
      else bar.update(done, payload);
      started = true;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
