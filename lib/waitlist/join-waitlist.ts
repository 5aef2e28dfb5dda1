import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { clockToMinute } from "../availability/schemas";
import { localToday } from "../availability/local-date";
import { isProviderListed } from "../providers/listing-readiness";
import { assertCanBook } from "../bookings/policies";
import { waitlistEntrySelect } from "./dto";
import { assertCanJoinWaitlist } from "./policies";
import { JoinWaitlistInput } from "./schemas";
import { localWindow } from "./window";

const DAY = 86_400_000;

/**
 * A customer waits for a time of one service on one local day, optionally within a window
 * (wall-clock in the provider's zone). First come first served: the entry's createdAt is its place.
 */
export async function joinWaitlist({ actor, now = new Date(), ...input }: JoinWaitlistInput & { actor: Actor; now?: Date }) {
  assertCanJoinWaitlist(actor);
  const data = parseInput(JoinWaitlistInput, input);
  const service = await db.service.findFirst({
    where: { id: data.serviceId, active: true, archivedAt: null },
    select: { id: true, providerId: true, horizonDays: true, provider: { select: { userId: true, timeZone: true } } },
  });
  if (!service || !(await isProviderListed(db, service.providerId))) throw notFound("Service");
  assertCanBook(actor, service.provider);

  const { timeZone } = service.provider;
  const today = localToday(timeZone, now);
  if (data.date < today) throw new AppError("VALIDATION_FAILED", "That date is in the past", { fields: { date: [`Pick today (${today}) or a later date`] } });
  const startMinute = data.startTime === undefined ? null : clockToMinute(data.startTime);
  const endMinute = data.endTime === undefined ? null : clockToMinute(data.endTime);
  const window = localWindow(timeZone, data.date, startMinute, endMinute);
  if (window.start > now.getTime() + service.horizonDays * DAY) {
    throw new AppError("VALIDATION_FAILED", "That date is too far ahead", { fields: { date: [`Pick a date within the next ${service.horizonDays} days`] } });
  }
  if (window.end <= now.getTime()) throw new AppError("VALIDATION_FAILED", "That time has passed", { fields: { endTime: ["Pick a later time"] } });

  return transactional(async (tx) => {
    const existing = await tx.waitlistEntry.findFirst({
      where: { customerId: actor.userId, serviceId: service.id, localDate: data.date, status: "WAITING" },
      select: { id: true },
    });
    if (existing) {
      throw new AppError("CONFLICT", "You are already on the waitlist for that day", { reason: "ALREADY_WAITING", fields: { date: ["You are already waiting for this day"] } });
    }
    const entry = await tx.waitlistEntry.create({
      data: {
        customerId: actor.userId,
        providerId: service.providerId,
        serviceId: service.id,
        localDate: data.date,
        startMinute,
        endMinute,
        windowStartsAt: new Date(window.start),
        windowEndsAt: new Date(window.end),
      },
      select: waitlistEntrySelect,
    });
    await recordEvent(tx, { type: "waitlist.joined", actorId: actor.userId, entity: { type: "WaitlistEntry", id: entry.id }, data: { entryId: entry.id } });
    return entry;
  });
}
