/**
 * Every React Query key in one place, hierarchical so that invalidating a prefix refetches all
 * under it: `queryKeys.notifications.all` covers the count and every list page.
 */
export interface ProviderBookingsFilter {
  status?: string;
  cursor?: string;
}

export const queryKeys = {
  notifications: {
    all: ["notifications"] as const,
    unreadCount: () => [...queryKeys.notifications.all, "unread-count"] as const,
    lists: () => [...queryKeys.notifications.all, "list"] as const,
    list: (filter: { unreadOnly?: boolean; limit?: number } = {}) => [...queryKeys.notifications.lists(), { unreadOnly: filter.unreadOnly ?? false, limit: filter.limit ?? 20 }] as const,
  },
  conversations: {
    all: ["conversations"] as const,
    list: () => [...queryKeys.conversations.all, "list"] as const,
    unreadCount: () => [...queryKeys.conversations.all, "unread-count"] as const,
  },
  bookings: {
    all: ["bookings"] as const,
    providerLists: () => [...queryKeys.bookings.all, "provider"] as const,
    provider: ({ status, cursor }: ProviderBookingsFilter = {}) => [...queryKeys.bookings.providerLists(), { status: status ?? null, cursor: cursor ?? null }] as const,
  },
};
