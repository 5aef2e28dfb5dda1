import { route } from "@/lib/core/http";
import { refundPayment } from "@/lib/payments/refund-payment";
import { RefundPaymentInput } from "@/lib/payments/schemas";

/** Admins refund captured money: `{ amount? }` in minor units, everything left when omitted. */
export const POST = route<{ id: string }>(
  async ({ params, body, requireActor }) =>
    refundPayment({ ...(await body(RefundPaymentInput.omit({ paymentId: true }))), paymentId: params.id, actor: requireActor() }),
  { idempotency: "payments.refund" },
);
