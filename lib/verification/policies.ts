import type { Actor } from "../core/auth/actor";
import { forbidden, notFound, unauthenticated } from "../core/errors";

/** Documents are uploaded to the actor's own profile: the id comes from the session, never the request. */
export function assertVerifyingProvider(actor: Actor | null): string {
  if (!actor) throw unauthenticated();
  if (actor.role !== "PROVIDER" || !actor.providerId) throw forbidden("Only providers upload verification documents");
  return actor.providerId;
}

export function assertVerificationAdmin(actor: Actor | null): void {
  if (!actor) throw unauthenticated();
  if (actor.role !== "ADMIN") throw forbidden("Only admins review verification documents");
}

/**
 * Identity documents are the most private files Hearth holds: their provider and admins may read
 * them; to anyone else a document does not exist (404, like a missing one).
 */
export function assertCanReadDocument(actor: Actor | null, document: { providerId: string }): void {
  if (!actor) throw unauthenticated();
  if (actor.role === "ADMIN") return;
  if (actor.role === "PROVIDER" && actor.providerId === document.providerId) return;
  throw notFound("Document");
}
