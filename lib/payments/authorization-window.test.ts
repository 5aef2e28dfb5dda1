import { AUTHORIZATION_VALIDITY_MS, authorizationCoversCapture } from "./authorization-window";

const HOUR = 3_600_000;
const now = Date.parse("2031-05-01T12:00:00Z");
const window = { authorizedAt: now, completionWindowMs: 24 * HOUR };

describe("authorizationCoversCapture", () => {
  it("covers a booking whose end plus the completion window (and an hour's slack) falls inside the seven days", () => {
    expect(authorizationCoversCapture({ ...window, end: now + 2 * 24 * HOUR })).toBe(true);
    expect(authorizationCoversCapture({ ...window, end: now + AUTHORIZATION_VALIDITY_MS - 25 * HOUR })).toBe(true);
  });

  it("does not cover one that starts inside the seven days but could be completed after they lapse", () => {
    // Starts 6.5 days out, ends 4 hours later: an authorization made now lapses before auto-completion.
    const end = now + 6.5 * 24 * HOUR + 4 * HOUR;
    expect(authorizationCoversCapture({ ...window, end })).toBe(false);
    expect(authorizationCoversCapture({ ...window, end: now + AUTHORIZATION_VALIDITY_MS - 25 * HOUR + 1 })).toBe(false);
  });

  it("grows with the completion window", () => {
    const end = now + 5 * 24 * HOUR;
    expect(authorizationCoversCapture({ ...window, end, completionWindowMs: 24 * HOUR })).toBe(true);
    expect(authorizationCoversCapture({ ...window, end, completionWindowMs: 48 * HOUR })).toBe(false);
  });
});
