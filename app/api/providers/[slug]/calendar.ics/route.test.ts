import { rotateCalendarToken } from "@/lib/calendar/rotate-calendar-token";
import { makeBooking, makeCustomer, makeProvider } from "@/lib/testing/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { GET } from "./route";

setupTestDatabase();

function get(providerId: string, query: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/providers/${providerId}/calendar.ics${query}`, { headers });
  return GET(request, { params: Promise.resolve({ slug: providerId }) });
}

async function providerFeed() {
  const provider = await makeProvider();
  const customer = await makeCustomer();
  const booking = await makeBooking({ serviceId: provider.services[0].id, customerId: customer.id, startsAt: new Date(Date.now() + 7 * 86_400_000) });
  const link = await rotateCalendarToken({ actor: { userId: provider.userId, role: "PROVIDER", isSuperAdmin: false, providerId: provider.id } });
  return { provider, booking, token: new URL(link.url).searchParams.get("token")! };
}

describe("GET /api/providers/{id}/calendar.ics", () => {
  it("serves the feed without a session, privately cacheable, with a working ETag", async () => {
    const { provider, booking, token } = await providerFeed();
    const response = await get(provider.id, `?token=${encodeURIComponent(token)}`);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const body = await response.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain(`UID:booking-${booking.id}@hearth`);

    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const revalidated = await get(provider.id, `?token=${encodeURIComponent(token)}`, { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });

  it.each([
    ["a wrong token", (token: string) => `?token=${token.slice(0, -1)}z`],
    ["no token", () => ""],
  ])("answers 404 in the error shape for %s", async (_name, query) => {
    const { provider, token } = await providerFeed();
    const response = await get(provider.id, query(token));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Calendar not found" } });
  });

  it("answers the same 404 for an unknown provider", async () => {
    const { token } = await providerFeed();
    const response = await get("no-such-provider", `?token=${token}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Calendar not found" } });
  });
});
