import type { Actor } from "../core/auth/actor";
import { allowedBookingActions, bookingPhase, noBookingActions, viewerOf, type BookingTimes, type BookingViewer } from "./policies";

const HOUR = 3_600_000;
const start = new Date("2030-01-11T15:00:00Z");
const end = new Date(start.getTime() + HOUR);
const before = new Date(start.getTime() - 48 * HOUR);
const during = new Date(start.getTime() + HOUR / 2);
const after = new Date(end.getTime() + HOUR);

const booking = (status: BookingTimes["status"], expiresAt: Date | null = null): BookingTimes => ({ status, startsAt: start, endsAt: end, expiresAt });
const allowed = (viewer: BookingViewer | null, b: BookingTimes, now: Date, paymentStatus: string | null = "AUTHORIZED") =>
  allowedBookingActions(viewer, { ...b, paymentStatus }, now);
/** The flags that are true, so each case reads as a list of what is on offer. */
const on = (flags: object) => Object.entries(flags).filter(([, value]) => value).map(([key]) => key).sort();

describe("viewerOf", () => {
  const parties = { customerId: "cust", provider: { userId: "prov" } };
  const actor = (userId: string, role: Actor["role"] = "CUSTOMER"): Actor => ({ userId, role, isSuperAdmin: false, providerId: null });

  it("names the capacity, the provider first, and null for a stranger (never a throw)", () => {
    expect(viewerOf(actor("cust"), parties)).toBe("customer");
    expect(viewerOf(actor("prov", "PROVIDER"), parties)).toBe("provider");
    expect(viewerOf(actor("someone-else", "ADMIN"), parties)).toBe("admin");
    expect(viewerOf(actor("someone-else"), parties)).toBeNull();
    expect(viewerOf(actor("someone-else", "PROVIDER"), parties)).toBeNull();
  });
});

describe("bookingPhase", () => {
  it("an upcoming booking is open; once it ends it is not, whatever its status", () => {
    expect(bookingPhase(booking("CONFIRMED"), before)).toEqual({ open: true, answerable: false, lapsed: false, started: false, ended: false });
    expect(bookingPhase(booking("CONFIRMED"), during)).toMatchObject({ open: true, started: true, ended: false });
    expect(bookingPhase(booking("CONFIRMED"), after)).toMatchObject({ open: false, started: true, ended: true });
    expect(bookingPhase(booking("CANCELLED"), before)).toMatchObject({ open: false });
  });

  it("a request is answerable until its deadline, then lapsed", () => {
    const deadline = new Date(before.getTime() + HOUR);
    expect(bookingPhase(booking("REQUESTED", deadline), before)).toMatchObject({ open: true, answerable: true, lapsed: false });
    expect(bookingPhase(booking("REQUESTED", deadline), deadline)).toMatchObject({ answerable: false, lapsed: true });
    expect(bookingPhase(booking("REQUESTED"), during)).toMatchObject({ answerable: true, lapsed: false });
    expect(bookingPhase(booking("CONFIRMED", deadline), after)).toMatchObject({ answerable: false, lapsed: false });
  });
});

describe("allowedBookingActions", () => {
  it("the customer moves or cancels an open booking, messages, and nothing else", () => {
    expect(on(allowed("customer", booking("CONFIRMED"), before))).toEqual(["cancel", "message", "reschedule"]);
    expect(on(allowed("customer", booking("REQUESTED"), before))).toEqual(["cancel", "message", "reschedule"]);
    expect(on(allowed("customer", booking("CONFIRMED"), during))).toEqual(["cancel", "message", "reschedule"]);
    // Ended: the outcome is the provider's call.
    expect(on(allowed("customer", booking("CONFIRMED"), after))).toEqual(["message"]);
  });

  it("the provider answers a request until its deadline and moves it", () => {
    const deadline = new Date(before.getTime() + HOUR);
    expect(on(allowed("provider", booking("REQUESTED", deadline), before))).toEqual(["confirm", "decline", "message", "reschedule"]);
    expect(on(allowed("provider", booking("REQUESTED", deadline), deadline))).toEqual(["message", "reschedule"]);
  });

  it("the provider cancels a confirmed booking until it ends, records a no-show once started and completes once ended", () => {
    expect(on(allowed("provider", booking("CONFIRMED"), before))).toEqual(["cancel", "message", "reschedule"]);
    expect(on(allowed("provider", booking("CONFIRMED"), during))).toEqual(["cancel", "markNoShow", "message", "reschedule"]);
    expect(on(allowed("provider", booking("CONFIRMED"), after))).toEqual(["complete", "markNoShow", "message"]);
  });

  it("support records the outcome like the provider, and is offered nothing else", () => {
    expect(on(allowed("admin", booking("CONFIRMED"), before))).toEqual([]);
    expect(on(allowed("admin", booking("CONFIRMED"), after))).toEqual(["complete", "markNoShow"]);
    expect(on(allowed("admin", booking("REQUESTED"), before))).toEqual([]);
  });

  it("reviews follow a completed booking for both parties; only the customer disputes, a completed or no-show one", () => {
    expect(on(allowed("customer", booking("COMPLETED"), after))).toEqual(["dispute", "message", "review"]);
    expect(on(allowed("provider", booking("COMPLETED"), after))).toEqual(["message", "review"]);
    expect(on(allowed("customer", booking("NO_SHOW"), after))).toEqual(["dispute", "message"]);
    expect(on(allowed("admin", booking("COMPLETED"), after))).toEqual([]);
  });

  it("a closed booking offers nothing to change", () => {
    for (const status of ["DECLINED", "EXPIRED", "CANCELLED"] as const) {
      for (const viewer of ["customer", "provider", "admin"] as const) {
        expect(on(allowed(viewer, booking(status), before)).filter((k) => k !== "message")).toEqual([]);
      }
    }
  });

  it("asks the customer to authenticate a payment only while the booking is open", () => {
    expect(allowed("customer", booking("CONFIRMED"), before, "REQUIRES_ACTION").confirmPayment).toBe(true);
    expect(allowed("customer", booking("CONFIRMED"), after, "REQUIRES_ACTION").confirmPayment).toBe(false);
    expect(allowed("provider", booking("CONFIRMED"), before, "REQUIRES_ACTION").confirmPayment).toBe(false);
    expect(allowed("customer", booking("CONFIRMED"), before, "AUTHORIZED").confirmPayment).toBe(false);
  });

  it("someone who may not see the booking is offered nothing", () => {
    expect(allowed(null, booking("CONFIRMED"), after)).toEqual(noBookingActions);
  });
});
