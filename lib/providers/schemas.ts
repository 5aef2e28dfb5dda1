import { z } from "zod";

export const MAX_GALLERY_IMAGES = 8;
export const MAX_PROFILE_IMAGE_BYTES = 8 * 1024 * 1024;

/** How the photo and gallery endpoints read an upload (lib/core/read-upload.ts). */
export const PROFILE_IMAGE_UPLOAD = { maxFileBytes: MAX_PROFILE_IMAGE_BYTES, noun: "image", plural: "Images" };

export const MAX_BIO_LENGTH = 2000;

/** ISO 639-1: two lowercase letters ("en", "es"). */
const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, "Use two-letter language codes, e.g. en, es");

const coordinate = (label: string, limit: number) =>
  z
    .number({ error: `Enter the ${label} as a number` })
    .min(-limit, `The ${label} must be between -${limit} and ${limit}`)
    .max(limit, `The ${label} must be between -${limit} and ${limit}`)
    .nullable();

/**
 * The provider's public profile, shared by the dashboard form (zodResolver), the server action,
 * PATCH /api/providers/me and the use case. Every field is optional so an API client can change
 * one; the form sends them all. Photos are uploaded separately (they are files, not JSON).
 */
export const ProviderProfileFields = z.object({
  businessName: z.string().trim().min(1, "Enter your business name").max(100, "Keep the business name under 100 characters"),
  headline: z.string().trim().max(120, "Keep the headline under 120 characters"),
  bio: z.string().max(MAX_BIO_LENGTH, `Keep the bio under ${MAX_BIO_LENGTH} characters`),
  addressLine: z.string().trim().max(200, "Keep the address under 200 characters"),
  city: z.string().trim().max(100, "Keep the city under 100 characters"),
  postalCode: z.string().trim().max(20, "Keep the postal code under 20 characters"),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Use a two-letter country code, e.g. US"),
  lat: coordinate("latitude", 90),
  lng: coordinate("longitude", 180),
  serviceRadiusKm: z
    .number({ error: "Enter the radius as a whole number of kilometres" })
    .int("Enter the radius as a whole number of kilometres")
    .min(0, "The radius cannot be negative")
    .max(500, "The radius must be at most 500 km")
    .nullable(),
  languages: z.array(LanguageCode).max(10, "List at most 10 languages").refine((codes) => new Set(codes).size === codes.length, "Each language once"),
});
export type ProviderProfileFields = z.output<typeof ProviderProfileFields>;

export const UpdateProviderProfileInput = ProviderProfileFields.partial().superRefine((input, ctx) => {
  // A position is both coordinates or neither: one alone places the provider nowhere.
  const latGiven = input.lat !== undefined && input.lat !== null;
  const lngGiven = input.lng !== undefined && input.lng !== null;
  if (input.lat !== undefined && input.lng !== undefined && latGiven !== lngGiven) {
    ctx.addIssue({ code: "custom", path: [latGiven ? "lng" : "lat"], message: "Enter both latitude and longitude, or neither" });
  }
});
export type UpdateProviderProfileInput = z.input<typeof UpdateProviderProfileInput>;

export const ProfileImageKind = z.enum(["photo", "gallery"]);
export type ProfileImageKind = z.output<typeof ProfileImageKind>;

export const RemoveProfileImageInput = z.object({
  kind: ProfileImageKind,
  /** The gallery image to remove; the profile photo needs none. */
  key: z.string().max(200).optional(),
});
export type RemoveProfileImageInput = z.input<typeof RemoveProfileImageInput>;
