import { route } from "@/lib/core/http";
import { searchProviders } from "@/lib/search/search-providers";

export const GET = route(async ({ searchParams }) => searchProviders(searchParams));
