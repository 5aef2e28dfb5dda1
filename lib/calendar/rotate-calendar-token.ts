import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { transactional } from "../events/transactional";
import { calendarFeedLink, newCalendarToken } from "./feed-token";
import { assertCanManageCalendar } from "./policies";

/**
 * Replaces the provider's feed token, so every copy of the old link stops working at once (a leaked
 * link, a shared calendar). The audit row records that it happened, never the token.
 */
export async function rotateCalendarToken({ actor }: { actor: Actor }): Promise<{ path: string; url: string }> {
  const providerId = assertCanManageCalendar(actor);
  const token = newCalendarToken();
  await transactional(async (tx) => {
    const { count } = await tx.providerProfile.updateMany({ where: { id: providerId }, data: { calendarToken: token } });
    if (count === 0) throw notFound("Provider");
    await tx.auditLog.create({
      data: { actorId: actor.userId, action: "calendar.token_rotated", entityType: "ProviderProfile", entityId: providerId },
    });
  });
  return calendarFeedLink(providerId, token);
}
