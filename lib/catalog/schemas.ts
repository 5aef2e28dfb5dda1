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

export const SERVICE_CURRENCIES = ["USD", "CAD", "GBP", "EUR", "AUD"] as const;
export const MAX_PRICE_AMOUNT = 10_000_000;

const minorUnits = (label: string) =>
  z
    .number({ error: `Enter ${label} in cents (a whole number)` })
    .int(`Enter ${label} in cents (a whole number)`)
    .min(0, `${capitalise(label)} cannot be negative`)
    .max(MAX_PRICE_AMOUNT, `${capitalise(label)} is too large`);

/**
 * What a service is and costs, and its reschedule policy: the fields createService and
 * updateService take besides the booking settings above. Prices are integer minor units.
 */
export const ServiceDetails = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Keep the name under 100 characters"),
  description: z.string().trim().max(2000, "Keep the description under 2000 characters"),
  categoryId: z.string({ error: "Choose a category" }).min(1, "Choose a category").max(64),
  priceAmount: minorUnits("the price").min(100, "The price must be at least 1.00"),
  currency: z.enum(SERVICE_CURRENCIES, { error: "Choose a currency" }),
  depositAmount: minorUnits("the deposit").nullable(),
  rescheduleCutoffHours: whole("the reschedule cutoff", 0, 720, "hours"),
  rescheduleFeeWithinHours: whole("the fee window", 0, 720, "hours"),
  rescheduleFeePercent: whole("the reschedule fee", 0, 100, "%"),
});
export type ServiceDetails = z.output<typeof ServiceDetails>;

type DetailsPart = { priceAmount?: number; depositAmount?: number | null; rescheduleCutoffHours?: number; rescheduleFeeWithinHours?: number };

/** Rules across fields, checked against the values the service will have after the change. */
export function serviceIssues(values: DetailsPart): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (values.depositAmount != null && values.priceAmount !== undefined && values.depositAmount > values.priceAmount) {
    issues.push({ path: "depositAmount", message: "The deposit cannot be more than the price" });
  }
  const { rescheduleCutoffHours: cutoff, rescheduleFeeWithinHours: feeWithin } = values;
  if (cutoff !== undefined && feeWithin !== undefined && feeWithin > 0 && feeWithin <= cutoff) {
    issues.push({ path: "rescheduleFeeWithinHours", message: "The fee window must start before the cutoff (more hours), or be 0 for no fee" });
  }
  return issues;
}

const withServiceRules = <S extends z.ZodType<DetailsPart>>(schema: S) =>
  schema.superRefine((values, ctx) => {
    for (const issue of serviceIssues(values)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });

export const CreateServiceInput = withServiceRules(
  ServiceDetails.extend(ServiceSettings.omit({ active: true }).partial().shape)
    .extend({ durationMin: ServiceSettings.shape.durationMin })
    .partial({
    description: true,
    depositAmount: true,
    rescheduleCutoffHours: true,
    rescheduleFeeWithinHours: true,
    rescheduleFeePercent: true,
  }),
);
export type CreateServiceInput = z.input<typeof CreateServiceInput>;

export const UpdateServiceInput = withServiceRules(ServiceDetails.partial().extend({ serviceId: z.string().min(1).max(64) }));
/** The PATCH /api/services/{id} body: the id is in the path. */
export const UpdateServiceBody = withServiceRules(ServiceDetails.partial());
export type UpdateServiceInput = z.input<typeof UpdateServiceInput>;
