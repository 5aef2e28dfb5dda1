import type { Actor } from "../core/auth/actor";
import { forbidden } from "../core/errors";

/** Notifications are private: every query is scoped to the actor's own rows, whatever ids were sent. */
export function ownNotifications(actor: Actor) {
  return { userId: actor.userId };
}

/** The dev mailbox shows every user's email; admins only. */
export function assertCanReadMailbox(actor: Actor): void {
  if (actor.role !== "ADMIN") throw forbidden("Only admins can read the mailbox");
}

/** Preferences, like notifications, are only ever the actor's own. */
export function ownPreferences(actor: Actor) {
  return { userId: actor.userId };
}
