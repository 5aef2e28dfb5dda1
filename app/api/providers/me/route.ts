import { route } from "@/lib/core/http";
import { getMyProfile } from "@/lib/providers/get-my-profile";
import { UpdateProviderProfileInput } from "@/lib/providers/schemas";
import { updateProviderProfile } from "@/lib/providers/update-provider-profile";

/** The signed-in provider's editable profile. */
export const GET = route(async ({ requireActor }) => getMyProfile({ actor: requireActor() }));

/** Changes any of the profile's fields; the bio is stored as sanitized plain text. */
export const PATCH = route(async ({ requireActor, body }) => {
  const actor = requireActor();
  return updateProviderProfile({ ...(await body(UpdateProviderProfileInput)), actor });
});
