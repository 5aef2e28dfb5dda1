import { z } from "zod";
import { parseInput } from "./validation";

const Message = z.object({ body: z.string(), tags: z.array(z.string()).optional(), meta: z.object({ note: z.string() }).optional() });

describe("parseInput", () => {
  it("returns the parsed value, or a 422 with the fields that failed", () => {
    expect(parseInput(Message, { body: "hi" })).toEqual({ body: "hi" });
    expect(() => parseInput(Message, { body: 3 })).toThrow(expect.objectContaining({ code: "VALIDATION_FAILED", details: { fields: { body: [expect.any(String)] } } }));
  });

  it("refuses a NUL character in any string, nested or not, naming where it is", () => {
    expect(() => parseInput(Message, { body: "a\0b", tags: ["ok", "x\0"], meta: { note: "\0" } })).toThrow(
      expect.objectContaining({
        code: "VALIDATION_FAILED",
        details: { fields: { body: ["Must not contain NUL characters"], "tags.1": ["Must not contain NUL characters"], "meta.note": ["Must not contain NUL characters"] } },
      }),
    );
    expect(() => parseInput(z.string(), "\0")).toThrow(expect.objectContaining({ details: { fields: { _: ["Must not contain NUL characters"] } } }));
  });
});
