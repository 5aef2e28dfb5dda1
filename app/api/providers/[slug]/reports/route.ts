import { respond, route } from "@/lib/core/http";
import { reportProviderProfile } from "@/lib/moderation/report-content";
import { ReportBody } from "@/lib/moderation/schemas";

/** POST { reason }: 201 with { reportId, kind, targetId }. Anyone signed in but the owner; 409 if already reported. */
export const POST = route<{ slug: string }>(async ({ params, body, requireActor }) =>
  respond(201, await reportProviderProfile({ ...(await body(ReportBody)), slug: params.slug, actor: requireActor() })),
);
