import { db } from "../core/db";
import { logger } from "../core/logger";
import { claimDueEvents, type ClaimedEvent } from "./claim-events";
import type { HandlerContext, NamedHandler, Subscriptions } from "./handler";
import { backoffMs, defaultRetryPolicy, type RetryPolicy } from "./retry";
import type { DomainEventType, StoredEvent } from "./types";
import { outboxWiring } from "./wiring";

export interface DeliverOptions {
  /** Only these events (the after-commit dispatch); otherwise any due event. */
  ids?: string[];
  /** Events claimed in this pass. */
  limit?: number;
  /** Tests and tools only: replace the wired subscription list, parts of the context, or the retry policy. */
  subscriptions?: Subscriptions;
  context?: Partial<HandlerContext>;
  retry?: Partial<RetryPolicy>;
}

type DeliveryStatus = "PENDING" | "DELIVERED" | "DEAD";
const MAX_ERROR_LENGTH = 2_000;

/**
 * One delivery pass: claims due events (see claim-events.ts) and runs each subscribed handler that
 * has not yet succeeded or died. Every (event, handler) pair has its own EventDelivery row, so a
 * failing handler is retried with backoff and dead-lettered alone while its siblings complete.
 *
 * The event is DELIVERED once every handler is DELIVERED or DEAD — and DEAD if any handler died, so
 * that dead letters can be found by the event's status alone. Resolves with the number of events
 * claimed; never rejects because of a handler.
 */
export async function deliverEvents(options: DeliverOptions = {}): Promise<number> {
  const wiring = outboxWiring();
  const subscriptions = options.subscriptions ?? wiring?.subscriptions;
  if (!subscriptions) {
    // A process that never called wireOutbox() cannot know who listens: marking events DELIVERED
    // here would lose them, so they stay PENDING for a wired process (or this one, once wired).
    warnNotWired();
    return 0;
  }
  const policy = { ...defaultRetryPolicy, ...options.retry };
  const claimed = await claimDueEvents(db, { ids: options.ids, limit: options.limit ?? 50, leaseMs: policy.leaseMs });
  if (claimed.length === 0) return 0;
  const ctx: HandlerContext = {
    db,
    log: logger.child({ component: "outbox" }),
    email: wiring?.services().email ?? notWiredEmail,
    ...options.context,
  };
  // One event at a time keeps a burst from exhausting the connection pool; handlers are short.
  for (const event of claimed) {
    try {
      await deliverEvent(event, handlersFor(subscriptions, event.type), ctx, policy);
    } catch (error) {
      // Bookkeeping failed (database down?): the lease expires and a later pass retries the event.
      ctx.log.error({ err: error, eventId: event.id, type: event.type }, "outbox event delivery failed");
    }
  }
  return claimed.length;
}

/** Runs passes until nothing is due (or `maxPasses`); for tests, scripts and the poller. */
export async function deliverPendingEvents(options: DeliverOptions & { maxPasses?: number } = {}): Promise<number> {
  let total = 0;
  for (let pass = 0; pass < (options.maxPasses ?? 100); pass++) {
    const delivered = await deliverEvents(options);
    if (delivered === 0) break;
    total += delivered;
  }
  return total;
}

async function deliverEvent(
  event: ClaimedEvent,
  handlers: readonly NamedHandler<DomainEventType>[],
  ctx: HandlerContext,
  policy: RetryPolicy,
): Promise<void> {
  const previous = await db.eventDelivery.findMany({
    where: { eventId: event.id },
    select: { handler: true, status: true, attempts: true },
  });
  const byHandler = new Map(previous.map((d) => [d.handler, d]));
  const pendingAttempts: number[] = [];
  const errors: string[] = [];
  let dead = false;

  for (const handler of handlers) {
    const before = byHandler.get(handler.name);
    if (before?.status === "DELIVERED") continue;
    if (before?.status === "DEAD") {
      dead = true;
      continue;
    }
    const attempts = (before?.attempts ?? 0) + 1;
    const error = await runHandler(handler, event, ctx, policy.handlerTimeoutMs);
    let status: DeliveryStatus = "DELIVERED";
    if (error !== null) {
      status = attempts >= policy.maxAttempts ? "DEAD" : "PENDING";
      const log = { eventId: event.id, type: event.type, handler: handler.name, attempts, error };
      if (status === "DEAD") ctx.log.error(log, "event handler failed for the last time");
      else ctx.log.warn(log, "event handler failed; will retry");
      errors.push(`${handler.name}: ${error}`);
      if (status === "DEAD") dead = true;
      else pendingAttempts.push(attempts);
    }
    await db.eventDelivery.upsert({
      where: { eventId_handler: { eventId: event.id, handler: handler.name } },
      create: { eventId: event.id, handler: handler.name, status, attempts, lastError: error },
      update: { status, attempts, lastError: error },
    });
  }

  const lastError = errors.length ? errors.join("\n").slice(0, MAX_ERROR_LENGTH) : undefined;
  if (pendingAttempts.length > 0) {
    // Still PENDING: come back when the least-tried failing handler is due again.
    const delay = backoffMs(Math.min(...pendingAttempts), policy);
    await db.outboxEvent.update({ where: { id: event.id }, data: { nextAttemptAt: new Date(Date.now() + delay), lastError } });
    return;
  }
  await db.outboxEvent.update({
    where: { id: event.id },
    data: dead
      ? { status: "DEAD", deliveredAt: new Date(), lastError }
      : { status: "DELIVERED", deliveredAt: new Date(), lastError: null },
  });
}

let warned = false;
function warnNotWired(): void {
  if (warned) return;
  warned = true;
  logger.warn("outbox not wired (wireOutbox() was never called in this process): events stay PENDING");
}

// Custom subscriptions in an unwired process (a test or tool) get a sender that says what is missing.
const notWiredEmail: HandlerContext["email"] = {
  send: () => Promise.reject(new Error("outbox not wired: no email sender; call wireOutbox() or pass context.email")),
};

function handlersFor(subscriptions: Subscriptions, type: DomainEventType): readonly NamedHandler<DomainEventType>[] {
  // Each list is typed by its own event; the claimed row's type picks the matching list.
  return (subscriptions[type] ?? []) as readonly NamedHandler<DomainEventType>[];
}

/** The handler's error message, or null on success. A thrown error never escapes. */
async function runHandler(
  handler: NamedHandler<DomainEventType>,
  event: StoredEvent,
  ctx: HandlerContext,
  timeoutMs: number,
): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([Promise.resolve().then(() => handler.run(event, ctx)), timeout]);
    return null;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return message.slice(0, MAX_ERROR_LENGTH);
  } finally {
    clearTimeout(timer);
  }
}
