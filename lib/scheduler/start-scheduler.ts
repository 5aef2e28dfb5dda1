import { env, isNextBuild } from "../core/env";
import { logger } from "../core/logger";
import { runScheduledJobs } from "./run-scheduled-jobs";

const holder = globalThis as unknown as { __hearthScheduler?: NodeJS.Timeout };

/** The in-process tick; an external cron (k8s CronJob, Vercel Cron) can call the endpoint instead. */
export function startScheduler(): void {
  if (holder.__hearthScheduler || env.SCHEDULER_INTERVAL_MS === 0 || isNextBuild()) return;
  holder.__hearthScheduler = setInterval(() => {
    runScheduledJobs().catch((error: unknown) => logger.error({ err: error }, "scheduler tick failed"));
  }, env.SCHEDULER_INTERVAL_MS);
  holder.__hearthScheduler.unref();
}
