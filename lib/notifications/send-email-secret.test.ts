import { db } from "../core/db";
import { setupTestDatabase } from "../testing/test-database";
import type { EmailTransport, OutgoingEmail } from "../adapters/email";
import { sendEmail } from "./send-email";
import { unique } from "./test-fixtures";

setupTestDatabase();

function capturing(name: EmailTransport["name"]) {
  const sent: OutgoingEmail[] = [];
  const transport: EmailTransport = { name, send: async (message) => (sent.push(message), {}) };
  return { transport, sent };
}

const TOKEN = "Zm9vYmFyLXJlc2V0LXRva2VuLTMyLWJ5dGVzLXJhbmRvbQ";
const resetEmail = (dedupeKey: string) => ({
  to: "someone@example.test",
  subject: "Reset your password",
  text: `Open http://localhost/reset-password?token=${TOKEN} within the hour.`,
  html: `<a href="http://localhost/reset-password?token=${TOKEN}">Reset</a>`,
  template: "password-reset",
  preferenceType: null,
  dedupeKey,
  secret: TOKEN,
});

const stored = (id: string) => db.emailMessage.findUniqueOrThrow({ where: { id }, select: { text: true, html: true } });

describe("an email that carries a credential", () => {
  it("reaches the recipient whole, while the stored copy has the credential redacted", async () => {
    const { transport, sent } = capturing("sendgrid");
    const { emailId } = await sendEmail({ ...resetEmail(unique("reset")), transport });
    expect(sent[0].text).toContain(TOKEN);
    expect(sent[0].html).toContain(TOKEN);
    const row = await stored(emailId!);
    expect(`${row.text}${row.html}`).not.toContain(TOKEN);
    expect(row.text).toContain("token=[redacted]");
  });

  it("stays whole in the dev mailbox, which is the recipient's inbox on a developer's machine", async () => {
    const { transport } = capturing("dev-mailbox");
    const { emailId } = await sendEmail({ ...resetEmail(unique("reset")), transport });
    expect((await stored(emailId!)).text).toContain(TOKEN);
  });
});
