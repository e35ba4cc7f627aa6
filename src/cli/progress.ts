import cliProgress from 'cli-progress';
import type { SweepProgress } from '../output/sweep-in-workers.js';

/** A progress bar with the time left on a terminal; silent when standard error is not a terminal. */
export function progressReporter(): { update: (progress: SweepProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: 'sweep [{bar}] {percentage}% | {value}/{total} scenarios | {eta_formatted} left',
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: ({ scenarios, done }) => {
      if (!started) bar.start(scenarios, 0);
      started = true;
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
