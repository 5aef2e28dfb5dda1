import { PageSkeleton } from "@/components/ui/skeleton";

export default function MessagesLoading() {
  return <PageSkeleton label="Loading your conversations…" variant="rows" width="max-w-3xl" />;
}
