import { readBodyWithin, readFileUpload } from "./read-upload";

const PHOTO = { maxFileBytes: 2 * 1024 * 1024, noun: "photo", plural: "Photos" };

function upload(bytes: Uint8Array<ArrayBuffer>, fileName = "a.png"): Request {
  const form = new FormData();
  form.append("file", new File([bytes], fileName));
  return new Request("http://localhost/upload", { method: "POST", body: form });
}

/** A body that arrives in chunks without a declared length, as a chunked upload would. */
function streamed(chunks: number, chunkBytes: number): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ === chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes));
    },
  });
  return new Request("http://localhost/upload", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readFileUpload", () => {
  it("returns the file's bytes and the name the browser sent", async () => {
    const { bytes, fileName } = await readFileUpload(upload(new Uint8Array([1, 2, 3]), "kitchen.png"), PHOTO);
    expect([...bytes]).toEqual([1, 2, 3]);
    expect(fileName).toBe("kitchen.png");
  });

  it("refuses a file over the limit with 413 in the user's terms", async () => {
    await expect(readFileUpload(upload(new Uint8Array(PHOTO.maxFileBytes + 64 * 1024 + 1)), PHOTO)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: "Photos are at most 2 MB",
    });
  });

  it("answers 415 for a body that is not multipart, and 422 with the field when no file is attached", async () => {
    const json = new Request("http://localhost/upload", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    await expect(readFileUpload(json, PHOTO)).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    const form = new FormData();
    form.append("other", "x");
    const empty = new Request("http://localhost/upload", { method: "POST", body: form });
    await expect(readFileUpload(empty, PHOTO)).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { fields: { file: ["Attach a photo"] } } });
  });
});

describe("readBodyWithin", () => {
  it("stops reading a streamed body once it passes the limit, declared length or not", async () => {
    await expect(readBodyWithin(streamed(10, 100), 950, "too big")).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: "too big" });
    expect((await readBodyWithin(streamed(10, 100), 1000, "too big")).byteLength).toBe(1000);
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const request = new Request("http://localhost/upload", { method: "POST", body: "x", headers: { "content-length": "5000" } });
    await expect(readBodyWithin(request, 1000, "too big")).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
});
