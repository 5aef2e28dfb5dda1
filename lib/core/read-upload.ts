import { AppError } from "./errors";

/** Room for multipart boundaries and small text fields on top of the files themselves. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * The request body as bytes, refused with 413 as soon as it passes `maxBytes`, whether the size is
 * declared or only streamed: `request.formData()` alone would buffer a body of any size.
 */
export async function readBodyWithin(request: Request, maxBytes: number, tooLarge: string): Promise<Buffer> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

export interface MultipartLimits {
  /** The whole body, files and framing included. */
  maxBytes: number;
  /** The 413 message, in the user's terms ("Photos are at most 8 MB"). */
  tooLarge: string;
  /** What the form carries, for the 415 message ("the photo"). */
  what: string;
}

/** A multipart/form-data body read within its limit, then parsed. */
export async function readMultipartForm(request: Request, limits: MultipartLimits): Promise<FormData> {
  if (!isMultipart(request)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send ${limits.what} as multipart/form-data`);
  const bytes = await readBodyWithin(request, limits.maxBytes, limits.tooLarge);
  try {
    return await new Response(new Uint8Array(bytes), { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The upload could not be read");
  }
}

export interface UploadedFileBytes {
  bytes: Buffer;
  /** As the browser sent it: for display only, never trusted for the type (use cases sniff the bytes). */
  fileName: string;
}

/** The one `file` field of a single-file upload of at most `maxFileBytes`; `noun` names it in errors. */
export async function readFileUpload(request: Request, options: { maxFileBytes: number; noun: string; plural: string }): Promise<UploadedFileBytes> {
  const megabytes = Math.round(options.maxFileBytes / 1024 / 1024);
  const form = await readMultipartForm(request, {
    maxBytes: options.maxFileBytes + MULTIPART_OVERHEAD_BYTES,
    tooLarge: `${options.plural} are at most ${megabytes} MB`,
    what: `the ${options.noun} with a \`file\` field`,
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION_FAILED", `Attach ${article(options.noun)}`, { fields: { file: [`Attach ${article(options.noun)}`] } });
  return { bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name };
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);
