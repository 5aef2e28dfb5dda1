import type { Metadata } from "next";
import Link from "next/link";
import { getBooking } from "@/lib/bookings/get-booking";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { BookingStatusBadge } from "@/components/bookings/booking-status-badge";
import { ReviewStatusBlock } from "@/components/reviews/review-status-block";
import { Card } from "@/components/ui/card";
import { LocalTimeRange } from "@/components/ui/local-time";
import { orNotFound } from "@/components/pages/or-not-found";

export const metadata: Metadata = { title: "Review a customer" };

/** The provider's side of one booking's reviews: their review of the customer and, once published, the customer's. */
export default async function ProviderBookingReviewPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const actor = await requirePageActor(`/dashboard/reviews/${encodeURIComponent(bookingId)}`);
  const booking = await orNotFound(getBooking({ actor, bookingId, as: "provider" }));

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <Link href="/dashboard/reviews" className="text-sm text-stone-500 hover:underline">
        ← Reviews
      </Link>
      <Card className="mt-4 flex flex-wrap items-start justify-between gap-4 p-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{booking.customer.name}</h1>
          <p className="mt-1 text-stone-600">{booking.service.name}</p>
          <LocalTimeRange className="mt-2 text-sm text-stone-700" start={booking.start} end={booking.end} zone={booking.timeZone} />
        </div>
        <BookingStatusBadge status={booking.status} />
      </Card>
      {booking.allowed.review ? (
        <ReviewStatusBlock bookingId={booking.id} actor={actor} />
      ) : (
        <p className="mt-6 text-stone-600">You can review {booking.customer.name} once the booking is completed.</p>
      )}
    </div>
  );
}
