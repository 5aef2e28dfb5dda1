import type { Db } from "../../lib/core/db";
import { isAppError } from "../../lib/core/errors";
import { settleDispatches } from "../../lib/events/dispatch";
import { requestBooking } from "../../lib/bookings/request-booking";
import { isTestMode } from "../../lib/payments/get-payment-processor";
import { TEST_CARD } from "../../lib/payments/test-cards";

const MINUTE = 60_000;
/** Its bookings end this long ago at the latest: well inside BOOKING_AUTO_COMPLETE_HOURS (24 h). */
const LOOK_BACK_MS = 20 * 60 * MINUTE;

/**
 * A confirmed, card-authorized booking that has just ended, so the provider can mark it completed
 * and see the payment captured (the last step of the payment flow, which needs a past booking).
 * It is booked through the real use case, as the customer would have two days before, so the
 * payment and its events are the genuine ones. Only with the test-mode processor:
 * the seed never moves real money. Returns whether it booked one.
 */
export async function seedBookingAwaitingCompletion(
  client: Db,
  { customerEmail, providerSlug, serviceName, now = new Date() }: { customerEmail: string; providerSlug: string; serviceName: string; now?: Date },
): Promise<boolean> {
  if (!isTestMode()) return false;
  const customer = await client.user.findUniqueOrThrow({ where: { email: customerEmail }, select: { id: true } });
  const service = await client.service.findFirstOrThrow({
    where: { name: serviceName, provider: { slug: providerSlug } },
    select: { id: true, durationMin: true },
  });
  const actor = { userId: customer.id, role: "CUSTOMER" as const, isSuperAdmin: false, providerId: null };

  // The latest half-hour start whose end has passed; the slot engine refuses those outside opening hours.
  const latestEnd = now.getTime() - 5 * MINUTE;
  let start = Math.floor((latestEnd - service.durationMin * MINUTE) / (30 * MINUTE)) * 30 * MINUTE;
  try {
    for (; latestEnd - (start + service.durationMin * MINUTE) < LOOK_BACK_MS; start -= 30 * MINUTE) {
      try {
        await requestBooking({
          actor,
          serviceId: service.id,
          start: new Date(start).toISOString(),
          paymentMethod: TEST_CARD,
          notes: "Demo: this clean has ended. Sign in as the provider and mark it completed to capture the payment.",
          now: new Date(start - 2 * 24 * 60 * MINUTE),
        });
        return true;
      } catch (error) {
        if (!(isAppError(error) && error.code === "SLOT_TAKEN")) throw error;
      }
    }
    return false;
  } finally {
    await settleDispatches();
  }
}
