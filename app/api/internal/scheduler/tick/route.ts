import { route } from "@/lib/core/http";
import { authorizeCron } from "@/lib/scheduler/authorize-cron";
import { runScheduledJobs } from "@/lib/scheduler/run-scheduled-jobs";

export const dynamic = "force-dynamic";

// Vercel Cron sends GET; the Kubernetes CronJob sends POST. Both carry the bearer secret.
const tick = route(async ({ request }) => {
  authorizeCron(request.headers.get("authorization"));
  return runScheduledJobs();
}, { globalLimit: false });

export { tick as GET, tick as POST };
