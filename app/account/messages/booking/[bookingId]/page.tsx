import { notFound, redirect } from "next/navigation";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { isAppError } from "@/lib/core/errors";
import { openBookingConversation } from "@/lib/messaging/open-booking-conversation";

/**
 * The booking pages' "Messages" link: finds (or, on first use, creates) the booking's conversation
 * and goes there. Creating it is idempotent, so a prefetch or a double click is harmless.
 */
export default async function BookingMessagesPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const actor = await requirePageActor(`/account/messages/booking/${encodeURIComponent(bookingId)}`);
  const conversation = await openBookingConversation({ actor, bookingId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  redirect(`/account/messages/${conversation.id}`);
}
