const MINUTE = 60_000;

interface ServiceTiming {
  durationMin: number;
  bufferBeforeMin: number;
  bufferAfterMin: number;
}

/**
 * The instants a booking occupies: the appointment itself, and the provider's busy block around it
 * (buffers included), which is what the exclusion constraint keeps from overlapping.
 */
export function bookingInterval(service: ServiceTiming, startsAt: Date) {
  const endsAt = new Date(startsAt.getTime() + service.durationMin * MINUTE);
  return {
    startsAt,
    endsAt,
    blockStartsAt: new Date(startsAt.getTime() - service.bufferBeforeMin * MINUTE),
    blockEndsAt: new Date(endsAt.getTime() + service.bufferAfterMin * MINUTE),
  };
}
