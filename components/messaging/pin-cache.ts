import type { MessageDto } from "./chat-api";

/** Pure patches for pinning, for the optimistic update in ChatThread (tested on their own). */
export function withMessagePinned(messages: MessageDto[], messageId: string, pinnedAt: string | null): MessageDto[] {
  if (!messages.some((m) => m.id === messageId && m.pinnedAt !== pinnedAt)) return messages;
  return messages.map((m) => (m.id === messageId ? { ...m, pinnedAt } : m));
}

/** The pinned list as the server orders it (newest pin first): a pin goes on top, an unpin leaves. */
export function withPinnedList(pinned: MessageDto[], message: MessageDto, pinnedAt: string | null): MessageDto[] {
  const others = pinned.filter((m) => m.id !== message.id);
  return pinnedAt ? [{ ...message, pinnedAt }, ...others] : others;
}
