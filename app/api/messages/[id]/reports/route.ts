import { respond, route } from "@/lib/core/http";
import { reportContent } from "@/lib/moderation/report-content";
import { ReportBody } from "@/lib/moderation/schemas";

/** POST { reason }: 201 with { reportId, kind, targetId }. A participant who did not send it; 409 if already reported. */
export const POST = route<{ id: string }>(async ({ params, body, requireActor }) =>
  respond(201, await reportContent({ ...(await body(ReportBody)), kind: "MESSAGE", targetId: params.id, actor: requireActor() })),
);
