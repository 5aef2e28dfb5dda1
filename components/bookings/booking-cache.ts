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
