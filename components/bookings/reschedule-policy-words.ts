import type { ReschedulePolicy } from "@/lib/bookings/reschedule-policy";
import { formatHoursBefore } from "./policy-words";

/** "Free rescheduling up to 3 days before; 25% of the price after that; no changes in the last 24 h." */
export function describeReschedulePolicy(policy: ReschedulePolicy): string {
  const parts: string[] = [];
  const hasFee = policy.feePercent > 0 && policy.feeWithinHours > 0;
  if (hasFee) parts.push(`Free rescheduling up to ${formatHoursBefore(policy.feeWithinHours)} before`, `${policy.feePercent}% of the price to reschedule after that`);
  else parts.push("Free rescheduling");
  parts.push(policy.cutoffHours > 0 ? `no changes in the last ${formatHoursBefore(policy.cutoffHours)}` : "until the start");
  return `${parts.join("; ")}.`;
}
