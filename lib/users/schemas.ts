import { z } from "zod";

export const Email = z.string().trim().toLowerCase().email("Enter a valid email address").max(254);
export const Password = z.string().min(8, "Use at least 8 characters").max(128, "Use at most 128 characters");
export const TimeZone = z.string().refine(isIanaZone, "Unknown time zone");

export function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const RegisterUserInput = z.object({
  email: Email,
  password: Password,
  name: z.string().trim().min(1, "Enter your name").max(100),
  role: z.enum(["customer", "provider"]),
  timeZone: TimeZone.optional(),
  city: z.string().trim().max(100).optional(),
});
export type RegisterUserInput = z.input<typeof RegisterUserInput>;

export const SignInInput = z.object({ email: Email, password: z.string().min(1, "Enter your password").max(128) });

/** A link's token: 32 random bytes in base64url are 43 characters; anything far off is not ours. */
const Token = z.string().trim().min(20, "This link is invalid").max(200, "This link is invalid");

export const RequestPasswordResetInput = z.object({ email: Email });
export type RequestPasswordResetInput = z.input<typeof RequestPasswordResetInput>;

export const ResetPasswordInput = z.object({ token: Token, password: Password });
export type ResetPasswordInput = z.input<typeof ResetPasswordInput>;

export const VerifyEmailInput = z.object({ token: Token });
export type VerifyEmailInput = z.input<typeof VerifyEmailInput>;

export const UpdateProfileInput = z.object({ name: z.string().trim().min(1, "Enter your name").max(100) });
export type UpdateProfileInput = z.input<typeof UpdateProfileInput>;

export const ChangeEmailInput = z.object({ email: Email, currentPassword: z.string().min(1, "Enter your current password").max(128) });
export type ChangeEmailInput = z.input<typeof ChangeEmailInput>;

export const ChangePasswordInput = z.object({ currentPassword: z.string().min(1, "Enter your current password").max(128), newPassword: Password });
export type ChangePasswordInput = z.input<typeof ChangePasswordInput>;

export const DeleteAccountInput = z.object({ password: z.string().min(1, "Enter your password to confirm").max(128) });
export type DeleteAccountInput = z.input<typeof DeleteAccountInput>;

/** PATCH /api/me: the fields a client may change in one request. */
export const UpdateMeInput = z.object({ name: UpdateProfileInput.shape.name.optional() });
