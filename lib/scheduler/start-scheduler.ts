import { env, isNextBuild } from "../core/env";
import { logger } from "../core/logger";
import { runScheduledJobs } from "./run-scheduled-jobs";

export type StopScheduler = () => Promise<void>;

interface SchedulerState {
  timer: NodeJS.Timeout;
  running?: Promise<void>;
  stop: StopScheduler;
}

const holder = globalThis as unknown as { __hearthScheduler?: SchedulerState };
const noop: StopScheduler = async () => {};

/**
 * The in-process tick; an external cron (k8s CronJob, Vercel Cron) can call the endpoint instead.
 * One per process; the stop function waits for a tick in progress, so a shutdown never cuts a job.
 */
export function startScheduler(): StopScheduler {
  if (env.SCHEDULER_INTERVAL_MS === 0 || isNextBuild()) return noop;
  if (holder.__hearthScheduler) return holder.__hearthScheduler.stop;
  const state: SchedulerState = {
    timer: setInterval(() => {
      if (state.running) return;
      state.running = runScheduledJobs()
        .then(() => undefined)
        .catch((error: unknown) => logger.error({ err: error }, "scheduler tick failed"))
        .finally(() => (state.running = undefined));
    }, env.SCHEDULER_INTERVAL_MS),
    async stop() {
      clearInterval(state.timer);
      if (holder.__hearthScheduler === state) holder.__hearthScheduler = undefined;
      await state.running;
    },
  };
  state.timer.unref();
  holder.__hearthScheduler = state;
  return state.stop;
}
