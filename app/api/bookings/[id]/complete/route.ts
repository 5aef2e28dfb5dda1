import { route } from "@/lib/core/http";
import { completeBooking } from "@/lib/bookings/complete-booking";

export const POST = route<{ id: string }>(async ({ params, requireActor }) => completeBooking({ actor: requireActor(), bookingId: params.id }), {
  idempotency: "bookings.complete",
});
