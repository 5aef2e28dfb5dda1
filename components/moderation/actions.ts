"use server";

import { z } from "zod";
import { authedAction } from "@/lib/core/action";
import { reportContent } from "@/lib/moderation/report-content";
import { ReportReason } from "@/lib/moderation/schemas";

// One action per kind: who may report differs by kind (lib/moderation/policies.ts), and the
// authorization matrix lists each with its own access. Shared by the conversation view, the bounty
// page and the provider page.
const ReportTarget = z.object({ targetId: z.string().min(1).max(64), reason: ReportReason });

export const reportMessageAction = authedAction(ReportTarget, async (input, { actor }) => reportContent({ ...input, kind: "MESSAGE", actor }));
export const reportBountyAction = authedAction(ReportTarget, async (input, { actor }) => reportContent({ ...input, kind: "BOUNTY", actor }));
export const reportProviderAction = authedAction(ReportTarget, async (input, { actor }) => reportContent({ ...input, kind: "PROVIDER_PROFILE", actor }));
