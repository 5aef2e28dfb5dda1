import type { BookingEmailData } from "../booking-email-data";
import { bookingCancelledAdminEmail, bookingCancelledEmail } from "./booking-cancelled";
import { bookingCompletedEmail } from "./booking-completed";
import { bookingExpiredEmail } from "./booking-expired";
import { bookingIcsAttachment } from "./booking-ics";
import { bookingNoShowEmail } from "./booking-no-show";
import { bookingReminderEmail } from "./booking-reminder";
import { bookingRescheduledEmail } from "./booking-rescheduled";
import { bookingCancelledNotification, bookingRescheduledNotification } from "./lifecycle-notifications";

const booking: BookingEmailData = {
  id: "bk_1",
  serviceName: "Deep clean <b>",
  startsAt: new Date("2030-03-14T15:00:00Z"),
  endsAt: new Date("2030-03-14T17:00:00Z"),
  timeZone: "Europe/London",
  priceAmount: 8_550,
  currency: "GBP",
  addressLine: "221B Baker Street",
  notes: "",
  customer: { id: "c1", email: "casey@example.test", name: "Casey O'Hara", timeZone: "America/New_York" },
  provider: { businessName: "Sparkle & Co", city: "London", user: { id: "p1", email: "pat@example.test", name: "Pat" } },
};
const NY = "Thu, Mar 14, 2030, 11:00 AM – 1:00 PM EDT (America/New_York)";
const LONDON = "Thu, Mar 14, 2030, 3:00 PM – 5:00 PM GMT (Europe/London)";
const ics = (attachment: { content: string }) => Buffer.from(attachment.content, "base64").toString("utf8");

describe("lifecycle emails", () => {
  it.each([
    ["expired", bookingExpiredEmail(booking)],
    ["completed", bookingCompletedEmail(booking)],
    ["no-show", bookingNoShowEmail(booking)],
    ["reminder (customer)", bookingReminderEmail(booking, "customer")],
    ["reminder (provider)", bookingReminderEmail(booking, "provider")],
    ["cancelled", bookingCancelledEmail(booking, "customer", { cancelledBy: "PROVIDER", refundAmount: 8_550, reason: "<ill>" })],
    ["cancelled (admin)", bookingCancelledAdminEmail(booking, { cancelledBy: "ADMIN", refundAmount: 8_550, reason: null })],
  ])("%s shows both zones and escapes user text in html", (_name, email) => {
    for (const part of [email.text, email.html]) {
      expect(part).toContain(NY);
      expect(part).toContain(LONDON);
    }
    expect(email.html).not.toContain("<b>");
    expect(email.html).not.toContain("<ill>");
    expect(email.html).toContain("Deep clean &lt;b&gt;");
  });

  it("cancellation: refund formatted for the reader, reason and canceller shown", () => {
    const notice = bookingCancelledEmail(booking, "provider", { cancelledBy: "CUSTOMER", refundAmount: 4_275, reason: "Ill" });
    expect(notice.subject).toBe("Cancelled: Deep clean <b> for Casey O'Hara");
    expect(notice.text).toContain("Casey O'Hara cancelled Deep clean <b>.");
    const byAdmin = bookingCancelledEmail(booking, "provider", { cancelledBy: "ADMIN", refundAmount: 0, reason: null });
    expect(byAdmin.text).toContain("Hearth support cancelled Deep clean <b> for Casey O'Hara.");
    expect(notice.text).toContain("The customer is refunded £42.75.");
    expect(notice.text).toContain("Cancelled by: Casey O'Hara");
    expect(notice.text).toContain("Reason: Ill");
    const own = bookingCancelledEmail(booking, "customer", { cancelledBy: "CUSTOMER", refundAmount: 0, reason: null });
    expect(own.text).toContain("Your cancellation is confirmed");
    expect(own.text).toContain("No refund is due under the cancellation policy.");
    expect(own.text).toContain("Refund: None (£0.00)");
    expect(own.text).not.toContain("Reason:");
  });

  it("reschedule: new and previous times in both zones, previous ones labelled", () => {
    const previous = { startsAt: new Date("2030-03-13T15:00:00Z"), endsAt: new Date("2030-03-13T17:00:00Z") };
    const email = bookingRescheduledEmail(booking, "provider", previous);
    expect(email.text).toContain(`When (your time): ${LONDON}`);
    expect(email.text).toContain("Previously (your time): Wed, Mar 13, 2030, 3:00 PM – 5:00 PM GMT (Europe/London)");
    expect(email.text).toContain("Previously (customer's time): Wed, Mar 13, 2030, 11:00 AM – 1:00 PM EDT (America/New_York)");
    expect(bookingRescheduledNotification(booking, "customer", previous).body).toBe(
      `Deep clean <b> moved from Wed, Mar 13, 2030, 11:00 AM – 1:00 PM EDT (America/New_York) to ${NY}.`,
    );
  });

  it("notifications word the refund and link by audience", () => {
    const n = bookingCancelledNotification(booking, "customer", { cancelledBy: "PROVIDER", refundAmount: 8_550 });
    expect(n).toEqual({ title: "Booking cancelled", body: `Sparkle & Co cancelled Deep clean <b> on ${NY}. Refund: £85.50.`, link: "/account/bookings/bk_1" });
  });
});

describe("bookingIcsAttachment options", () => {
  it("keeps the defaults: PUBLISH, SEQUENCE 0 tentative / 1 otherwise, no organizer", () => {
    expect(ics(bookingIcsAttachment(booking, "TENTATIVE", "customer"))).toContain("SEQUENCE:0");
    const confirmed = ics(bookingIcsAttachment(booking, "CONFIRMED", "customer"));
    expect(confirmed).toContain("SEQUENCE:1");
    expect(confirmed).toContain("METHOD:PUBLISH");
    expect(confirmed).not.toContain("ORGANIZER");
  });

  it("cancels with METHOD:CANCEL, the given SEQUENCE, an organizer and the reader as attendee", () => {
    const file = ics(bookingIcsAttachment(booking, "CANCELLED", "provider", { method: "CANCEL", sequence: 4 }));
    expect(file).toContain("METHOD:CANCEL");
    expect(file).toContain("STATUS:CANCELLED");
    expect(file).toContain("SEQUENCE:4");
    expect(file).toContain("UID:booking-bk_1@hearth");
    expect(file).toMatch(/ORGANIZER;CN="Hearth":MAILTO:\S+@\S+/);
    expect(file.replace(/\r\n[ \t]/g, "")).toMatch(/ATTENDEE;[^\r\n]*CN="Pat"[^\r\n]*:mailto:pat@example.test/i);
  });
});
