import type { Actor } from "../core/auth/actor";
import type { Db, Tx } from "../core/db";
import { AppError, forbidden } from "../core/errors";

/**
 * Account settings belong to the signed-in user alone: the user id always comes from the session.
 * A use case given another id (an API client naming someone else) is refused, admins included —
 * support acts through admin tools, not by changing someone's password.
 */
export function assertOwnAccount(actor: Actor, userId: string = actor.userId): string {
  if (actor.userId === "system" || userId !== actor.userId) throw forbidden("You can only change your own account");
  return actor.userId;
}

/** Posting bounties and taking payouts need a confirmed email address (a way to reach the person). */
export async function assertEmailVerified(client: Db | Tx, actor: Actor): Promise<void> {
  const user = await client.user.findUnique({ where: { id: actor.userId }, select: { emailVerifiedAt: true } });
  if (!user?.emailVerifiedAt) {
    throw new AppError("EMAIL_NOT_VERIFIED", "Confirm your email address first: use the link we emailed you, or send a new one from your account settings.", {
      resendUrl: "/account/settings",
    });
  }
}
