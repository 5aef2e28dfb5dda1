/** Pure patches of a bookings list page, for optimistic updates (tested on their own). */
export interface BookingPage<B extends { id: string; status: string }> {
  data: B[];
  nextCursor: string | null;
}

/** The page with one booking's status changed; the same object when the booking is not on it. */
export function withBookingStatus<B extends { id: string; status: string }>(page: BookingPage<B>, bookingId: string, status: B["status"]): BookingPage<B> {
  if (!page.data.some((b) => b.id === bookingId && b.status !== status)) return page;
  return { ...page, data: page.data.map((b) => (b.id === bookingId ? { ...b, status } : b)) };
}

/**
 * An answered request, at once: its new status, and neither Confirm nor Decline on offer any more.
 * What the answer opens up (cancel, reschedule) arrives with the refetch that follows, from the server.
 */
export function withBookingAnswered<B extends { id: string; status: string; allowed: { confirm: boolean; decline: boolean } }>(
  page: BookingPage<B>,
  bookingId: string,
  status: B["status"],
): BookingPage<B> {
  const next = withBookingStatus(page, bookingId, status);
  if (next === page) return page;
  return { ...next, data: next.data.map((b) => (b.id === bookingId ? { ...b, allowed: { ...b.allowed, confirm: false, decline: false } } : b)) };
}
