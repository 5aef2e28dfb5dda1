import { route, respond } from "@/lib/core/http";
import { confirmPayment } from "@/lib/bookings/confirm-payment";
import { requestLimits } from "@/lib/adapters/request-limits";

/**
 * After the authentication step: 200 with the booking, 202 `{ payment }` while still waiting,
 * 402 if the step failed (no booking), 409 if the time was taken meanwhile (authorization released).
 */
export const POST = route<{ id: string }>(
  async ({ params, requireActor }) => {
    const result = await confirmPayment({ actor: requireActor(), paymentId: params.id });
    return result.booking ? respond(200, result.booking) : respond(202, { payment: result.payment });
  },
  { idempotency: "payments.confirm", limits: [requestLimits.payments] },
);
