import { route } from "@/lib/core/http";
import { archiveService } from "@/lib/catalog/archive-service";

export const POST = route<{ id: string }>(async ({ requireActor, params }) => archiveService({ actor: requireActor(), serviceId: params.id }));
