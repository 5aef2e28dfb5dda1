import { getStorage } from "../adapters/storage";
import type { Prisma } from "../core/db";

/** Public images are served through signed links; a day is long enough for any page view and cache. */
export const PROFILE_IMAGE_URL_TTL_SECONDS = 24 * 60 * 60;

export const IMAGE_SIZES = { large: 1200, small: 400 } as const;
export type ImageSize = keyof typeof IMAGE_SIZES;

export function imageVariantKey(key: string, size: ImageSize): string {
  return `${key}-${IMAGE_SIZES[size]}.webp`;
}

export function imageUrls(key: string) {
  const storage = getStorage();
  return {
    key,
    large: storage.signedUrl(imageVariantKey(key, "large"), PROFILE_IMAGE_URL_TTL_SECONDS),
    small: storage.signedUrl(imageVariantKey(key, "small"), PROFILE_IMAGE_URL_TTL_SECONDS),
  };
}
export type ImageUrls = ReturnType<typeof imageUrls>;

/** What the provider edits in /dashboard/profile and reads from GET/PATCH /api/providers/me. */
export const myProfileSelect = {
  id: true,
  slug: true,
  businessName: true,
  headline: true,
  bio: true,
  addressLine: true,
  city: true,
  postalCode: true,
  country: true,
  lat: true,
  lng: true,
  serviceRadiusKm: true,
  languages: true,
  photoKey: true,
  galleryKeys: true,
  timeZone: true,
} satisfies Prisma.ProviderProfileSelect;

export type MyProfileRow = Prisma.ProviderProfileGetPayload<{ select: typeof myProfileSelect }>;

export function toMyProfileDto(row: MyProfileRow) {
  const { photoKey, galleryKeys, ...rest } = row;
  return { ...rest, photo: photoKey ? imageUrls(photoKey) : null, gallery: galleryKeys.map(imageUrls) };
}
export type MyProfileDto = ReturnType<typeof toMyProfileDto>;

/** The editable fields, in the order the audit trail lists them. */
export const PROFILE_FIELD_KEYS = [
  "businessName",
  "headline",
  "bio",
  "addressLine",
  "city",
  "postalCode",
  "country",
  "lat",
  "lng",
  "serviceRadiusKm",
  "languages",
] as const;
