"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { onStreamDown, onStreamEvent, onStreamOpen, type LiveEvent } from "@/lib/realtime/browser-stream";

const FALLBACK_POLL_MS = 15_000;

/**
 * A bounty event's data names its bounty ({ bountyId, event }). An event we cannot read counts
 * as "maybe ours": one needless refresh beats a stale page.
 */
function isAboutBounty(event: LiveEvent, bountyId: string): boolean {
  const id = (event.data as { bountyId?: unknown } | null)?.bountyId;
  return typeof id !== "string" || id === bountyId;
}

/**
 * Calls `refresh` when the signed-in user's event stream says this bounty changed, on "resync",
 * and when the stream comes back after a drop (events sent meanwhile are lost). It listens on the
 * tab's one shared EventSource (lib/realtime/browser-stream), with the bell and the chat. Without
 * a stream (signed out, no EventSource, or /api/stream refused or gone) it polls instead, so the
 * page still catches up with the other party. Returns the function that stops it all.
 */
export function watchBounty(bountyId: string, { stream, refresh, pollMs = FALLBACK_POLL_MS }: { stream: boolean; refresh: () => void; pollMs?: number }): () => void {
  let poll: ReturnType<typeof setInterval> | null = null;
  const startPolling = () => {
    poll ??= setInterval(() => {
      if (typeof document === "undefined" || document.visibilityState === "visible") refresh();
    }, pollMs);
  };
  const stopPolling = () => {
    if (poll) clearInterval(poll);
    poll = null;
  };
  if (!stream || typeof EventSource === "undefined") {
    startPolling();
    return stopPolling;
  }

  // The first open (or the stream being open already) is not news: the page was just rendered.
  // Any later open, or one after the stream was down, follows a gap in which events were lost.
  let opened = false;
  let missed = false;
  const stops = [
    onStreamEvent("bounty", (event) => {
      if (isAboutBounty(event, bountyId)) refresh();
    }),
    // The stream lost track of what we missed, so anything may have changed.
    onStreamEvent("resync", () => refresh()),
    onStreamOpen(() => {
      stopPolling();
      if (opened || missed) refresh();
      opened = true;
      missed = false;
    }),
    onStreamDown(() => {
      missed = true;
      startPolling();
    }),
  ];
  return () => {
    for (const stop of stops) stop();
    stopPolling();
  };
}

/** Re-renders the page (router.refresh) whenever watchBounty says this bounty may have changed. */
export function useBountyLiveRefresh(bountyId: string, { stream = true }: { stream?: boolean } = {}) {
  const router = useRouter();
  useEffect(() => watchBounty(bountyId, { stream, refresh: () => router.refresh() }), [bountyId, stream, router]);
}

/** A client island for server pages: mounts the live refresh and renders nothing. */
export function BountyLiveRefresh({ bountyId, stream }: { bountyId: string; stream?: boolean }) {
  useBountyLiveRefresh(bountyId, { stream });
  return null;
}
