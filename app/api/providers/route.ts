import { route } from "@/lib/core/http";
import { searchProviders } from "@/lib/providers/search-providers";

export const GET = route(async ({ searchParams }) => searchProviders(searchParams));
