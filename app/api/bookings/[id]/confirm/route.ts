import { route } from "@/lib/core/http";
import { confirmBooking } from "@/lib/bookings/confirm-booking";

export const POST = route<{ id: string }>(async ({ params, requireActor }) => confirmBooking({ actor: requireActor(), bookingId: params.id }), {
  idempotency: "bookings.confirm",
});
