import { redirect } from "next/navigation";

/** Review moderation joined the one queue for every kind of reported content. */
export default async function AdminReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const status = (await searchParams).view === "hidden" ? "hidden" : "open";
  redirect(`/admin/moderation?kind=REVIEW&status=${status}`);
}
