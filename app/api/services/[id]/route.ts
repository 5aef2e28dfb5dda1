import { route } from "@/lib/core/http";
import { getMyService } from "@/lib/catalog/get-my-service";
import { UpdateServiceBody } from "@/lib/catalog/schemas";
import { updateService } from "@/lib/catalog/update-service";

/** One of the signed-in provider's services; anyone else's is 404. */
export const GET = route<{ id: string }>(async ({ requireActor, params }) => getMyService({ actor: requireActor(), serviceId: params.id }));

/** Name, description, category, price, deposit, reschedule policy. Booking settings: the dashboard's settings form. */
export const PATCH = route<{ id: string }>(async ({ requireActor, params, body }) => {
  const actor = requireActor();
  return updateService({ ...(await body(UpdateServiceBody)), serviceId: params.id, actor });
});
