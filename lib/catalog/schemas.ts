import { z } from "zod";

/**
 * A service's booking settings, shared by the dashboard form (zodResolver), the server action and
 * the use case. All optional so that an API client can change one setting; the form sends them all.
 */

const whole = (label: string, min: number, max: number, unit: string) =>
  z
    .number({ error: `Enter ${label} as a whole number` })
    .int(`Enter ${label} as a whole number`)
    .min(min, `${capitalise(label)} must be at least ${min} ${unit}`)
    .max(max, `${capitalise(label)} must be at most ${max} ${unit}`);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const MAX_MIN_NOTICE_MIN = 30 * 24 * 60;

export const ServiceSettings = z.object({
  durationMin: whole("the duration", 5, 1440, "minutes"),
  bufferBeforeMin: whole("the buffer before", 0, 240, "minutes"),
  bufferAfterMin: whole("the buffer after", 0, 240, "minutes"),
  minNoticeMin: whole("the minimum notice", 0, MAX_MIN_NOTICE_MIN, "minutes (30 days)"),
  horizonDays: whole("the booking horizon", 1, 365, "days"),
  slotStepMin: whole("the start-time step", 5, 240, "minutes"),
  bookingMode: z.enum(["INSTANT", "REQUEST"], { error: "Choose instant booking or requests" }),
  requestExpiryHours: whole("the request expiry", 1, 168, "hours"),
  cancellationPolicy: z.enum(["FLEXIBLE", "MODERATE", "STRICT"], { error: "Choose a cancellation policy" }),
  active: z.boolean({ error: "Choose whether the service takes bookings" }),
});
export type ServiceSettings = z.output<typeof ServiceSettings>;

export const UpdateServiceSettingsInput = ServiceSettings.partial().extend({ serviceId: z.string().min(1).max(64) });
export type UpdateServiceSettingsInput = z.input<typeof UpdateServiceSettingsInput>;

export const ServiceIdInput = z.object({ serviceId: z.string().min(1).max(64) });
