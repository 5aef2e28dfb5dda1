/** What the provider's service settings screens show; picked with Prisma select, never whole rows. */
export const serviceSettingsSelect = {
  id: true,
  providerId: true,
  categoryId: true,
  name: true,
  description: true,
  priceAmount: true,
  currency: true,
  depositAmount: true,
  rescheduleCutoffHours: true,
  rescheduleFeeWithinHours: true,
  rescheduleFeePercent: true,
  archivedAt: true,
  durationMin: true,
  bufferBeforeMin: true,
  bufferAfterMin: true,
  minNoticeMin: true,
  horizonDays: true,
  slotStepMin: true,
  bookingMode: true,
  requestExpiryHours: true,
  cancellationPolicy: true,
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
