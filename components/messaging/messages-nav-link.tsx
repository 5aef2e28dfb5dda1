"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { chatApi } from "./chat-api";
import { useLiveEvent, useStreamOpen } from "./use-live-event";

/** The header's "Messages" link, with the total of unread messages kept current by the live stream. */
export function MessagesNavLink({ className }: { className?: string }) {
  const [unread, setUnread] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Bursts of events (a read mark right after a message) cost one request.
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void chatApi.unreadCount().then((r) => setUnread(r.total), () => undefined), 300);
  }, []);
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
