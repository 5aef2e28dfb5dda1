import { route } from "@/lib/core/http";
import { declineBooking } from "@/lib/bookings/decline-booking";

export const POST = route<{ id: string }>(async ({ params, requireActor }) => declineBooking({ actor: requireActor(), bookingId: params.id }), {
  idempotency: "bookings.decline",
});
