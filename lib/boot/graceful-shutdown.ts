import { setTimeout as sleep } from "node:timers/promises";
import { startDraining } from "../core/lifecycle";
import { logger } from "../core/logger";
import { closeConnectionsAfterTheirResponses, requestsInFlight, stopAcceptingConnections, whenNoRequestsInFlight } from "./http-requests";

export interface ShutdownPlan {
  /** Keep serving, not ready, while load balancers stop routing here. */
  delayMs: number;
  /** For everything after the delay: in-flight requests, then `finish`. */
  timeoutMs: number;
  /** Run in order once no request is in flight: after-commit dispatches, the outbox poller, the scheduler. */
  finish: (() => Promise<void>)[];
  exit?: (code: number) => void;
}

/**
 * SIGTERM (or SIGINT) drains the instance: readiness turns 503 and live streams end at once; after
 * `delayMs` the servers stop accepting; in-flight requests finish, then the outbox deliveries and
 * the scheduler tick in progress; then the process exits 0. Past `timeoutMs` it exits 1 with what
 * was left: an event still undelivered stays PENDING for another instance's poller, so nothing is
 * lost, and nothing runs twice because deliveries are leased. Next must leave the signals to us
 * (NEXT_MANUAL_SIG_HANDLE=true, set by `npm start` and the Dockerfile).
 */
export function installGracefulShutdown(plan: ShutdownPlan): void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    logger.info({ signal, delayMs: plan.delayMs, timeoutMs: plan.timeoutMs }, "shutting down: draining");
    void shutDown(plan);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

export async function shutDown({ delayMs, timeoutMs, finish, exit = (code) => process.exit(code) }: ShutdownPlan): Promise<void> {
  startDraining();
  closeConnectionsAfterTheirResponses();
  if (delayMs > 0) await sleep(delayMs);
  stopAcceptingConnections();
  const deadline = Date.now() + timeoutMs;
  const timedOut = async () => {
    await sleep(Math.max(deadline - Date.now(), 0), undefined, { ref: false });
    return false;
  };

  const drained = await Promise.race([whenNoRequestsInFlight().then(() => true), timedOut()]);
  const finished = drained && (await Promise.race([runInOrder(finish).then(() => true), timedOut()]));
  if (finished) logger.info("shut down cleanly");
  else logger.warn({ requestsInFlight: requestsInFlight() }, "shutdown timed out; exiting with work unfinished");
  exit(finished ? 0 : 1);
}

async function runInOrder(steps: (() => Promise<void>)[]): Promise<void> {
  for (const step of steps) {
    await step().catch((error: unknown) => logger.error({ err: error }, "a shutdown step failed"));
  }
}
