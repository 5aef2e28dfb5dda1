import { assertSafeKey, fileUrlSigningSecret, getStorage, verifyFileSignature } from "@/lib/adapters/storage";
import { AppError, notFound } from "@/lib/core/errors";
import { route } from "@/lib/core/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function isSafeKey(key: string): boolean {
  try {
    assertSafeKey(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * GET /api/files/<key>?expires=&sig=: stored files, only through signed, expiring links (the
 * link is the permission: the app hands them only to whoever may see the file). Served with the
 * type recorded at upload (sniffed from the content), never sniffed by the browser.
 */
export const GET = route<{ key: string[] }>(async ({ params, searchParams }) => {
  const key = params.key.join("/");
  const { expires, sig } = searchParams;
  if (!isSafeKey(key) || !verifyFileSignature({ key, expires, sig, secret: fileUrlSigningSecret })) {
    throw new AppError("FORBIDDEN", "This link is invalid or has expired");
  }
  const object = await getStorage().get(key);
  if (!object) throw notFound("File");

  const fileName = key.split("/").pop()!;
  const inline = object.contentType.startsWith("image/");
  const secondsLeft = Math.max(0, Number(expires) - Math.floor(Date.now() / 1000));
  return new Response(new Uint8Array(object.body), {
    headers: {
      "content-type": object.contentType,
      "content-length": String(object.body.length),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename="${fileName}"`,
      "x-content-type-options": "nosniff",
      // A file opened directly must not run anything, whatever it turns out to contain.
      "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "cache-control": `private, max-age=${Math.min(secondsLeft, 3600)}`,
    },
  });
});
