import { route } from "@/lib/core/http";
import { resumeService } from "@/lib/catalog/resume-service";

export const POST = route<{ id: string }>(async ({ requireActor, params }) => resumeService({ actor: requireActor(), serviceId: params.id }));
