"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { cn } from "@/components/ui/cn";
import { onStreamEvent, onStreamOpen } from "@/lib/realtime/browser-stream";
import { NOTIFICATIONS_CHANGED } from "./notifications-changed";

const POLL_MS = 60_000;

/**
 * The header's bell: the unread count from GET /api/notifications/unread-count, refreshed live when
 * the user's stream (GET /api/stream, one EventSource per tab shared with the other live widgets)
 * announces a notification or a resync, and when it reconnects (notifications are not replayed),
 * when a page announces a change, when the tab comes back, and every minute while the tab is
 * visible — the poll is the fallback for when the stream is unavailable. A failed fetch keeps the
 * last known count rather than flashing an error in the header.
 */
export function NotificationBell({ initialCount, className }: { initialCount?: number; className?: string }) {
  const [count, setCount] = useState<number | null>(initialCount ?? null);

  const refresh = useCallback(async (signal?: AbortSignal) => {
    try {
      const response = await fetch("/api/notifications/unread-count", { cache: "no-store", signal });
      if (!response.ok) return;
      const body = (await response.json()) as { count?: unknown };
      if (typeof body.count === "number") setCount(body.count);
    } catch {
      // Offline or aborted: the next tick tries again.
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const refreshIfVisible = () => {
      if (document.visibilityState === "visible") void refresh(controller.signal);
    };
    const onChanged = () => void refresh(controller.signal);
    refreshIfVisible();
    const timer = setInterval(refreshIfVisible, POLL_MS);
    document.addEventListener("visibilitychange", refreshIfVisible);
    window.addEventListener(NOTIFICATIONS_CHANGED, onChanged);
    const stopStream = subscribeToStream(onChanged);
    return () => {
      stopStream();
      controller.abort();
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refreshIfVisible);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChanged);
    };
  }, [refresh]);

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
