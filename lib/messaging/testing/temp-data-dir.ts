import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Import FIRST in a test file that stores uploads: points DATA_DIR (read once, by lib/core/env) at a
 * throwaway directory, so tests never write into the repository's .data.
 */
export const tempDataDir = mkdtempSync(path.join(os.tmpdir(), "hearth-msg-test-"));
process.env.DATA_DIR = tempDataDir;
