import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import type { EmailTransport, OutgoingEmail } from "../adapters/email";
import { sendEmail } from "./send-email";
import { unique } from "./test-fixtures";

setupTestDatabase();

function fakeTransport(options: { fail?: boolean; delayMs?: number } = {}) {
  const sent: OutgoingEmail[] = [];
  const transport: EmailTransport = {
    name: "sendgrid",
    async send(message) {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (options.fail) throw new Error("provider unavailable");
      sent.push(message);
      return { providerMessageId: `msg-${sent.length}` };
    },
  };
  return { transport, sent };
}

const email = (dedupeKey: string) => ({
  to: "someone@example.test",
  subject: "Hello",
  text: "Hi",
  html: "<p>Hi</p>",
  template: "test",
  dedupeKey,
  attachments: [{ filename: "a.ics", type: "text/calendar", content: Buffer.from("BEGIN:VCALENDAR").toString("base64") }],
});

describe("sendEmail", () => {
  it("sends once per dedupe key and records the provider's message id", async () => {
    const key = unique("email");
    const { transport, sent } = fakeTransport();

    const first = await sendEmail({ ...email(key), transport });
    const second = await sendEmail({ ...email(key), transport });

    expect(first.sent).toBe(true);
    expect(second).toEqual({ emailId: first.emailId, sent: false });
    expect(sent).toHaveLength(1);
    const row = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: key } });
    expect(row).toMatchObject({ transport: "sendgrid", providerMessageId: "msg-1", template: "test", subject: "Hello" });
    expect(row.attachments).toEqual([expect.objectContaining({ filename: "a.ics", type: "text/calendar" })]);
  });

  it("records nothing when the provider fails, so a retry sends", async () => {
    const key = unique("email");
    const failing = fakeTransport({ fail: true });

    await expect(sendEmail({ ...email(key), transport: failing.transport })).rejects.toThrow("provider unavailable");
    expect(await db.emailMessage.findUnique({ where: { dedupeKey: key } })).toBeNull();

    const working = fakeTransport();
    expect((await sendEmail({ ...email(key), transport: working.transport })).sent).toBe(true);
    expect(working.sent).toHaveLength(1);
  });

  it("sends once when the same key is sent concurrently", async () => {
    const key = unique("email");
    const { transport, sent } = fakeTransport({ delayMs: 50 });

    const results = await Promise.all([1, 2, 3].map(() => sendEmail({ ...email(key), transport })));

    expect(sent).toHaveLength(1);
    expect(results.filter((r) => r.sent)).toHaveLength(1);
    expect(new Set(results.map((r) => r.emailId)).size).toBe(1);
    expect(await db.emailMessage.count({ where: { dedupeKey: key } })).toBe(1);
  });

  it("records dev-mailbox emails too: the table is the mailbox", async () => {
    const key = unique("email");
    const { emailId } = await sendEmail({ ...email(key), transport: { name: "dev-mailbox", send: async () => ({}) } });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: emailId! } })).toMatchObject({ transport: "dev-mailbox", providerMessageId: null });
  });
});
