import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { notFound } from "../core/errors";
import { calendarFeedLink, isIssuedCalendarToken } from "./feed-token";
import { assertCanManageCalendar } from "./policies";

/**
 * The signed-in provider's private feed link, for the dashboard page that shows it; null until they
 * create one (the column's default token is never accepted, see isIssuedCalendarToken).
 */
export async function getCalendarFeedLink({ actor }: { actor: Actor }): Promise<{ path: string; url: string } | null> {
  const providerId = assertCanManageCalendar(actor);
  const provider = await db.providerProfile.findUnique({ where: { id: providerId }, select: { calendarToken: true } });
  if (!provider) throw notFound("Provider");
  return isIssuedCalendarToken(provider.calendarToken) ? calendarFeedLink(providerId, provider.calendarToken) : null;
}
