import type { Db, Tx } from "../../lib/core/db";
import type { BookingMode, CancellationPolicy } from "../../lib/generated/prisma/enums";
import { categoryIdsFor } from "./categories";

/** What a provider offers; `categorySlug` is resolved against the category tree. */
export interface ServiceSpec {
  name?: string;
  categorySlug?: string;
  categoryId?: string;
  description?: string;
  /** Integer minor units: 8500 = 85.00. */
  priceAmount?: number;
  currency?: string;
  durationMin?: number;
  bufferBeforeMin?: number;
  bufferAfterMin?: number;
  minNoticeMin?: number;
  horizonDays?: number;
  slotStepMin?: number;
  bookingMode?: BookingMode;
  requestExpiryHours?: number;
  cancellationPolicy?: CancellationPolicy;
  rescheduleCutoffHours?: number;
  rescheduleFeeWithinHours?: number;
  rescheduleFeePercent?: number;
  depositAmount?: number | null;
  active?: boolean;
}

export interface CreateServiceOptions extends ServiceSpec {
  providerId: string;
}

export const serviceSelect = {
  id: true,
  providerId: true,
  categoryId: true,
  name: true,
  priceAmount: true,
  currency: true,
  durationMin: true,
  bufferBeforeMin: true,
  bufferAfterMin: true,
  bookingMode: true,
  cancellationPolicy: true,
  active: true,
} as const;

export interface SeededService {
  id: string;
  providerId: string;
  categoryId: string;
  name: string;
  priceAmount: number;
  currency: string;
  durationMin: number;
  bufferBeforeMin: number;
  bufferAfterMin: number;
  bookingMode: BookingMode;
  cancellationPolicy: CancellationPolicy;
  active: boolean;
}

const CURRENCY_BY_COUNTRY: Record<string, string> = { US: "USD", GB: "GBP", AU: "AUD", CA: "CAD" };
const EURO_COUNTRIES = new Set(["DE", "FR", "ES", "IT", "NL", "IE", "PT", "AT", "BE", "FI"]);

export function currencyForCountry(country: string): string {
  return CURRENCY_BY_COUNTRY[country] ?? (EURO_COUNTRIES.has(country) ? "EUR" : "USD");
}

/**
 * Resolves category slugs once for a batch of specs. Unset columns stay undefined so the schema's
 * defaults (REQUEST mode, MODERATE policy, 120 min notice …) apply, as they would in production.
 */
export async function serviceRows(client: Db | Tx, specs: ServiceSpec[], currency: string) {
  const slugs = specs.filter((s) => !s.categoryId).map((s) => s.categorySlug ?? "cleaning");
  const ids = slugs.length ? await categoryIdsFor(client, slugs) : {};
  return specs.map((spec) => ({
    categoryId: spec.categoryId ?? ids[spec.categorySlug ?? "cleaning"],
    name: spec.name ?? "Standard appointment",
    description: spec.description ?? "",
    priceAmount: spec.priceAmount ?? 8500,
    currency: spec.currency ?? currency,
    durationMin: spec.durationMin ?? 60,
    bufferBeforeMin: spec.bufferBeforeMin ?? 0,
    bufferAfterMin: spec.bufferAfterMin ?? 0,
    minNoticeMin: spec.minNoticeMin,
    horizonDays: spec.horizonDays,
    slotStepMin: spec.slotStepMin,
    bookingMode: spec.bookingMode,
    requestExpiryHours: spec.requestExpiryHours,
    cancellationPolicy: spec.cancellationPolicy,
    rescheduleCutoffHours: spec.rescheduleCutoffHours,
    rescheduleFeeWithinHours: spec.rescheduleFeeWithinHours,
    rescheduleFeePercent: spec.rescheduleFeePercent,
    depositAmount: spec.depositAmount,
    active: spec.active ?? true,
  }));
}

/** Adds a service to an existing provider; the currency defaults to the provider's country's. */
export async function createService(client: Db | Tx, options: CreateServiceOptions): Promise<SeededService> {
  const { providerId, ...spec } = options;
  const currency =
    spec.currency ??
    currencyForCountry(
      (await client.providerProfile.findUniqueOrThrow({ where: { id: providerId }, select: { country: true } })).country,
    );
  const [row] = await serviceRows(client, [spec], currency);
  return client.service.create({ data: { ...row, providerId }, select: serviceSelect });
}
