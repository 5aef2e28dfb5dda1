import { db } from "@/lib/core/db";
import { createTestUser } from "@/lib/notifications/test-fixtures";
import { signUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { GET, POST } from "./route";

// No session is involved: mail clients POST without cookies (RFC 8058); the token is the credential.
jest.mock("@/lib/core/auth/session", () => ({ getCurrentActor: async () => null }));

setupTestDatabase();

const ctx = { params: Promise.resolve({}) };
const oneClick = (token: string) =>
  new Request(`http://localhost:3000/unsubscribe/one-click?token=${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });

const emailPreference = async (userId: string) =>
  (await db.notificationPreference.findUnique({ where: { userId_type: { userId, type: "review.reminder_due" } } }))?.email;

describe("POST /unsubscribe/one-click", () => {
  it("switches the email off, idempotently", async () => {
    const user = await createTestUser();
    const token = signUnsubscribeToken({ userId: user.id, type: "review.reminder_due" });
    const first = await POST(oneClick(token), ctx);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ type: "review.reminder_due", label: "Review reminders", changed: true });
    expect(await emailPreference(user.id)).toBe(false);
    const again = await POST(oneClick(token), ctx);
    expect(again.status).toBe(200);
    expect((await again.json()).changed).toBe(false);
  });

  it("answers 400 for a tampered token or one rewritten for another user, and changes nothing", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const token = signUnsubscribeToken({ userId: user.id, type: "review.reminder_due" });
    const [version, , sig] = token.split(".");
    const forOther = `${version}.${Buffer.from(`${other.id}\nreview.reminder_due`).toString("base64url")}.${sig}`;
    for (const bad of [forOther, `${token}x`, "garbage"]) {
      const response = await POST(oneClick(bad), ctx);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("BAD_REQUEST");
    }
    const missing = await POST(new Request("http://localhost:3000/unsubscribe/one-click", { method: "POST" }), ctx);
    expect(missing.status).toBe(422);
    expect(await emailPreference(user.id)).toBeUndefined();
    expect(await emailPreference(other.id)).toBeUndefined();
  });

  it("sends a GET to the page a person sees", async () => {
    const response = await GET(new Request("http://localhost:3000/unsubscribe/one-click?token=abc"), ctx);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/unsubscribe?token=abc");
  });
});
