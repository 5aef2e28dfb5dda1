import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { setServiceActive } from "./change-service-status";
import { ServiceIdInput } from "./schemas";

/** Stops new bookings of a service; it stays in the owner's list and existing bookings stand. */
export async function pauseService({ actor, ...input }: { actor: Actor; serviceId: string }) {
  const { serviceId } = parseInput(ServiceIdInput, input);
  return transactional((tx) => setServiceActive(tx, actor, serviceId, false));
}
