import { route } from "@/lib/core/http";
import { listModerationQueue } from "@/lib/moderation/list-moderation-queue";
import { moderateContent } from "@/lib/moderation/moderate-content";
import { ModerateContentInput } from "@/lib/moderation/schemas";

/** GET ?kind=&status=open|hidden|dismissed&page= → { data, page, hasNext }: the one moderation queue. Admins only. */
export const GET = route(async ({ searchParams, requireActor }) => listModerationQueue({ ...searchParams, actor: requireActor() }));

/** POST { kind, targetId, action: "HIDE" | "RESTORE" | "DISMISS", note? }: an admin's decision. */
export const POST = route(async ({ body, requireActor }) => moderateContent({ ...(await body(ModerateContentInput)), actor: requireActor() }));
