import { redirect } from "next/navigation";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { openBookingConversation } from "@/lib/messaging/open-booking-conversation";
import { orNotFound } from "@/components/pages/or-not-found";

/**
 * The booking pages' "Messages" link: finds (or, on first use, creates) the booking's conversation
 * and goes there. Creating it is idempotent, so a prefetch or a double click is harmless.
 */
export default async function BookingMessagesPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const actor = await requirePageActor(`/account/messages/booking/${encodeURIComponent(bookingId)}`);
  const conversation = await orNotFound(openBookingConversation({ actor, bookingId }));
  redirect(`/account/messages/${conversation.id}`);
}
