import { DateTime } from "luxon";
import type { Actor } from "@/lib/core/auth/actor";
import { makeCategoryTree, makeCustomer, makeProvider } from "@/lib/testing/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { GET, POST } from "./route";
import { DELETE } from "./[id]/route";

// The session comes from next-auth cookies in production; here the test decides who is signed in.
let mockActor: Actor | null = null;
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => mockActor }));

setupTestDatabase();

const origin = "http://localhost:3000";
const headers = { cookie: "next-auth.session-token=test", origin, "content-type": "application/json" };
const join = (body: unknown) => POST(new Request(`${origin}/api/waitlist`, { method: "POST", body: JSON.stringify(body), headers }), { params: Promise.resolve({}) });

describe("/api/waitlist", () => {
  it("joins, lists and leaves, answering errors as { error: { code, message, details } } with their 4xx", async () => {
    await makeCategoryTree();
    const provider = await makeProvider({ timeZone: "America/New_York" });
    const serviceId = provider.services[0].id;
    const customer = await makeCustomer();
    const date = DateTime.now().setZone("America/New_York").plus({ days: 3 }).toISODate()!;

    mockActor = null;
    expect((await join({ serviceId, date })).status).toBe(401);

    mockActor = { userId: customer.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
    const invalid = await join({ serviceId, date, startTime: "12:00", endTime: "10:00" });
    expect(invalid.status).toBe(422);
    const { error } = (await invalid.json()) as { error: { code: string; message: string; details: { fields: Record<string, string[]> } } };
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.fields.endTime).toEqual(["Must be after the start time"]);

    const created = await join({ serviceId, date, startTime: "09:00", endTime: "12:00" });
    expect(created.status).toBe(200);
    const entry = (await created.json()) as { id: string };
    expect((await join({ serviceId, date })).status).toBe(409);

    const listed = (await (await GET(new Request(`${origin}/api/waitlist`, { headers }), { params: Promise.resolve({}) })).json()) as { data: { id: string }[] };
    expect(listed.data.map((e) => e.id)).toEqual([entry.id]);

    const left = await DELETE(new Request(`${origin}/api/waitlist/${entry.id}`, { method: "DELETE", headers }), { params: Promise.resolve({ id: entry.id }) });
    expect(left.status).toBe(200);
    const again = await DELETE(new Request(`${origin}/api/waitlist/${entry.id}`, { method: "DELETE", headers }), { params: Promise.resolve({ id: entry.id }) });
    expect(again.status).toBe(409);

    mockActor = { userId: provider.userId, role: "PROVIDER", isSuperAdmin: false, providerId: provider.id };
    expect((await join({ serviceId, date })).status).toBe(403);
  });
});
