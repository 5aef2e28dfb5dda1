import { AppError } from "../../core/errors";

const SAFE_KEY = /^[a-zA-Z0-9/_.-]+$/;

/**
 * Keys become file paths (local disk) and URL paths (signed links), so anything that could
 * escape the upload root or change meaning in a URL is refused, even though keys are generated.
 */
export function assertSafeKey(key: string): void {
  const segments = key.split("/");
  const ok =
    key.length > 0 &&
    key.length <= 512 &&
    SAFE_KEY.test(key) &&
    !key.includes("..") &&
    segments.every((s) => s.length > 0 && s !== ".");
  if (!ok) throw new AppError("BAD_REQUEST", "Invalid storage key", { key });
}
