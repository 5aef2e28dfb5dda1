"use client";

import { useEffect, useEffectEvent } from "react";
import { onStreamEvent, onStreamOpen, type LiveEvent } from "@/lib/realtime/browser-stream";

/** Runs `handler` for each live event of `type` (the tab's one shared stream) while mounted. */
export function useLiveEvent<T = unknown>(type: string, handler: (event: LiveEvent<T>) => void): void {
  const onEvent = useEffectEvent(handler);
  useEffect(() => onStreamEvent<T>(type, (event) => onEvent(event)), [type]);
}

/** Runs `handler` whenever the stream (re)connects: refetch what events do not replay. */
export function useStreamOpen(handler: () => void): void {
  const onOpen = useEffectEvent(handler);
  useEffect(() => onStreamOpen(() => onOpen()), []);
}
