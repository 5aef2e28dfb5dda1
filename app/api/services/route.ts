import { respond, route } from "@/lib/core/http";
import { createService } from "@/lib/catalog/create-service";
import { listMyServices } from "@/lib/catalog/list-my-services";
import { CreateServiceInput } from "@/lib/catalog/schemas";

/** The signed-in provider's services, paused included; `?archived=1` adds the archived ones. */
export const GET = route(async ({ requireActor, searchParams }) => ({
  data: await listMyServices({ actor: requireActor(), includeArchived: searchParams.archived === "1" }),
}));

/** Adds a service (201); the category must be a leaf of the tree (GET /api/categories). */
export const POST = route(async ({ requireActor, body }) => {
  const actor = requireActor(); // 401 before 422: an anonymous caller learns nothing about the shape
  return respond(201, await createService({ ...(await body(CreateServiceInput)), actor }));
});
