import { route } from "@/lib/core/http";
import { getMe } from "@/lib/users/get-me";

export const GET = route(async ({ requireActor }) => getMe({ actor: requireActor() }));
