import { route } from "@/lib/core/http";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { CancelBookingInput } from "@/lib/bookings/schemas";

/** The response's `refundAmount` is what the booking's cancellation policy gives back. */
export const POST = route<{ id: string }>(async ({ params, body, requireActor }) =>
  cancelBooking({ ...(await body(CancelBookingInput.omit({ bookingId: true }))), bookingId: params.id, actor: requireActor() }),
  {
    idempotency: "bookings.cancel",
  },
);
