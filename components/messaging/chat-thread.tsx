"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { toast } from "sonner";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { chatApi, ChatApiError, mergeMessages, type ConversationDto, type MessageDto } from "./chat-api";
import { Composer } from "./composer";
import { MessageBubble } from "./message-bubble";
import { PinnedMessages } from "./pinned-messages";
import { withMessagePinned, withPinnedList } from "./pin-cache";
import { useLiveEvent, useStreamOpen } from "./use-live-event";

/**
 * One conversation, live: messages arrive over the shared stream without a reload, the other
 * side's read mark shows as "Seen", pins and replies update for both participants.
 */
export function ChatThread({ conversation: initial, initialMessages, initialCursor }: { conversation: ConversationDto; initialMessages: MessageDto[]; initialCursor: string | null }) {
  const id = initial.id;
  const me = initial.viewerId;
  const [conversation, setConversation] = useState(initial);
  const [messages, setMessages] = useState(() => mergeMessages([], initialMessages));
  const [olderCursor, setOlderCursor] = useState(initialCursor);
  const [replyTo, setReplyTo] = useState<MessageDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLElement>(null);
  const lastId = messages[messages.length - 1]?.id;

  const merge = useCallback((incoming: MessageDto[]) => setMessages((current) => mergeMessages(current, incoming)), []);

  const markRead = useCallback(() => {
    if (document.visibilityState !== "visible") return;
    chatApi.markRead(id).catch(() => undefined);
  }, [id]);

  // What events do not replay (pins, read marks) and anything sent while the page was loading.
  const refresh = useCallback(
    () =>
      Promise.all([chatApi.messages(id), chatApi.conversation(id)]).then(
        ([latest, fresh]) => {
          merge(latest.data);
          setConversation(fresh);
        },
        () => undefined, // Offline: the stream's next reconnection tries again.
      ),
    [id, merge],
  );

  useEffect(() => {
    void refresh();
    markRead();
    document.addEventListener("visibilitychange", markRead);
    return () => document.removeEventListener("visibilitychange", markRead);
  }, [refresh, markRead]);

  // Follow the conversation: a new last message scrolls the list (not the page) to the bottom.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = scroller.current.scrollHeight;
  }, [lastId]);

  useLiveEvent<MessageDto>("message", ({ data }) => {
    if (data.conversationId !== id) return;
    merge([data]);
    if (data.senderId !== me) markRead();
  });
  useLiveEvent<{ conversationId: string; userId: string; lastReadAt: string }>("read", ({ data }) => {
    if (data.conversationId !== id) return;
    setConversation((c) => ({ ...c, participants: c.participants.map((p) => (p.userId === data.userId ? { ...p, lastReadAt: data.lastReadAt } : p)) }));
  });
  useLiveEvent<{ conversationId: string; messageId: string; pinnedAt: string | null }>("pin", ({ data }) => {
    if (data.conversationId !== id) return;
    setMessages((current) => current.map((m) => (m.id === data.messageId ? { ...m, pinnedAt: data.pinnedAt } : m)));
    void chatApi.conversation(id).then(setConversation, () => undefined);
  });
  useLiveEvent("resync", () => void refresh());
  useStreamOpen(() => {
    // data-live: the stream is connected (tests wait for it before expecting live messages).
    root.current?.setAttribute("data-live", "true");
    void refresh();
  });
  // data-ready: hydrated and subscribed, so typing now reaches React's state.
  useEffect(() => root.current?.setAttribute("data-ready", "true"), []);

  // "Seen" goes under the viewer's newest message once another participant's read mark reaches it.
  const seenId = useMemo(() => {
    const mine = [...messages].reverse().find((m) => m.senderId === me);
    if (!mine) return null;
    const seen = conversation.participants.some((p) => p.userId !== me && p.lastReadAt !== null && p.lastReadAt >= mine.createdAt);
    return seen ? mine.id : null;
  }, [messages, conversation.participants, me]);

  async function send(input: { body: string; files: File[] }): Promise<boolean> {
    setError(null);
    try {
      merge([await chatApi.send(id, { ...input, replyToId: replyTo?.id })]);
      setReplyTo(null);
      return true;
    } catch (e) {
      // Inline next to the box (the draft is kept), and a toast in case the box is scrolled away.
      const message = e instanceof ChatApiError ? e.message : "The message could not be sent. Please try again.";
      setError(message);
      toast.error(message);
      return false;
    }
  }

  // Optimistic: the pin shows at once (bubble and pinned bar), rolls back with a toast on failure,
  // and the conversation is refetched after either outcome for the server's truth.
  const pin = useMutation({
    mutationFn: ({ message }: { message: MessageDto; pinnedAt: string | null }) => chatApi.setPinned(id, message.id, !message.pinnedAt),
    onMutate: ({ message, pinnedAt }) => {
      const snapshot = { conversation };
      setMessages((current) => withMessagePinned(current, message.id, pinnedAt));
      setConversation((c) => ({ ...c, pinned: withPinnedList(c.pinned, message, pinnedAt) }));
      return snapshot;
    },
    onError: (e, { message }, snapshot) => {
      if (snapshot) {
        setMessages((current) => withMessagePinned(current, message.id, message.pinnedAt));
        setConversation(snapshot.conversation);
      }
      toast.error(e instanceof ChatApiError ? e.message : "Could not update the pin.");
    },
    onSuccess: ({ pinnedAt }, { message }) => setMessages((current) => withMessagePinned(current, message.id, pinnedAt)),
    onSettled: () => void chatApi.conversation(id).then(setConversation, () => undefined),
  });

  function togglePin(message: MessageDto) {
    pin.mutate({ message, pinnedAt: message.pinnedAt ? null : new Date().toISOString() });
  }

  async function loadOlder() {
    if (!olderCursor) return;
    const page = await chatApi.messages(id, olderCursor).catch(() => null);
    if (!page) return;
    merge(page.data);
    setOlderCursor(page.nextCursor);
  }

  return (
    <section ref={root} aria-label={`Conversation with ${conversation.title}`} className="flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-stone-50 shadow-sm" data-testid="chat">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 bg-white px-4 py-3">
        <div>
          <h1 className="font-semibold text-stone-900" data-testid="chat-title">
            {conversation.title}
          </h1>
          <p className="text-xs text-stone-500">{conversation.subtitle}</p>
        </div>
        {conversation.link ? (
          <Link href={conversation.link} className="text-sm text-brand-700 hover:underline">
            View booking
          </Link>
        ) : null}
      </header>
      {conversation.contactDetailsHidden ? (
        <Alert tone="info" className="m-3" data-testid="contact-hidden-notice">
          Phone numbers and email addresses are hidden until a booking is confirmed. Keep payments on Hearth to stay protected.
        </Alert>
      ) : null}
      <PinnedMessages pinned={conversation.pinned} onUnpin={togglePin} />
      <div ref={scroller} className="max-h-[60vh] min-h-64 overflow-y-auto px-4 py-3">
        {olderCursor ? (
          <div className="mb-3 text-center">
            <Button variant="ghost" size="sm" onClick={loadOlder}>
              Load earlier messages
            </Button>
          </div>
        ) : null}
        {messages.length === 0 ? <p className="py-10 text-center text-sm text-stone-500">No messages yet. Say hello!</p> : null}
        <ol className="space-y-3" aria-live="polite" data-testid="messages">
          {messages.map((m) => (
            <MessageBubble key={m.id} message={m} mine={m.senderId === me} seen={m.id === seenId} onReply={setReplyTo} onTogglePin={togglePin} />
          ))}
        </ol>
      </div>
      {error ? (
        <Alert tone="error" className="mx-3 mb-2">
          {error}
        </Alert>
      ) : null}
      <Composer conversationId={id} replyTo={replyTo} onCancelReply={() => setReplyTo(null)} onSend={send} />
    </section>
  );
}
