/** One page of the provider bookings list, the same for the server render and the client refetch. */
export const PAGE_SIZE = 20;
