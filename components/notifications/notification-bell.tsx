"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import { cn } from "@/components/ui/cn";
import { onStreamEvent, onStreamOpen } from "@/lib/realtime/browser-stream";
import { NOTIFICATIONS_CHANGED } from "./notifications-changed";
import { invalidateNotifications, useUnreadNotificationCount } from "./use-notifications";

/**
 * The header's bell. The count is a React Query query (GET /api/notifications/unread-count, seeded
 * by the server's render, polled each minute while visible as the fallback for a missing stream).
 * The user's stream (GET /api/stream, one EventSource per tab shared with the other live widgets)
 * invalidates it on a notification or a resync, and on every (re)connection since notifications
 * are not replayed; "mark as read" patches it optimistically (use-notifications.ts).
 */
export function NotificationBell({ initialCount, className }: { initialCount?: number; className?: string }) {
  const client = useQueryClient();
  const { data: count } = useUnreadNotificationCount(initialCount);

  useEffect(() => {
    const refresh = () => void invalidateNotifications(client);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    const stopStream = subscribeToStream(refresh);
    return () => {
      stopStream();
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
    };
  }, [client]);

  const unread = count ?? 0;
  return (
    <Link
      href="/account/notifications"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
      data-testid="notification-bell"
      className={cn(
        "relative inline-flex size-9 items-center justify-center rounded-full text-stone-600 transition-colors hover:bg-stone-100 hover:text-stone-900",
        className,
      )}
    >
      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span
          data-testid="notification-count"
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-brand-600 px-1 text-center text-[11px] leading-5 font-semibold text-white ring-2 ring-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}

/** Live refreshes: on each notification, on a resync, and on every (re)connection, since events sent while disconnected are lost. */
function subscribeToStream(refresh: () => void): () => void {
  const stops = [onStreamEvent("notification", refresh), onStreamEvent("resync", refresh), onStreamOpen(refresh)];
  return () => stops.forEach((stop) => stop());
}
