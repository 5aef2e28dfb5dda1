import { route } from "@/lib/core/http";
import { rescheduleBooking } from "@/lib/bookings/reschedule-booking";
import { RescheduleBookingInput } from "@/lib/bookings/schemas";

export const POST = route<{ id: string }>(async ({ params, body, requireActor }) =>
  rescheduleBooking({ ...(await body(RescheduleBookingInput.omit({ bookingId: true }))), bookingId: params.id, actor: requireActor() }),
  {
    idempotency: "bookings.reschedule",
  },
);
