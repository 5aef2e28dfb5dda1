import { sniffFileType } from "./sniff-file-type";
import { TINY_PNG } from "./testing/files";

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((v) => (typeof v === "string" ? Buffer.from(v, "latin1") : Buffer.from([v]))));

describe("sniffFileType", () => {
  it.each([
    ["a real PNG", TINY_PNG, "image/png", "png"],
    ["a JPEG (JFIF)", bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, "JFIF"), "image/jpeg", "jpg"],
    ["a JPEG (Exif)", bytes(0xff, 0xd8, 0xff, 0xe1, "Exif"), "image/jpeg", "jpg"],
    ["a GIF89a", bytes("GIF89a", 0x01, 0x00), "image/gif", "gif"],
    ["a GIF87a", bytes("GIF87a", 0x01, 0x00), "image/gif", "gif"],
    ["a WebP", bytes("RIFF", 0x24, 0x00, 0x00, 0x00, "WEBPVP8 "), "image/webp", "webp"],
    ["a PDF", bytes("%PDF-1.7\n%âãÏÓ\n"), "application/pdf", "pdf"],
  ])("recognises %s", (_name, content, contentType, extension) => {
    expect(sniffFileType(content)).toMatchObject({ contentType, extension });
  });

  it.each([
    ["plain text", bytes("hello, this is not an image")],
    ["HTML", bytes("<!doctype html><script>alert(1)</script>")],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", 0x24, 0x00, 0x00, 0x00, "WAVEfmt ")],
    ["a truncated PNG signature", TINY_PNG.subarray(0, 7)],
    ["a PDF marker that is not at the start", bytes(" %PDF-1.7")],
    ["a ZIP (docx)", bytes("PK", 0x03, 0x04)],
    ["nothing", bytes()],
  ])("refuses %s", (_name, content) => {
    expect(sniffFileType(content)).toBeNull();
  });
});
