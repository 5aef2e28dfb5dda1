import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { setServiceActive } from "./change-service-status";
import { ServiceIdInput } from "./schemas";

/** Takes bookings for a paused service again. */
export async function resumeService({ actor, ...input }: { actor: Actor; serviceId: string }) {
  const { serviceId } = parseInput(ServiceIdInput, input);
  return transactional((tx) => setServiceActive(tx, actor, serviceId, true));
}
