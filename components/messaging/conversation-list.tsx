"use client";

import Link from "next/link";
import { useCallback, useRef, useState } from "react";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { chatApi, type ConversationSummaryDto, type MessageDto } from "./chat-api";
import { useLiveEvent, useStreamOpen } from "./use-live-event";

/** The viewer's conversations with unread counts, reordered and re-counted live as messages arrive. */
export function ConversationList({ initial, viewerId }: { initial: ConversationSummaryDto[]; viewerId: string }) {
  const [conversations, setConversations] = useState(initial);
  const root = useRef<HTMLDivElement>(null);
  const refresh = useCallback(() => void chatApi.conversations().then((r) => setConversations(r.data), () => undefined), []);

  useLiveEvent<MessageDto>("message", ({ data }) => {
    // A conversation this page has not seen yet (someone just wrote first): reload the list.
    if (!conversations.some((c) => c.id === data.conversationId)) return refresh();
    setConversations((current) => {
      const found = current.find((c) => c.id === data.conversationId);
      if (!found || found.lastMessage?.id === data.id) return current;
      const updated: ConversationSummaryDto = {
        ...found,
        lastMessage: { id: data.id, senderId: data.senderId, excerpt: data.body.slice(0, 100), createdAt: data.createdAt, attachments: data.attachments.length },
        lastMessageAt: data.createdAt,
        unreadCount: data.senderId === viewerId ? 0 : found.unreadCount + 1,
      };
      return [updated, ...current.filter((c) => c.id !== found.id)];
    });
  });
  useLiveEvent<{ conversationId: string; userId: string }>("read", ({ data }) => {
    if (data.userId !== viewerId) return;
    setConversations((current) => current.map((c) => (c.id === data.conversationId ? { ...c, unreadCount: 0 } : c)));
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
