/**
 * The stream frames every event as `{ type, id, data }`; a bounty event's data names its bounty.
 * A frame we cannot read counts as "maybe ours": one needless refresh beats a stale page.
 */
export function isAboutBounty(frame: string, bountyId: string): boolean {
  try {
    const parsed = JSON.parse(frame) as { bountyId?: unknown; data?: { bountyId?: unknown } | null };
    const id = parsed.data?.bountyId ?? parsed.bountyId;
    return typeof id !== "string" || id === bountyId;
  } catch {
    return true;
  }
}
