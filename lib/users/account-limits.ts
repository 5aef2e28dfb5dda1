import { createRateLimiter } from "../adapters/rate-limit";

/**
 * Emailed links cost us mail reputation and can flood someone's inbox, so requests are counted
 * whether or not the address has an account (counting only real accounts would reveal them).
 */
export const passwordResetLimiters = {
  perEmail: createRateLimiter({ keyPrefix: "reset:email", points: 3, durationSeconds: 60 * 60 }),
  perIp: createRateLimiter({ keyPrefix: "reset:ip", points: 10, durationSeconds: 60 * 60 }),
};

/** Resending the verification email: a few per hour per account is plenty for a lost email. */
export const verificationResendLimiter = createRateLimiter({ keyPrefix: "verify:resend", points: 3, durationSeconds: 60 * 60 });

/** Guessing the current password through the settings forms counts like failed sign-ins. */
export const accountPasswordLimiter = createRateLimiter({ keyPrefix: "account:password", points: 5, durationSeconds: 15 * 60 });
