import { route } from "@/lib/core/http";
import { pauseService } from "@/lib/catalog/pause-service";

export const POST = route<{ id: string }>(async ({ requireActor, params }) => pauseService({ actor: requireActor(), serviceId: params.id }));
