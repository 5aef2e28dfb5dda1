import type { Actor } from "../core/auth/actor";
import { forbidden } from "../core/errors";

/** Only providers edit a listing, and only their own: the id comes from the session, never the request. */
export function assertIsProvider(actor: Actor): string {
  if (actor.role !== "PROVIDER" || !actor.providerId) throw forbidden("Only providers edit a listing");
  return actor.providerId;
}

/** The owner previews an unlisted profile; everyone else sees 404 until it is live. */
export function canPreviewProvider(actor: Actor | null | undefined, provider: { userId: string }): boolean {
  return Boolean(actor && actor.userId === provider.userId);
}
