/**
 * What the customer has paid and not had back for a booking's payment, in minor units: the most a
 * dispute can refund. A Payment's refundedAmount also counts an uncaptured remainder that was
 * released (amount − captured), which never left the customer's card. An authorization that is
 * still to be captured counts in full (the capture follows the booking's completion).
 */
export function netPaid(payment: { status: string; amount: number; capturedAmount: number; refundedAmount: number } | null): number {
  if (!payment) return 0;
  if (payment.status === "AUTHORIZED") return payment.amount;
  if (payment.status !== "CAPTURED" && payment.status !== "PARTIALLY_REFUNDED") return 0;
  const refundedOfCaptured = payment.refundedAmount - (payment.amount - payment.capturedAmount);
  return Math.max(0, payment.capturedAmount - refundedOfCaptured);
}
