import { route, respond } from "@/lib/core/http";
import { requestBooking } from "@/lib/bookings/request-booking";
import { listBookings } from "@/lib/bookings/list-bookings";
import { RequestBookingInput } from "@/lib/bookings/schemas";
import { requestLimits } from "@/lib/adapters/request-limits";

/**
 * 201 with the booking (its `payment` authorized, or a card saved for a far-off booking); 202
 * `{ payment: { id, status, clientSecret } }` when the card needs an authentication step, then
 * POST /api/payments/{id}/confirm; 402 PAYMENT_FAILED when the card is refused (no booking).
 * Amount and currency are the service's: fields of those names in the body are ignored.
 */
export const POST = route(async ({ body, requireActor }) => {
  const actor = requireActor();
  const result = await requestBooking({ ...(await body(RequestBookingInput)), actor });
  return result.booking ? respond(201, result.booking) : respond(202, { payment: result.payment });
}, { idempotency: "bookings.create", limits: [requestLimits.payments] });

export const GET = route(async ({ searchParams, requireActor }) =>
  listBookings({ actor: requireActor(), query: searchParams }),
);
