import { MailService } from "@sendgrid/mail";
import { createSendgridTransport } from "./sendgrid";

// The client is stubbed at its send(): these tests check what we hand SendGrid, never the network.
describe("the SendGrid transport", () => {
  afterEach(() => jest.restoreAllMocks());

  const message = { to: "someone@example.test", subject: "S", text: "T", html: "<p>H</p>" };

  it("passes extra headers (List-Unsubscribe) through and returns the message id", async () => {
    const send = jest.spyOn(MailService.prototype, "send").mockResolvedValue([{ statusCode: 202, headers: { "x-message-id": "sg-1" }, body: {} }, {}] as never);
    const transport = createSendgridTransport({ apiKey: "SG.test", from: "Hearth <no-reply@hearth.test>" });
    const headers = { "List-Unsubscribe": "<https://hearth.test/unsubscribe/one-click?token=t>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
    await expect(transport.send({ ...message, headers })).resolves.toEqual({ providerMessageId: "sg-1" });
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ to: message.to, from: "Hearth <no-reply@hearth.test>", headers }));
  });

  it("sends no headers field when there are none", async () => {
    const send = jest.spyOn(MailService.prototype, "send").mockResolvedValue([{ statusCode: 202, headers: {}, body: {} }, {}] as never);
    await createSendgridTransport({ apiKey: "SG.test", from: "a@hearth.test" }).send(message);
    expect(send.mock.calls[0][0]).not.toHaveProperty("headers");
  });
});
