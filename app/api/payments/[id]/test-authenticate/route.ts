import { route } from "@/lib/core/http";
import { TestAuthenticationInput } from "@/lib/payments/schemas";
import { testAuthenticatePayment } from "@/lib/payments/test-authenticate-payment";
import { requestLimits } from "@/lib/adapters/request-limits";

/** Test mode only: `{ approve: true | false }` plays the bank's authentication page; then confirm. */
export const POST = route<{ id: string }>(async ({ params, body, requireActor }) =>
  testAuthenticatePayment({ ...(await body(TestAuthenticationInput.omit({ paymentId: true }))), paymentId: params.id, actor: requireActor() }),
  { limits: [requestLimits.payments] },
);
