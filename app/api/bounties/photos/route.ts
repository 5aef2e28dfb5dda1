import { route, respond } from "@/lib/core/http";
import { readFileUpload } from "@/lib/core/read-upload";
import { uploadBountyPhoto } from "@/lib/bounties/upload-bounty-photo";
import { MAX_BOUNTY_PHOTO_BYTES } from "@/lib/bounties/schemas";

/**
 * POST multipart/form-data with one `file` → 201 { key, url }. The key goes into postBounty's
 * photoKeys or submitWork's photoKeys (the uploader's own only); the url is signed for an hour.
 */
export const POST = route(async ({ request, requireActor }) => {
  const actor = requireActor();
  const { bytes, fileName } = await readFileUpload(request, { maxFileBytes: MAX_BOUNTY_PHOTO_BYTES, noun: "photo", plural: "Photos" });
  return respond(201, await uploadBountyPhoto({ actor, bytes, fileName }));
});
