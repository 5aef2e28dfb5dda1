import { route } from "@/lib/core/http";
import { getBooking } from "@/lib/bookings/get-booking";

export const GET = route<{ id: string }>(async ({ params, requireActor }) => getBooking({ actor: requireActor(), bookingId: params.id }));
