"use client";

import { cn } from "@/components/ui/cn";
import { useViewerTimeZone } from "@/components/ui/local-time";
import { ReportContentButton } from "@/components/moderation/report-content-button";
import type { MessageDto } from "./chat-api";

/** In the viewer's zone once hydrated; nothing during the server render, so hydration matches. */
function MessageTime({ iso }: { iso: string }) {
  const zone = useViewerTimeZone();
  if (!zone) return null;
  const text = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: zone }).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}

export function MessageBubble({
  message,
  mine,
  seen,
  onReply,
  onTogglePin,
}: {
  message: MessageDto;
  mine: boolean;
  /** Shown under the viewer's latest message once the other side has read it. */
  seen: boolean;
  onReply: (message: MessageDto) => void;
  onTogglePin: (message: MessageDto) => void;
}) {
  return (
    <li data-testid="message" data-message-id={message.id} data-mine={mine ? "true" : "false"} className={cn("flex flex-col gap-1", mine ? "items-end" : "items-start")}>
      <div className={cn("max-w-[85%] rounded-2xl px-4 py-2 text-sm shadow-sm", mine ? "bg-brand-600 text-white" : "border border-stone-200 bg-white text-stone-900")}>
        {message.replyTo ? (
          <p data-testid="reply-quote" className={cn("mb-2 border-l-2 pl-2 text-xs", mine ? "border-white/60 text-white/80" : "border-stone-300 text-stone-500")}>
            <span className="font-semibold">{message.replyTo.senderName}:</span> {message.replyTo.excerpt}
          </p>
        ) : null}
        {message.removed ? (
          <p data-testid="message-removed" className="italic opacity-80">
            Removed by a moderator
          </p>
        ) : message.body ? (
          <p data-testid="message-body" className="break-words whitespace-pre-wrap">
            {message.body}
          </p>
        ) : null}
        {message.attachments.length ? (
          <ul className="mt-2 flex flex-wrap gap-2">
            {message.attachments.map((a) => (
              <li key={a.id} data-testid="attachment">
                {a.kind === "image" ? (
                  <a href={a.url} target="_blank" rel="noopener noreferrer">
                    {/* eslint-disable-next-line @next/next/no-img-element -- signed, expiring URLs: next/image would cache them */}
                    <img src={a.url} alt={a.fileName} className="h-28 w-28 rounded-lg bg-stone-100 object-cover" />
                  </a>
                ) : (
                  <a href={a.url} className={cn("inline-flex items-center gap-1 rounded-lg px-2 py-1 underline", mine ? "bg-white/15" : "bg-stone-100")}>
                    📄 {a.fileName}
                  </a>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="flex items-center gap-2 px-1 text-xs text-stone-500">
        <span>{mine ? "You" : message.senderName}</span>
        <MessageTime iso={message.createdAt} />
        {message.pinnedAt ? <span aria-label="Pinned">📌</span> : null}
        <button type="button" className="hover:text-stone-800 hover:underline" onClick={() => onReply(message)}>
          Reply
        </button>
        <button type="button" className="hover:text-stone-800 hover:underline" onClick={() => onTogglePin(message)}>
          {message.pinnedAt ? "Unpin" : "Pin"}
        </button>
        {!mine && !message.removed ? <ReportContentButton kind="MESSAGE" targetId={message.id} className="hover:text-stone-800 hover:underline" /> : null}
        {seen ? (
          <span data-testid="seen" className="font-medium text-stone-600">
            Seen
          </span>
        ) : null}
      </div>
    </li>
  );
}
