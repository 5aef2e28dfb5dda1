import { route } from "@/lib/core/http";
import { markNoShow } from "@/lib/bookings/mark-no-show";

export const POST = route<{ id: string }>(async ({ params, requireActor }) => markNoShow({ actor: requireActor(), bookingId: params.id }), {
  idempotency: "bookings.no-show",
});
