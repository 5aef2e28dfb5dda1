import type { Metadata } from "next";
import { getMyProfile } from "@/lib/providers/get-my-profile";
import { requirePageActor } from "@/components/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { ProfileForm } from "./_components/profile-form";
import { ProfileImages } from "./_components/profile-images";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const actor = await requirePageActor("/dashboard/profile");
  const { photo, gallery, id: _id, slug, timeZone: _timeZone, ...fields } = await getMyProfile({ actor });

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageHeader
        title="Your profile"
        description="What customers see on your public page and in search."
        actions={
          <>
            <ButtonLink href={`/providers/${slug}`} variant="secondary">
              View public page
            </ButtonLink>
            <ButtonLink href="/dashboard" variant="secondary">
              Overview
            </ButtonLink>
          </>
        }
      />
      <ProfileImages photo={photo} gallery={gallery} />
      <ProfileForm values={fields} />
    </div>
  );
}
