"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { queryKeys } from "@/components/data/query-keys";
import { chatApi } from "./chat-api";
import { useLiveEvent, useStreamOpen } from "./use-live-event";

/**
 * The header's "Messages" link, with the total of unread messages: a React Query query
 * (GET /api/conversations/unread-count) invalidated by the live stream's messages and read marks.
 */
export function MessagesNavLink({ className }: { className?: string }) {
  const client = useQueryClient();
  const { data: unread = 0 } = useQuery({
    queryKey: queryKeys.conversations.unreadCount(),
    queryFn: () => chatApi.unreadCount().then((r) => r.total),
    // The header keeps the last known count rather than flashing an error.
    retry: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Bursts of events (a read mark right after a message) cost one request.
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void client.invalidateQueries({ queryKey: queryKeys.conversations.unreadCount() }), 300);
  }, [client]);
  useEffect(() => () => clearTimeout(timer.current), []);

  useLiveEvent("message", refresh);
  useLiveEvent("read", refresh);
  useStreamOpen(refresh);

  return (
    <Link href="/account/messages" className={cn("relative", className)} data-testid="messages-link">
      Messages
      {unread > 0 ? (
        <span data-testid="messages-unread" className="ml-1.5 rounded-full bg-brand-600 px-1.5 py-0.5 text-[11px] font-semibold text-white" aria-label={`${unread} unread`}>
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
