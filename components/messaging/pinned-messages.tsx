"use client";

import type { MessageDto } from "./chat-api";

/** The conversation's pinned messages (gate codes, addresses, agreed prices), above the thread. */
export function PinnedMessages({ pinned, onUnpin }: { pinned: MessageDto[]; onUnpin: (message: MessageDto) => void }) {
  if (pinned.length === 0) return null;
  return (
    <section aria-label="Pinned messages" className="border-b border-amber-200 bg-amber-50 px-4 py-2" data-testid="pinned">
      <h2 className="text-xs font-semibold tracking-wide text-amber-900 uppercase">Pinned</h2>
      <ul className="mt-1 space-y-1">
        {pinned.map((m) => (
          <li key={m.id} className="flex items-start justify-between gap-3 text-sm text-amber-950" data-testid="pinned-message">
            <span className="min-w-0 truncate">
              <span className="font-medium">{m.senderName}:</span> {m.body || `${m.attachments.length} attachment(s)`}
            </span>
            <button type="button" className="shrink-0 text-xs underline" onClick={() => onUnpin(m)}>
              Unpin
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
