import { serviceSchedulingSelect, serviceTermsSelect } from "./service-selects";

/** What the provider's service settings screens show; picked with Prisma select, never whole rows. */
export const serviceSettingsSelect = {
  id: true,
  providerId: true,
  categoryId: true,
  name: true,
  description: true,
  ...serviceTermsSelect,
  ...serviceSchedulingSelect,
  archivedAt: true,
  active: true,
} as const;

export const SETTING_KEYS = [
  "durationMin",
  "bufferBeforeMin",
  "bufferAfterMin",
  "minNoticeMin",
  "horizonDays",
  "slotStepMin",
  "bookingMode",
  "requestExpiryHours",
  "cancellationPolicy",
  "active",
] as const;

/** The fields updateService edits (booking settings stay with updateServiceSettings). */
export const DETAIL_KEYS = [
  "name",
  "description",
  "categoryId",
  "priceAmount",
  "currency",
  "depositAmount",
  "rescheduleCutoffHours",
  "rescheduleFeeWithinHours",
  "rescheduleFeePercent",
] as const;
