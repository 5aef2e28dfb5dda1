import { documentFileName, sniffVerificationDocument } from "./sniff-document";
import { MAX_VERIFICATION_DOCUMENT_BYTES } from "./schemas";
import { GIF, JPEG, PDF, PNG } from "./test-helpers";

const codeOf = (run: () => unknown) => {
  try {
    run();
    return "OK";
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe("sniffVerificationDocument", () => {
  it("accepts PDF, JPEG and PNG by their bytes", () => {
    expect(sniffVerificationDocument(PDF).contentType).toBe("application/pdf");
    expect(sniffVerificationDocument(JPEG).contentType).toBe("image/jpeg");
    expect(sniffVerificationDocument(PNG).contentType).toBe("image/png");
  });

  it("refuses garbage, other image types, empty and oversized files", () => {
    expect(codeOf(() => sniffVerificationDocument(Buffer.from("not a pdf at all, just text")))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(codeOf(() => sniffVerificationDocument(Buffer.from("<html><script>alert(1)</script>")))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(codeOf(() => sniffVerificationDocument(GIF))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(codeOf(() => sniffVerificationDocument(Buffer.alloc(0)))).toBe("VALIDATION_FAILED");
    const huge = Buffer.concat([PDF, Buffer.alloc(MAX_VERIFICATION_DOCUMENT_BYTES)]);
    expect(codeOf(() => sniffVerificationDocument(huge))).toBe("PAYLOAD_TOO_LARGE");
    expect(codeOf(() => sniffVerificationDocument(Buffer.concat([PDF, Buffer.alloc(MAX_VERIFICATION_DOCUMENT_BYTES - PDF.length)])))).toBe("OK");
  });
});

describe("documentFileName", () => {
  it("drops the path and the claimed extension, keeping the sniffed one", () => {
    expect(documentFileName("../../My Licence (2026).PDF", "pdf")).toBe("my-licence-2026.pdf");
    expect(documentFileName("licence.pdf", "png")).toBe("licence.png");
    expect(documentFileName("...", "jpg")).toBe("document.jpg");
  });
});
