"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { isAboutBounty } from "./stream-frames";

const FALLBACK_POLL_MS = 15_000;

/**
 * Re-renders the page (router.refresh) when the signed-in user's event stream says this bounty
 * changed. Without a stream (signed out, or /api/stream refused or missing) it polls instead, so
 * the page still catches up with the other party.
 */
export function useBountyLiveRefresh(bountyId: string, { stream = true }: { stream?: boolean } = {}) {
  const router = useRouter();
  useEffect(() => {
    let poll: ReturnType<typeof setInterval> | null = null;
    const startPolling = () => {
      poll ??= setInterval(() => {
        if (document.visibilityState === "visible") router.refresh();
      }, FALLBACK_POLL_MS);
    };
    if (!stream || typeof EventSource === "undefined") {
      startPolling();
      return () => {
        if (poll) clearInterval(poll);
      };
    }
    const source = new EventSource("/api/stream");
    const onBounty = (event: MessageEvent<string>) => {
      if (isAboutBounty(event.data, bountyId)) router.refresh();
    };
    // "resync": the stream lost track of what we missed, so anything may have changed.
    const onResync = () => router.refresh();
    source.addEventListener("bounty", onBounty as EventListener);
    source.addEventListener("resync", onResync);
    let dropped = false;
    // A closed source (404, 401, server gone for good) will not reconnect by itself: poll instead.
    source.onerror = () => {
      dropped = true;
      if (source.readyState === EventSource.CLOSED) startPolling();
    };
    // Events sent while the connection was down are lost: catch up once it is back.
    source.onopen = () => {
      if (dropped) router.refresh();
      dropped = false;
    };
    return () => {
      source.removeEventListener("bounty", onBounty as EventListener);
      source.removeEventListener("resync", onResync);
      source.close();
      if (poll) clearInterval(poll);
    };
  }, [bountyId, stream, router]);
}

/** A client island for server pages: mounts the live refresh and renders nothing. */
export function BountyLiveRefresh({ bountyId, stream }: { bountyId: string; stream?: boolean }) {
  useBountyLiveRefresh(bountyId, { stream });
  return null;
}
