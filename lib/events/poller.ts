import { env, isNextBuild } from "../core/env";
import { logger } from "../core/logger";
import { deliverPendingEvents } from "./deliver";

export interface OutboxPollerOptions {
  /** Defaults to OUTBOX_POLL_MS; 0 disables the poller. */
  intervalMs?: number;
  /** A dedicated worker process sets this; next to a web server the timer must not hold the process open. */
  keepAlive?: boolean;
}

export type StopPoller = () => Promise<void>;

interface PollerState {
  timer?: ReturnType<typeof setTimeout>;
  running?: Promise<void>;
  stopped: boolean;
  stop: StopPoller;
}

// On globalThis so a dev-server module reload cannot start a second timer.
const holder = globalThis as unknown as { __hearthOutboxPoller?: PollerState };
const noop: StopPoller = async () => {};

/**
 * Delivers whatever the after-commit dispatch missed (crash, failed handler waiting for its backoff,
 * events written by another instance). One timer per process: a second call returns the first
 * call's stop function. Runs never overlap: the next one is scheduled when the last finishes.
 */
export function startOutboxPoller(options: OutboxPollerOptions = {}): StopPoller {
  const intervalMs = options.intervalMs ?? env.OUTBOX_POLL_MS;
  if (intervalMs <= 0 || isNextBuild()) return noop;
  if (holder.__hearthOutboxPoller) return holder.__hearthOutboxPoller.stop;

  const state: PollerState = {
    stopped: false,
    async stop() {
      state.stopped = true;
      clearTimeout(state.timer);
      if (holder.__hearthOutboxPoller === state) holder.__hearthOutboxPoller = undefined;
      await state.running;
    },
  };
  const schedule = () => {
    if (state.stopped) return;
    state.timer = setTimeout(tick, intervalMs);
    if (!options.keepAlive) state.timer.unref?.();
  };
  const tick = () => {
    state.running = deliverPendingEvents()
      .then(() => undefined)
      .catch((error: unknown) => logger.error({ err: error }, "outbox poll failed"))
      .finally(() => {
        state.running = undefined;
        schedule();
      });
  };
  holder.__hearthOutboxPoller = state;
  schedule();
  logger.info({ intervalMs }, "outbox poller started");
  return state.stop;
}

