import { randomBytes } from "node:crypto";
import { getStorage } from "../adapters/storage";
import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { sniffFileType } from "../messaging/sniff-file-type";
import { getDispute } from "./get-dispute";
import { assertOpen, loadDisputeFor } from "./policies";
import { noteResponse } from "./respond";
import { MAX_DISPUTE_EVIDENCE_BYTES } from "./schemas";

/** `../../Invoice (final).PDF` → `invoice-final.pdf`: no path, the sniffed extension. */
export function evidenceFileName(fileName: string, ext: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `${base || "evidence"}.${ext}`;
}

/**
 * A party or support attaches evidence (an image or a PDF, decided by the bytes, never the name or
 * the browser's type). It is stored under a random key and shown only through the dispute's DTO,
 * which only the parties and support can load.
 */
export async function uploadDisputeEvidence({ actor, disputeId, bytes, fileName, now = new Date() }: { actor: Actor; disputeId: string; bytes: Buffer; fileName: string; now?: Date }) {
  // Check access before storing anything, so a stranger cannot fill the bucket.
  const { dispute } = await loadDisputeFor(db, actor, disputeId);
  assertOpen(dispute);
  if (bytes.length === 0) throw new AppError("VALIDATION_FAILED", "The file is empty", { fields: { file: ["The file is empty"] } });
  if (bytes.length > MAX_DISPUTE_EVIDENCE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `Evidence files are at most ${MAX_DISPUTE_EVIDENCE_BYTES / 1024 / 1024} MB`);
  const sniffed = sniffFileType(bytes);
  if (!sniffed) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload a JPEG, PNG, WebP or GIF image, or a PDF");
  const name = evidenceFileName(fileName, sniffed.extension);
  const key = `disputes/${disputeId}/${randomBytes(12).toString("hex")}/${name}`;
  await getStorage().put({ key, body: bytes, contentType: sniffed.contentType });
  await transactional(async (tx) => {
    const { dispute: locked } = await loadDisputeFor(tx, actor, disputeId, { lock: true });
    assertOpen(locked);
    const evidence = await tx.disputeEvidence.create({
      data: { disputeId, uploadedById: actor.userId, storageKey: key, fileName: name, contentType: sniffed.contentType, sizeBytes: bytes.length, createdAt: now },
      select: { id: true },
    });
    await noteResponse(tx, locked, actor, now);
    await recordEvent(tx, { type: "dispute.evidence_added", actorId: actor.userId, entity: { type: "Dispute", id: disputeId }, data: { disputeId, evidenceId: evidence.id } });
  });
  return getDispute({ actor, disputeId });
}
