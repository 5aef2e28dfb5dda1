"use client";

import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { apiFetch, jsonPost, query } from "@/components/data/api-client";
import { queryKeys } from "@/components/data/query-keys";
import { markReadInPage, unreadAfterMarking, type MarkReadTarget, type NotificationPage } from "./notification-cache";

const POLL_MS = 60_000;

export const notificationsApi = {
  unreadCount: () => apiFetch<{ count: number }>("/api/notifications/unread-count").then((r) => r.count),
  list: (filter: { unreadOnly?: boolean; limit?: number }) => apiFetch<NotificationPage>(`/api/notifications${query({ unreadOnly: filter.unreadOnly || undefined, limit: filter.limit ?? 20 })}`),
  markRead: (target: MarkReadTarget) => apiFetch<{ updated: number }>("/api/notifications/read", jsonPost(target)),
};

/**
 * The unread count, seeded by the server's render. Polled every minute while the tab is visible as
 * the fallback for a missing stream; the stream and mutations invalidate it (see useNotificationsLive).
 */
export function useUnreadNotificationCount(initialCount?: number) {
  return useQuery({
    queryKey: queryKeys.notifications.unreadCount(),
    queryFn: notificationsApi.unreadCount,
    initialData: initialCount,
    // Seeded data is as old as the page; the first poll or event replaces it.
    initialDataUpdatedAt: 0,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    // A failed fetch keeps the last known count rather than flashing an error in the header.
    retry: false,
  });
}

export function useNotificationList(filter: { unreadOnly?: boolean; limit?: number }, enabled: boolean) {
  return useQuery({ queryKey: queryKeys.notifications.list(filter), queryFn: () => notificationsApi.list(filter), enabled });
}

const MARK_READ_KEY = [...queryKeys.notifications.all, "mark-read"] as const;

/**
 * Something changed on the server (a new notification, a read elsewhere): refetch count and lists.
 * Not while a "mark as read" is in flight: the refetch could bring back the count it just cleared;
 * the mutation refetches when it settles.
 */
export function invalidateNotifications(client: QueryClient) {
  if (client.isMutating({ mutationKey: MARK_READ_KEY }) > 0) return Promise.resolve();
  return client.invalidateQueries({ queryKey: queryKeys.notifications.all });
}

interface Snapshot {
  count: number | undefined;
  lists: Array<[readonly unknown[], NotificationPage | undefined]>;
}

/**
 * Marks notifications read with the bell and the lists updated at once; on failure both roll back
 * and a toast says so; either way the server's truth is refetched.
 */
export function useMarkNotificationsRead({ onSuccess }: { onSuccess?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation<unknown, Error, MarkReadTarget, Snapshot>({
    mutationKey: MARK_READ_KEY,
    mutationFn: notificationsApi.markRead,
    onMutate: async (target) => {
      await client.cancelQueries({ queryKey: queryKeys.notifications.all });
      const snapshot: Snapshot = {
        count: client.getQueryData<number>(queryKeys.notifications.unreadCount()),
        lists: client.getQueriesData<NotificationPage>({ queryKey: queryKeys.notifications.lists() }),
      };
      const knownRead = new Set(snapshot.lists.flatMap(([, page]) => page?.data.filter((n) => n.readAt !== null).map((n) => n.id) ?? []));
      if (snapshot.count !== undefined) client.setQueryData(queryKeys.notifications.unreadCount(), unreadAfterMarking(snapshot.count, target, knownRead));
      const now = new Date().toISOString();
      client.setQueriesData<NotificationPage>({ queryKey: queryKeys.notifications.lists() }, (page) => (page ? markReadInPage(page, target, now) : page));
      return snapshot;
    },
    onError: (error, _target, snapshot) => {
      if (snapshot?.count !== undefined) client.setQueryData(queryKeys.notifications.unreadCount(), snapshot.count);
      snapshot?.lists.forEach(([key, page]) => client.setQueryData(key, page));
      toast.error(error.message || "Could not mark as read. Please try again.");
    },
    onSuccess: () => onSuccess?.(),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  });
}
