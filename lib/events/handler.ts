import type { Db } from "../core/db";
import type { Logger } from "../core/logger";
import type { EmailSender } from "../adapters/email/sender";
import type { DomainEventType, StoredEvent } from "./types";

/** What every handler receives besides the event; tests swap parts of it. */
export interface HandlerContext {
  db: Db;
  email: EmailSender;
  log: Logger;
}

/**
 * Runs after the event's transaction committed, possibly more than once (retries, an expired lease),
 * so every effect must be idempotent through a dedupe key.
 */
export type Handler<T extends DomainEventType> = (event: StoredEvent<T>, ctx: HandlerContext) => Promise<void>;

export interface NamedHandler<T extends DomainEventType> {
  /** The EventDelivery.handler key: renaming a handler makes it run again for undelivered events only. */
  name: string;
  run: Handler<T>;
}

export type Subscriptions = { readonly [T in DomainEventType]?: readonly NamedHandler<T>[] };
