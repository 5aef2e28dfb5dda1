import { randomUUID } from "node:crypto";
import { AppError, isAppError } from "@/lib/core/errors";
import { errorResponse } from "@/lib/core/http";
import { requestLogger } from "@/lib/core/logger";
import { handleStripeWebhook } from "@/lib/payments/webhooks/handle-stripe-webhook";

export const dynamic = "force-dynamic";

/** Stripe's events are a few KB; anything near this is not one of them. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Stripe's webhook endpoint. Not wrapped in route(): the signature covers the exact raw bytes, so
 * the body is read as text here and never re-serialized, and there is no cookie, session or
 * Origin to check — the signature is the authentication. 200 = processed (or already processed);
 * 400 = not from Stripe, nothing written; 500/503 = not processed, Stripe redelivers.
 */
export async function POST(request: Request): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  const log = requestLogger(requestId);
  try {
    if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Webhook body too large");
    const rawBody = await request.text();
    if (Buffer.byteLength(rawBody) > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Webhook body too large");
    const result = await handleStripeWebhook({ rawBody, signature: request.headers.get("stripe-signature"), log });
    return Response.json({ received: true, duplicate: result.duplicate }, { headers: { "x-request-id": requestId } });
  } catch (error) {
    if (isAppError(error)) {
      // A refused signature is someone else's problem; anything else means Stripe will redeliver and someone should look.
      if (error.code !== "BAD_REQUEST") log.error({ err: error }, "stripe webhook not processed");
      return errorResponse(error, requestId);
    }
    log.error({ err: error }, "stripe webhook failed; Stripe will redeliver");
    return errorResponse(new AppError("INTERNAL", "Webhook processing failed"), requestId);
  }
}
