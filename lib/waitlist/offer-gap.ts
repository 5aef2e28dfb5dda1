import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { clockToMinute } from "../availability/schemas";
import { offerTime } from "./offer-time";
import { assertCanManageWaitlist } from "./policies";
import { OfferGapInput } from "./schemas";
import { localWindow } from "./window";

/**
 * A provider offers a free interval of their day to their waitlist by hand: waiting customers of
 * any of their services, in order, each get the earliest start that fits inside it and their window.
 * Returns how many were offered a time (0 when nobody fits: nothing changes).
 */
export async function offerGap({ actor, now = new Date(), ...input }: OfferGapInput & { actor: Actor; now?: Date }) {
  const providerId = assertCanManageWaitlist(actor);
  const data = parseInput(OfferGapInput, input);
  const provider = await db.providerProfile.findUnique({ where: { id: providerId }, select: { timeZone: true } });
  if (!provider) throw new AppError("FORBIDDEN", "Only providers manage their waitlist");
  const { start, end } = localWindow(provider.timeZone, data.date, clockToMinute(data.startTime)!, clockToMinute(data.endTime)!);
  if (end <= now.getTime()) {
    throw new AppError("VALIDATION_FAILED", "That time is in the past", { fields: { endTime: ["Pick a time that has not passed"] } });
  }
  const holds = await transactional((tx) => offerTime(tx, { providerId, from: start, to: end, now, actorId: actor.userId }));
  return { offered: holds.length };
}
