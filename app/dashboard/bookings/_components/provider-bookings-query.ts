"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { ApiError, apiFetch, query } from "@/components/data/api-client";
import { queryKeys, type ProviderBookingsFilter } from "@/components/data/query-keys";
import { useServerSeed } from "@/components/data/use-server-seed";
import { withBookingAnswered, type BookingPage } from "@/components/bookings/booking-cache";
import type { BookingDto, BookingView } from "@/lib/bookings/dto";
import type { ActionResult } from "@/lib/core/action";
import { confirmBookingAction, declineBookingAction } from "../actions";

import { PAGE_SIZE } from "./page-size";

export type ProviderBookingPage = BookingPage<BookingView>;

/** The provider's bookings for one tab and page, seeded by the server's render (GET /api/bookings after that). */
export function useProviderBookings(filter: ProviderBookingsFilter, initial: ProviderBookingPage, renderedAt: number) {
  const key = queryKeys.bookings.provider(filter);
  useServerSeed(key, initial, renderedAt);
  return useQuery({
    queryKey: key,
    queryFn: () => apiFetch<ProviderBookingPage>(`/api/bookings${query({ as: "provider", status: filter.status, cursor: filter.cursor, limit: PAGE_SIZE })}`),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
  });
}

/** After a change the server made: every provider list (other tabs too) is refetched. */
export function useRefreshProviderBookings() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.bookings.providerLists() });
}

/** An action's `{ ok: false }` as a thrown ApiError, so React Query's onError sees it. */
async function unwrap<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new ApiError(settled.error.message, settled.error.code, 0, settled.error.details);
  return settled.data;
}

export type Answer = "confirm" | "decline";
const answeredStatus = { confirm: "CONFIRMED", decline: "DECLINED" } as const;

/**
 * Confirm or decline with the row's status changed at once. On failure the row rolls back; the
 * caller shows why next to the buttons. The lists are refetched only on success: after a lost race
 * (INVALID_STATE) a filtered tab would drop the row and its explanation (the "Refresh list" link does it).
 */
export function useAnswerBooking() {
  const client = useQueryClient();
  return useMutation<BookingDto, ApiError, { bookingId: string; answer: Answer }, Array<[readonly unknown[], ProviderBookingPage | undefined]>>({
    mutationFn: ({ bookingId, answer }) => unwrap((answer === "confirm" ? confirmBookingAction : declineBookingAction)({ bookingId })),
    onMutate: async ({ bookingId, answer }) => {
      await client.cancelQueries({ queryKey: queryKeys.bookings.providerLists() });
      const snapshot = client.getQueriesData<ProviderBookingPage>({ queryKey: queryKeys.bookings.providerLists() });
      client.setQueriesData<ProviderBookingPage>({ queryKey: queryKeys.bookings.providerLists() }, (page) => (page ? withBookingAnswered(page, bookingId, answeredStatus[answer]) : page));
      return snapshot;
    },
    onError: (_error, _input, snapshot) => snapshot?.forEach(([key, page]) => client.setQueryData(key, page)),
    onSuccess: (booking, { answer }) => {
      toast.success(answer === "confirm" ? `Booking confirmed: ${booking.service.name} for ${booking.customer.name}` : `Request declined: ${booking.service.name} for ${booking.customer.name}`);
      return client.invalidateQueries({ queryKey: queryKeys.bookings.providerLists() });
    },
  });
}
