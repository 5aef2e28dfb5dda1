import { composeEmail, type RenderedEmail } from "./compose";
import { absoluteUrl } from "./links";

export function passwordResetEmail({ name, token }: { name: string; token: string }): RenderedEmail {
  return composeEmail({
    subject: "Reset your Hearth password",
    heading: `Hi ${name}`,
    paragraphs: [
      "Someone (hopefully you) asked to reset the password of your Hearth account. The link works once, for one hour.",
      "If it was not you, ignore this email: your password stays as it is.",
    ],
    action: { label: "Choose a new password", url: absoluteUrl(`/reset-password?token=${encodeURIComponent(token)}`) },
  });
}

export function emailVerificationEmail({ name, token, isChange }: { name: string; token: string; isChange: boolean }): RenderedEmail {
  return composeEmail({
    subject: "Confirm your email address",
    heading: `Hi ${name}`,
    paragraphs: [
      isChange
        ? "Confirm this address to make it your Hearth sign-in email. Until then your previous address stays in use."
        : "Confirm your email address to post bounties and receive payouts on Hearth.",
      "The link works once, for 48 hours.",
    ],
    action: { label: "Confirm my email", url: absoluteUrl(`/verify-email?token=${encodeURIComponent(token)}`) },
  });
}
