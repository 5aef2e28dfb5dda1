"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { formatDay, formatTime, inZone } from "@/components/ui/format";

export type Slot = { start: string; end: string };

/** Slots grouped by calendar day in the viewer's zone (a provider's evening can be the viewer's next day). */
export function groupSlotsByDay(slots: Slot[], zone: string) {
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = inZone(slot.start, zone).toISODate() ?? slot.start.slice(0, 10);
    const list = days.get(key);
    if (list) list.push(slot);
    else days.set(key, [slot]);
  }
  return [...days.entries()].map(([key, daySlots]) => ({ key, label: formatDay(daySlots[0].start, zone), slots: daySlots }));
}

/**
 * Day tabs and a grid of free start times, in the viewer's zone with the provider's zone named.
 * Controlled: the parent owns the selected start (a form field, or plain state). Shared by the
 * booking form and the reschedule form.
 */
export function SlotPicker({
  slots,
  viewerZone,
  providerTimeZone,
  selected,
  onSelect,
  noteId,
  whenFull = "The provider's calendar is full. Please check back later.",
}: {
  slots: Slot[];
  viewerZone: string;
  providerTimeZone: string;
  selected: string | null;
  onSelect: (start: string) => void;
  /** The time-zone note's id, for a surrounding fieldset's aria-describedby. */
  noteId?: string;
  /** What to suggest when no time is free. */
  whenFull?: string;
}) {
  // A day tab clicked while `selected` was X stays open until the selection changes; then the
  // selected start's own day shows (it may come from outside, e.g. a "still free" suggestion).
  const [picked, setPicked] = useState<{ day: string; whileSelected: string | null } | null>(null);
  const days = groupSlotsByDay(slots, viewerZone);
  const selectedDay = selected ? inZone(selected, viewerZone).toISODate() : null;
  const shownDay = picked && picked.whileSelected === selected ? picked.day : selectedDay;
  const activeDay = days.find((d) => d.key === shownDay) ?? days[0];

  return (
    <div className="space-y-4">
      <p id={noteId} className="text-sm text-stone-600" data-testid="timezone-note">
        Times shown in your time zone ({viewerZone}). Provider&apos;s time zone: {providerTimeZone}
      </p>
      {days.length === 0 ? (
        <Alert tone="info" title="No free times in the next 14 days">
          {whenFull}
        </Alert>
      ) : (
        <>
          <div role="group" aria-label="Day" className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-2">
            {days.map((day) => {
              const active = day.key === activeDay?.key;
              const [weekday, ...rest] = day.label.split(", ");
              return (
                <button
                  key={day.key}
                  type="button"
                  aria-pressed={active}
                  data-testid="slot-day"
                  data-day={day.key}
                  onClick={() => setPicked({ day: day.key, whileSelected: selected })}
                  className={cn(
                    "flex min-w-20 shrink-0 flex-col items-center rounded-lg border px-3 py-2 text-sm",
                    active ? "border-brand-600 bg-brand-50 text-brand-900" : "border-stone-200 bg-white text-stone-700 hover:border-stone-300",
                  )}
                >
                  <span className="font-semibold">{weekday}</span>
                  <span className="text-xs">{rest[0]}</span>
                  <span className="mt-0.5 text-[11px] text-stone-500">{day.slots.length} times</span>
                </button>
              );
            })}
          </div>
          {activeDay ? (
            <div>
              <h3 className="mb-2 text-sm font-medium text-stone-700">{activeDay.label}</h3>
              <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-6" aria-label={`Times on ${activeDay.label}`}>
                {activeDay.slots.map((slot) => {
                  const isSelected = selected === slot.start;
                  return (
                    <li key={slot.start}>
                      <button
                        type="button"
                        data-testid="slot"
                        data-start={slot.start}
                        aria-pressed={isSelected}
                        onClick={() => onSelect(slot.start)}
                        className={cn(
                          "w-full rounded-lg border px-2 py-2 text-sm font-medium tabular-nums transition-colors",
                          isSelected ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white text-stone-800 hover:border-brand-400 hover:bg-brand-50",
                        )}
                      >
                        {formatTime(slot.start, viewerZone)}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
        </>
      )}
      {selected ? <SelectedSlot start={selected} viewerZone={viewerZone} providerTimeZone={providerTimeZone} /> : null}
    </div>
  );
}

function SelectedSlot({ start, viewerZone, providerTimeZone }: { start: string; viewerZone: string; providerTimeZone: string }) {
  return (
    <p className="text-sm text-stone-700" data-testid="selected-slot" aria-live="polite">
      Selected:{" "}
      <strong>
        {formatDay(start, viewerZone)}, {formatTime(start, viewerZone)}
      </strong>
      {viewerZone !== providerTimeZone ? <span className="text-stone-500"> ({formatTime(start, providerTimeZone)} provider&apos;s time)</span> : null}
    </p>
  );
}

/** SLOT_TAKEN: the domain's message and the next free starts it offered, each one click away. */
export function SlotTakenAlert({ message, next, viewerZone, onPick }: { message: string; next: string[]; viewerZone: string; onPick: (start: string) => void }) {
  return (
    <Alert tone="warning" title={message} data-testid="slot-taken">
      {next.length ? (
        <>
          <p>These times are still free:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {next.map((start) => (
              <li key={start}>
                <button
                  type="button"
                  onClick={() => onPick(start)}
                  data-testid="next-free-slot"
                  data-start={start}
                  className="rounded-md border border-amber-300 bg-white px-3 py-1.5 text-sm font-medium text-amber-900 hover:bg-amber-100"
                >
                  {formatDay(start, viewerZone)}, {formatTime(start, viewerZone)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No other free times in the next week. Please pick another day below.</p>
      )}
    </Alert>
  );
}
