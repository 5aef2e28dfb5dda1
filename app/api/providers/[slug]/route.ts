import { route } from "@/lib/core/http";
import { getProvider } from "@/lib/providers/get-provider";

export const GET = route<{ slug: string }>(async ({ params }) => getProvider({ slug: params.slug }));
