import { route } from "@/lib/core/http";
import { getProvider } from "@/lib/providers/get-provider";

/** A live provider's public profile; a listing that is not live yet is 404 to everyone but its owner. */
export const GET = route<{ slug: string }>(async ({ params, actor }) => getProvider({ slug: params.slug, viewer: actor }));
