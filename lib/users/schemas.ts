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
