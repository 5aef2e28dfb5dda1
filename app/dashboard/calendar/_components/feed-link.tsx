"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { rotateCalendarTokenAction } from "../actions";

/**
 * The private feed URL with Copy and Rotate; rotation asks first, since it breaks existing
 * subscriptions. A provider without a link yet gets a Create button (the same action).
 */
export function FeedLink({ initialUrl }: { initialUrl: string | null }) {
  const [url, setUrl] = useState(initialUrl);
  const [copied, setCopied] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): leave the text selected to copy by hand.
      (document.getElementById("calendar-feed-url") as HTMLInputElement | null)?.select();
    }
  }

  function rotate() {
    if (url && !window.confirm("Rotate the link? Calendars subscribed with the current link stop updating until you add the new one.")) return;
    setMessage(null);
    startTransition(async () => {
      const result = await rotateCalendarTokenAction({});
      if (result.ok) {
        setUrl(result.data.url);
        setMessage({ tone: "success", text: url ? "New link created. The old one no longer works." : "Your private link is ready." });
      } else {
        setMessage({ tone: "error", text: result.error.message });
      }
    });
  }

  if (!url) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-stone-700">You don&rsquo;t have a private calendar link yet.</p>
        <Button onClick={rotate} pending={pending}>
          Create private link
        </Button>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <label htmlFor="calendar-feed-url" className="block text-sm font-medium text-stone-800">
        Your private calendar link
      </label>
      <div className="flex flex-wrap gap-2">
        <Input id="calendar-feed-url" data-testid="calendar-feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 font-mono" />
        <Button variant="secondary" onClick={copy} aria-live="polite">
          {copied ? "Copied" : "Copy"}
        </Button>
        <Button variant="danger" onClick={rotate} pending={pending}>
          Rotate link
        </Button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
