import { escrowKeys } from "./escrow-keys";
import { processorFor } from "./get-payment-processor";
import { processorKeys } from "./keys";

export interface AuthorizationToRelease {
  id: string;
  processor: string;
  processorRef: string;
  /** A bounty's escrow is voided under the bounty's key, so every path to it is one processor call. */
  escrowBountyId?: string | null;
}

/**
 * The one processor call that gives an authorization back, under the payment's idempotency key.
 * Every void goes through it: voidPayment, a booking payment nobody will use, a reschedule fee that
 * did not commit. The callers differ only in when they mark the Payment, which is their race to win.
 */
export async function releaseAuthorization(payment: AuthorizationToRelease): Promise<void> {
  await processorFor(payment.processor).cancelAuthorization({
    ref: payment.processorRef,
    idempotencyKey: payment.escrowBountyId ? escrowKeys.void(payment.escrowBountyId) : processorKeys.cancel(payment.id),
  });
}
