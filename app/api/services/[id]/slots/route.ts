import { route } from "@/lib/core/http";
import { getServiceSlots } from "@/lib/availability/get-service-slots";

export const GET = route<{ id: string }>(async ({ params, searchParams }) =>
  getServiceSlots({ serviceId: params.id, query: searchParams }),
);
