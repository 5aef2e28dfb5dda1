import { z } from "zod";
import { respond, route } from "@/lib/core/http";
import { removeProfileImage } from "@/lib/providers/remove-profile-image";
import { uploadProfileImage } from "@/lib/providers/upload-profile-image";
import { readFileUpload } from "@/lib/core/read-upload";
import { PROFILE_IMAGE_UPLOAD } from "@/lib/providers/schemas";

/** POST multipart/form-data with one `file` → 201, the profile with the image added to the gallery. */
export const POST = route(async ({ request, requireActor }) => {
  const actor = requireActor();
  return respond(201, await uploadProfileImage({ actor, kind: "gallery", bytes: (await readFileUpload(request, PROFILE_IMAGE_UPLOAD)).bytes }));
});

/** DELETE with `{ "key": "<gallery image key>" }`. */
export const DELETE = route(async ({ requireActor, body }) => {
  const actor = requireActor();
  const { key } = await body(z.object({ key: z.string().min(1).max(200) }));
  return removeProfileImage({ actor, kind: "gallery", key });
});
