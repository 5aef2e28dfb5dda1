import { respond, route } from "@/lib/core/http";
import { removeProfileImage } from "@/lib/providers/remove-profile-image";
import { uploadProfileImage } from "@/lib/providers/upload-profile-image";
import { readFileUpload } from "@/lib/core/read-upload";
import { PROFILE_IMAGE_UPLOAD } from "@/lib/providers/schemas";

/** POST multipart/form-data with one `file` → 201, the profile with the new photo (replaces the old one). */
export const POST = route(async ({ request, requireActor }) => {
  const actor = requireActor();
  return respond(201, await uploadProfileImage({ actor, kind: "photo", bytes: (await readFileUpload(request, PROFILE_IMAGE_UPLOAD)).bytes }));
});

export const DELETE = route(async ({ requireActor }) => removeProfileImage({ actor: requireActor(), kind: "photo" }));
