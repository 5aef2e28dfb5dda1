"use client";

import { useSyncExternalStore } from "react";
import { formatDateTime, formatRange, formatTime, inZone } from "./format";

const noopSubscribe = () => () => {};

/** The browser's IANA zone on the client, null during server render (so hydration never mismatches). */
export function useViewerTimeZone(): string | null {
  return useSyncExternalStore(
    noopSubscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}

/** The provider's side, shortened to clock times when the date is the same in both zones. */
function providerTime(start: string, end: string, zone: string, viewerZone: string): string {
  const sameDate = inZone(start, zone).toISODate() === inZone(start, viewerZone).toISODate() && inZone(start, zone).hasSame(inZone(end, zone), "day");
  return sameDate ? `${formatTime(start, zone)} – ${formatTime(end, zone)}` : formatRange(start, end, zone);
}

/**
 * A booking's time. The server renders it in the booking's (provider's) zone with that zone named;
 * the browser switches to the viewer's zone and names the provider's zone when they differ.
 */
export function LocalTimeRange({ start, end, zone, className }: { start: string; end: string; zone: string; className?: string }) {
  const viewerZone = useViewerTimeZone();
  const shown = viewerZone ?? zone;
  return (
    <span className={className}>
      <time dateTime={start} data-testid="booking-time">
        {formatRange(start, end, shown)}
      </time>
      {viewerZone && viewerZone !== zone ? (
        <span className="block text-xs text-stone-500">
          Your time ({viewerZone}) · Provider&apos;s time: {providerTime(start, end, zone, viewerZone)} ({zone})
        </span>
      ) : (
        <span className="block text-xs text-stone-500">{zone}</span>
      )}
    </span>
  );
}

/** One instant, in the viewer's zone once hydrated (the given zone, named, before that). */
export function LocalDateTime({ iso, zone }: { iso: string; zone: string }) {
  const viewerZone = useViewerTimeZone();
  return (
    <time dateTime={iso}>
      {formatDateTime(iso, viewerZone ?? zone)}
      {viewerZone ? null : ` (${zone})`}
    </time>
  );
}
