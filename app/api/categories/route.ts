import { route } from "@/lib/core/http";
import { listCategories } from "@/lib/catalog/list-categories";

export const GET = route(async () => ({ data: await listCategories() }));
