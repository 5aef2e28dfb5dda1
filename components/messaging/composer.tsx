"use client";

import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { ACCEPTED_ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MESSAGE_MAX_CHARS } from "@/lib/messaging/limits";
import type { MessageDto } from "./chat-api";
import { rehydrateDrafts, useDraft } from "./draft-store";

/**
 * The message box: text, up to five files, an optional reply. The server re-checks everything.
 * The text is the conversation's draft (draft-store.ts): it survives switching conversations and
 * reloading the tab, and is cleared once the message is sent.
 */
export function Composer({
  conversationId,
  replyTo,
  onCancelReply,
  onSend,
}: {
  conversationId: string;
  replyTo: MessageDto | null;
  onCancelReply: () => void;
  onSend: (input: { body: string; files: File[] }) => Promise<boolean>;
}) {
  const [body, setBody, clearDraft] = useDraft(conversationId);
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(rehydrateDrafts, []);

  function pickFiles(list: FileList | null) {
    const picked = [...(list ?? [])];
    if (picked.length > MAX_ATTACHMENTS) return setProblem(`Attach at most ${MAX_ATTACHMENTS} files.`);
    const tooBig = picked.find((f) => f.size > MAX_ATTACHMENT_BYTES);
    if (tooBig) return setProblem(`${tooBig.name} is larger than ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB.`);
    setProblem(null);
    setFiles(picked);
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (sending || (!body.trim() && files.length === 0)) return;
    setSending(true);
    const sent = await onSend({ body, files });
    setSending(false);
    if (!sent) return;
    clearDraft();
    setFiles([]);
    if (fileInput.current) fileInput.current.value = "";
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter sends, Shift+Enter starts a new line.
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) void submit(event);
  }

  return (
    <form onSubmit={submit} className="space-y-2 border-t border-stone-200 bg-white p-3" aria-label="Send a message">
      {replyTo ? (
        <div className="flex items-center justify-between gap-2 rounded-lg bg-stone-100 px-3 py-1.5 text-xs text-stone-700" data-testid="replying-to">
          <span className="truncate">
            Replying to <strong>{replyTo.senderName}</strong>: {replyTo.body || "attachment"}
          </span>
          <button type="button" onClick={onCancelReply} className="shrink-0 underline">
            Cancel
          </button>
        </div>
      ) : null}
      <textarea
        aria-label="Message"
        value={body}
        maxLength={MESSAGE_MAX_CHARS}
        rows={2}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Write a message…"
        className="block w-full resize-y rounded-lg border border-stone-300 px-3 py-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label className="cursor-pointer text-sm text-stone-600 hover:text-stone-900">
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={ACCEPTED_ATTACHMENT_TYPES.join(",")}
            aria-label="Attach files"
            className="sr-only"
            onChange={(e) => pickFiles(e.target.files)}
          />
          📎 {files.length ? `${files.length} file${files.length === 1 ? "" : "s"} attached` : "Attach photos or a PDF"}
        </label>
        <Button type="submit" size="sm" pending={sending} disabled={!body.trim() && files.length === 0}>
          Send
        </Button>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
