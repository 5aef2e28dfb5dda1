"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRef } from "react";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { queryKeys } from "@/components/data/query-keys";
import { useServerSeed } from "@/components/data/use-server-seed";
import { chatApi, type ConversationSummaryDto, type MessageDto } from "./chat-api";
import { withConversationRead, withIncomingMessage, type Inbox } from "./conversation-cache";
import { useLiveEvent, useStreamOpen } from "./use-live-event";

/**
 * The viewer's conversations with unread counts: a React Query query seeded by the server's render
 * (GET /api/conversations after that), patched in place by live messages and read marks, and
 * refetched on each stream (re)connection and for a conversation it has not seen yet.
 */
export function ConversationList({ initial, renderedAt, viewerId }: { initial: Inbox; renderedAt: number; viewerId: string }) {
  const client = useQueryClient();
  const root = useRef<HTMLDivElement>(null);
  const key = queryKeys.conversations.list();
  useServerSeed(key, initial, renderedAt);
  const { data } = useQuery({ queryKey: key, queryFn: chatApi.conversations, initialData: initial, initialDataUpdatedAt: renderedAt });
  const conversations = data.data;
  const refresh = () => void client.invalidateQueries({ queryKey: queryKeys.conversations.all });

  useLiveEvent<MessageDto>("message", ({ data: message }) => {
    const current = client.getQueryData<Inbox>(key);
    const next = current ? withIncomingMessage(current, message, viewerId) : null;
    // A conversation this page has not seen yet (someone just wrote first): reload the list.
    if (!next) return refresh();
    client.setQueryData(key, next);
  });
  useLiveEvent<{ conversationId: string; userId: string }>("read", ({ data: read }) => {
    if (read.userId !== viewerId) return;
    client.setQueryData<Inbox>(key, (current) => (current ? withConversationRead(current, read.conversationId) : current));
  });
  useStreamOpen(() => {
    root.current?.setAttribute("data-live", "true");
    refresh();
  });

  return (
    <div ref={root} data-testid="inbox">
      {conversations.length === 0 ? (
        <EmptyState title="No conversations yet">Message a provider from their profile, or open a booking to talk about it.</EmptyState>
      ) : (
        <ConversationRows conversations={conversations} viewerId={viewerId} />
      )}
    </div>
  );
}

function ConversationRows({ conversations, viewerId }: { conversations: ConversationSummaryDto[]; viewerId: string }) {
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm" data-testid="conversations">
      {conversations.map((c) => (
        <li key={c.id} data-testid="conversation" data-conversation-id={c.id}>
          <Link href={`/account/messages/${c.id}`} className={cn("flex items-start gap-4 p-4 hover:bg-stone-50", c.unreadCount > 0 && "bg-brand-50/40")}>
            <div className="min-w-0 flex-1">
              <p className="flex items-center gap-2">
                <span className="font-medium text-stone-900">{c.title}</span>
                <span className="text-xs text-stone-500">{c.subtitle}</span>
              </p>
              <p className="mt-1 truncate text-sm text-stone-600">
                {c.lastMessage ? `${c.lastMessage.senderId === viewerId ? "You: " : ""}${c.lastMessage.excerpt || "Sent an attachment"}` : "No messages yet"}
              </p>
            </div>
            {c.unreadCount > 0 ? (
              <span data-testid="unread-count" className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white" aria-label={`${c.unreadCount} unread`}>
                {c.unreadCount}
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
