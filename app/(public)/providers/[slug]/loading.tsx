import { PageSkeleton } from "@/components/ui/skeleton";

export default function ProviderLoading() {
  return <PageSkeleton label="Loading the provider…" variant="detail" width="max-w-6xl" />;
}
