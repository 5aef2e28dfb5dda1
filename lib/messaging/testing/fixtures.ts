import type { Actor } from "../../core/auth/actor";
import { db } from "../../core/db";
import type { BookingStatus } from "../../generated/prisma/enums";
import { makeBooking, makeCustomer, makeProvider } from "../../testing/factories";
import { openInquiry } from "../open-inquiry";

export function actorOf(user: { id: string; role: Actor["role"] }, providerId: string | null = null): Actor {
  return { userId: user.id, role: user.role, isSuperAdmin: false, providerId };
}

let dayOffset = 0;

/** A fresh customer and provider (unique emails and slugs), their actors, and an inquiry between them. */
export async function makeInquiryPair() {
  const customer = await makeCustomer();
  const provider = await makeProvider();
  const customerActor = actorOf(customer);
  const providerActor = actorOf(provider.user, provider.id);
  const inquiry = await openInquiry({ actor: customerActor, providerId: provider.id });
  return { customer, provider, customerActor, providerActor, conversationId: inquiry.id };
}

/** A booking between the pair, far enough in the future (and apart) never to clash. */
export async function makePairBooking(pair: { customer: { id: string }; provider: { services: { id: string }[] } }, status: BookingStatus) {
  dayOffset += 1;
  const startsAt = new Date(Date.UTC(2031, 0, 1, 14) + dayOffset * 86_400_000);
  return makeBooking({ serviceId: pair.provider.services[0].id, customerId: pair.customer.id, startsAt, status });
}

export const storedBody = async (messageId: string) => (await db.message.findUniqueOrThrow({ where: { id: messageId }, select: { body: true } })).body;
