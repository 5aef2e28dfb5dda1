import { isTransactionalEmail, NOTIFICATION_TYPES, preferenceTypeForTemplate } from "./notification-types";
import { shouldDeliver } from "./should-deliver";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";
import { withUnsubscribe } from "./unsubscribe-footer";

describe("shouldDeliver (pure)", () => {
  it("uses the defaults (both channels on) when the user has no row", () => {
    expect(shouldDeliver({ type: "booking.reminder_due", channel: "email", preference: null })).toBe(true);
    expect(shouldDeliver({ type: "booking.reminder_due", channel: "inApp", preference: null })).toBe(true);
  });

  it("follows the row per channel", () => {
    const preference = { email: false, inApp: true };
    expect(shouldDeliver({ type: "booking.reminder_due", channel: "email", preference })).toBe(false);
    expect(shouldDeliver({ type: "booking.reminder_due", channel: "inApp", preference })).toBe(true);
    expect(shouldDeliver({ type: "booking.completed", channel: "inApp", preference: { email: true, inApp: false } })).toBe(false);
  });

  it("always sends transactional email, but lets its in-app copy be switched off", () => {
    const off = { email: false, inApp: false };
    expect(shouldDeliver({ type: "booking.confirmed", channel: "email", preference: off })).toBe(true);
    expect(shouldDeliver({ type: "payment.captured", channel: "email", preference: off })).toBe(true);
    expect(shouldDeliver({ type: "booking.confirmed", channel: "inApp", preference: off })).toBe(false);
  });

  it("sends what has no type", () => {
    expect(shouldDeliver({ type: null, channel: "email", preference: { email: false, inApp: false } })).toBe(true);
  });
});

describe("the type catalog", () => {
  it("maps every existing email template to its type", () => {
    const expected: Record<string, string | null> = {
      welcome: "user.registered",
      "booking-requested-provider": "booking.requested",
      "booking-requested-customer": "booking.requested",
      "booking-confirmed": "booking.confirmed",
      "booking-declined": "booking.declined",
      "booking-expired": "booking.expired",
      "booking-cancelled-customer": "booking.cancelled",
      "booking-cancelled-admin": "booking.cancelled",
      "booking-rescheduled-provider": "booking.rescheduled",
      "booking-reminder-customer": "booking.reminder_due",
      "booking-completed": "booking.completed",
      "booking-no-show": "booking.no_show",
      "review-reminder": "review.reminder_due",
      "payment-disputed-provider": "payment.disputed",
      "payment-authorization-failed-customer": "payment.authorization_failed",
      "bounty-question-asked": "bounty.question_asked",
      "offer-accepted": "offer.accepted",
      "verification-expiring": "verification.expiring",
      "verification-approved": "verification.approved",
      test: null,
      "booking-confirmedx": null,
    };
    for (const [template, type] of Object.entries(expected)) expect([template, preferenceTypeForTemplate(template)]).toEqual([template, type]);
  });

  it("names the transactional types", () => {
    const transactional = NOTIFICATION_TYPES.filter((t) => t.transactional).map((t) => t.type);
    expect(transactional).toEqual([
      "booking.confirmed",
      "booking.cancelled",
      "booking.rescheduled",
      "booking.no_show",
      "offer.accepted",
      "bounty.submitted",
      "bounty.released",
      "bounty.cancelled",
      "bounty.disputed",
      "bounty.dispute_resolved",
      "payment.captured",
      "payment.refunded",
      "payment.authorization_failed",
      "payment.disputed",
      // Support must redo a refund the processor could not complete; a provider must fix a payout that bounced.
      "payment.refund_failed",
      "payout.failed",
      // A provider's badges: the decision, the 14-day warning and the lapse concern their standing.
      "verification.approved",
      "verification.rejected",
      "verification.expiring",
      "verification.expired",
      "user.registered",
    ]);
    expect(isTransactionalEmail("booking.reminder_due")).toBe(false);
    expect(isTransactionalEmail("something.unknown")).toBe(false);
  });
});

describe("unsubscribe tokens", () => {
  const secret = "test-secret";
  const claim = { userId: "user_1", type: "booking.reminder_due" };

  it("round-trips a claim", () => {
    expect(verifyUnsubscribeToken(signUnsubscribeToken(claim, secret), secret)).toEqual(claim);
  });

  it("refuses tampering, another key and junk", () => {
    const token = signUnsubscribeToken(claim, secret);
    const [version, , sig] = token.split(".");
    const otherUser = Buffer.from(`user_2\n${claim.type}`).toString("base64url");
    const otherType = Buffer.from(`${claim.userId}\nmessage.sent`).toString("base64url");
    expect(verifyUnsubscribeToken(`${version}.${otherUser}.${sig}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(`${version}.${otherType}.${sig}`, secret)).toBeNull();
    const flipped = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(verifyUnsubscribeToken(flipped, secret)).toBeNull();
    expect(verifyUnsubscribeToken(token, "another-secret")).toBeNull();
    expect(verifyUnsubscribeToken(`v2${token.slice(2)}`, secret)).toBeNull();
    for (const junk of ["", "v1", "v1..", "v1.a.b.c", null, undefined, "x".repeat(700)]) expect(verifyUnsubscribeToken(junk, secret)).toBeNull();
  });

  it("refuses to sign a claim that could be confused with another", () => {
    expect(() => signUnsubscribeToken({ userId: "a\nb", type: "t" }, secret)).toThrow(RangeError);
    expect(() => signUnsubscribeToken({ userId: "", type: "t" }, secret)).toThrow(RangeError);
  });
});

describe("withUnsubscribe", () => {
  it("adds the link to both parts and the RFC 8058 headers", () => {
    const message: { text: string; html: string; headers?: Record<string, string> } = {
      text: "Hello",
      html: "<html><body><div>Hi</div></body></html>",
      headers: { "X-Other": "1" },
    };
    const out = withUnsubscribe(message, { userId: "u1", type: "booking.reminder_due" });
    expect(out.text).toMatch(/^Hello\n\nDon't want reminders emails\? Unsubscribe: http\S+\/unsubscribe\?token=v1\.\S+\nAll notification settings: http\S+\/account\/settings\/notifications$/);
    expect(out.html).toMatch(/<div>Hi<\/div><p [^>]*>Don't want reminders emails\? <a href="http[^"]+\/unsubscribe\?token=v1\.[^"]+"[^>]*>Unsubscribe<\/a>.*<\/p><\/body><\/html>$/);
    expect(out.headers["X-Other"]).toBe("1");
    expect(out.headers["List-Unsubscribe"]).toMatch(/^<http\S+\/unsubscribe\/one-click\?token=v1\.\S+>$/);
    expect(out.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const token = decodeURIComponent(out.headers["List-Unsubscribe"].match(/token=([^>]+)>/)![1]);
    expect(verifyUnsubscribeToken(token)).toEqual({ userId: "u1", type: "booking.reminder_due" });
  });
});
