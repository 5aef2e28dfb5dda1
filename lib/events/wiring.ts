import type { HandlerContext, Subscriptions } from "./handler";

/**
 * What a process's boot code hands the outbox: the subscription list and the services handlers
 * receive besides db and log. The outbox core never imports lib/subscriptions.ts (that file imports
 * every domain); the top of the process calls wireOutbox() from it, which registers here.
 */
export interface OutboxWiring {
  subscriptions: Subscriptions;
  services: () => Omit<HandlerContext, "db" | "log">;
}

// On globalThis because Next loads instrumentation and route handlers in separate module graphs:
// the boot code wires once and every graph's deliver() sees it.
const holder = globalThis as unknown as { __hearthOutboxWiring?: OutboxWiring };

/** Returns the wiring it replaced; `undefined` unwires (tests of an unwired process). */
export function registerOutbox(wiring: OutboxWiring | undefined): OutboxWiring | undefined {
  const previous = holder.__hearthOutboxWiring;
  holder.__hearthOutboxWiring = wiring;
  return previous;
}

/** Undefined until the process wired: deliver() then leaves every event PENDING. */
export function outboxWiring(): OutboxWiring | undefined {
  return holder.__hearthOutboxWiring;
}
