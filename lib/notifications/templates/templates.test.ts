import { appUrl } from "../../core/env";
import type { BookingEmailData } from "../booking-email-data";
import { bookingIcsAttachment } from "./booking-ics";
import { bookingConfirmedEmail } from "./booking-confirmed";
import { bookingDeclinedEmail } from "./booking-declined";
import { bookingRequestedCustomerEmail, bookingRequestedProviderEmail } from "./booking-requested";
import { escapeHtml, formatMoney, formatTimeRange } from "./format";
import { welcomeEmail } from "./welcome";

const booking: BookingEmailData = {
  id: "bk_1",
  serviceName: "Deep clean <script>alert(1)</script>",
  // 15:00Z on 14 March 2030: 11:00 in New York (EDT since 10 March), 15:00 in London (GMT).
  startsAt: new Date("2030-03-14T15:00:00Z"),
  endsAt: new Date("2030-03-14T17:00:00Z"),
  timeZone: "Europe/London",
  priceAmount: 8_550,
  currency: "GBP",
  addressLine: "221B Baker Street",
  notes: "Dog is friendly & loud",
  customer: { id: "c1", email: "casey@example.test", name: "Casey O'Hara", timeZone: "America/New_York" },
  provider: { businessName: "Sparkle & Co", city: "London", user: { id: "p1", email: "pat@example.test", name: "Pat" } },
};

describe("formatting", () => {
  it("formats minor units with the currency's own decimals", () => {
    expect(formatMoney(8_550, "GBP")).toBe("£85.50");
    expect(formatMoney(8_500, "JPY")).toBe("¥8,500");
    expect(formatMoney(1_250, "KWD")).toMatch(/1\.250/);
  });

  it("shows a time range in a zone, with the date repeated only across midnight", () => {
    expect(formatTimeRange(booking.startsAt, booking.endsAt, "America/New_York")).toBe("Thu, Mar 14, 2030, 11:00 AM – 1:00 PM EDT (America/New_York)");
    expect(formatTimeRange(new Date("2030-03-14T23:00:00Z"), new Date("2030-03-15T01:00:00Z"), "UTC")).toBe(
      "Thu, Mar 14, 2030, 11:00 PM – Fri, Mar 15, 2030, 1:00 AM UTC (UTC)",
    );
    expect(formatTimeRange(booking.startsAt, booking.endsAt, "Not/AZone")).toContain("(UTC)");
  });

  it("escapes html", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("booking emails", () => {
  const customerTemplates = { bookingRequestedCustomerEmail, bookingConfirmedEmail, bookingDeclinedEmail };

  it.each(Object.entries(customerTemplates))("%s shows both zones, the price, and escapes user text", (_name, template) => {
    const email = template(booking);
    for (const part of [email.text, email.html]) {
      expect(part).toContain("Thu, Mar 14, 2030, 11:00 AM – 1:00 PM EDT (America/New_York)");
      expect(part).toContain("Thu, Mar 14, 2030, 3:00 PM – 5:00 PM GMT (Europe/London)");
      expect(part).toContain("£85.50");
    }
    expect(email.text).toContain("When (your time): Thu, Mar 14, 2030, 11:00 AM");
    expect(email.text).toContain("When (provider's time): Thu, Mar 14, 2030, 3:00 PM");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Deep clean &lt;script&gt;");
    expect(email.html).toContain("Sparkle &amp; Co");
    expect(email.text).toContain("Sparkle & Co");
  });

  it("gives the provider their own zone first, the customer's second, and the notes", () => {
    const email = bookingRequestedProviderEmail(booking);
    expect(email.subject).toBe("New booking request: Deep clean <script>alert(1)</script>");
    expect(email.text).toContain("When (your time): Thu, Mar 14, 2030, 3:00 PM – 5:00 PM GMT (Europe/London)");
    expect(email.text).toContain("When (customer's time): Thu, Mar 14, 2030, 11:00 AM – 1:00 PM EDT (America/New_York)");
    expect(email.text).toContain("Notes: Dog is friendly & loud");
    expect(email.html).toContain("Dog is friendly &amp; loud");
    expect(email.html).toContain(`href="${new URL("/dashboard/bookings", appUrl)}"`);
  });

  it("shows one time when both sides share a zone", () => {
    const local = { ...booking, customer: { ...booking.customer, timeZone: "Europe/London" } };
    expect(bookingConfirmedEmail(local).text.match(/When/g)).toHaveLength(1);
  });

  it("attaches a UTC calendar event with a stable uid", () => {
    const attachment = bookingIcsAttachment(booking, "CONFIRMED", "customer");
    const ics = Buffer.from(attachment.content, "base64").toString("utf8");
    expect(attachment).toMatchObject({ filename: "booking.ics", type: "text/calendar" });
    expect(ics).toContain("DTSTART:20300314T150000Z");
    expect(ics).toContain("DTEND:20300314T170000Z");
    expect(ics).toContain("UID:booking-bk_1@hearth");
    expect(ics).toContain("STATUS:CONFIRMED");
    expect(ics).toContain("LOCATION:221B Baker Street");
    expect(ics).toMatch(/SUMMARY:Deep clean .* with Sparkle & Co/);
  });
});

describe("welcome email", () => {
  it("points providers at their dashboard and escapes the name", () => {
    const email = welcomeEmail({ name: "<Pat>", role: "PROVIDER" });
    expect(email.subject).toBe("Welcome to Hearth");
    expect(email.html).toContain("Welcome, &lt;Pat&gt;");
    expect(email.text).toContain(`Set up your services: ${new URL("/dashboard", appUrl)}`);
  });
});
