import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { getCurrentActor } from "@/lib/core/auth/session";
import { cancellationPolicies } from "@/lib/bookings/cancellation-policy";
import { getProvider } from "@/lib/providers/get-provider";
import { listProviderBadges } from "@/lib/verification/list-provider-badges";
import { describePolicy } from "@/components/bookings/policy-words";
import { describeReschedulePolicy } from "@/components/bookings/reschedule-policy-words";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDuration } from "@/components/ui/format";
import { Money } from "@/components/ui/money";
import { Stars } from "@/components/ui/stars";
import { MessageProviderButton } from "@/components/messaging/message-provider-button";
import { ReportContentButton } from "@/components/moderation/report-content-button";
import { ProviderReviews } from "@/components/reviews/provider-reviews";
import { orNotFound } from "@/components/pages/or-not-found";
import { VerificationBadges } from "@/components/verification/verification-badges";

type Params = Promise<{ slug: string }>;

// Shared by generateMetadata and the page, so one request reads the profile once.
// The owner previews a listing that is not live yet; everyone else gets 404 until it is.
const loadProvider = cache(async (slug: string) => orNotFound(getProvider({ slug, viewer: await getCurrentActor() })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const provider = await loadProvider(slug);
  return { title: provider.businessName, description: provider.bio.slice(0, 160) };
}

export default async function ProviderPage({ params }: { params: Params }) {
  await connection();
  const { slug } = await params;
  const [provider, actor] = await Promise.all([loadProvider(slug), getCurrentActor()]);
  const badges = await listProviderBadges({ providerId: provider.id });
  // openInquiry refuses a provider messaging itself and admins starting inquiries: no button that can only fail.
  const canMessage = actor?.providerId !== provider.id && actor?.role !== "ADMIN";
  const location = [provider.city, provider.region, provider.country].filter(Boolean).join(", ");
  const { rating } = provider;

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      {provider.hiddenByModerator ? (
        <p className="mb-6 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900" data-testid="hidden-notice">
          Hidden by a moderator: this page is out of search and only its owner and admins can see it.
        </p>
      ) : !provider.listed ? (
        <p className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="preview-notice">
          Preview: only you can see this page. It goes live once your <a href="/dashboard" className="font-medium underline">checklist</a> is complete.
        </p>
      ) : null}
      <header className="flex flex-wrap items-start justify-between gap-6">
        {provider.photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- signed, expiring URLs of sized WebP variants: next/image would only re-encode them
          <img src={provider.photo.small} alt="" width={120} height={120} className="size-28 rounded-2xl object-cover" data-testid="provider-photo" />
        ) : null}
        <div className="max-w-3xl flex-1">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-3xl font-semibold tracking-tight">{provider.businessName}</h1>
            {/* A provider verified before badges existed (no document) keeps the plain badge. */}
            {provider.verified && badges.length === 0 ? <Badge tone="success">Verified provider</Badge> : null}
          </div>
          {badges.length ? (
            <div className="mt-2">
              <VerificationBadges badges={badges} />
            </div>
          ) : null}
          {provider.headline ? <p className="mt-1 text-lg text-stone-800" data-testid="provider-headline">{provider.headline}</p> : null}
          <p className="mt-1 text-stone-600">
            {location || "Location not listed"} · Works in {provider.timeZone}
            {provider.serviceRadiusKm ? ` · Travels up to ${provider.serviceRadiusKm} km` : ""}
            {provider.languages.length ? ` · Speaks ${provider.languages.map((code) => languageName(code)).join(", ")}` : ""}
          </p>
          {rating.average !== null ? (
            <p className="mt-3 flex items-center gap-2 text-sm">
              <Stars value={rating.average} />
              <span className="font-semibold">{rating.average.toFixed(1)}</span>
              <a href="#reviews" className="text-stone-600 underline-offset-2 hover:underline">
                {rating.count} {rating.count === 1 ? "review" : "reviews"}
              </a>
            </p>
          ) : (
            <p className="mt-3 text-sm text-stone-500">No reviews yet</p>
          )}
          {provider.bio ? <p className="mt-4 whitespace-pre-line text-stone-700">{provider.bio}</p> : null}
        </div>
        <div className="flex flex-col items-end gap-2">
          {canMessage ? <MessageProviderButton providerId={provider.id} providerSlug={provider.slug} /> : null}
          {/* Signed-in visitors other than the owner may report the profile (lib/moderation). */}
          {actor && actor.providerId !== provider.id && !provider.hiddenByModerator ? <ReportContentButton kind="PROVIDER_PROFILE" targetId={provider.id} /> : null}
        </div>
      </header>

      {provider.gallery.length ? (
        <ul aria-label="Gallery" className="mt-8 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {provider.gallery.map((image) => (
            <li key={image.key}>
              <a href={image.large}>
                {/* eslint-disable-next-line @next/next/no-img-element -- signed, expiring URLs of sized WebP variants: next/image would only re-encode them */}
                <img src={image.small} alt="" className="aspect-square w-full rounded-xl object-cover" loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="mt-10 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="services-heading">
          <h2 id="services-heading" className="text-xl font-semibold">
            Services
          </h2>
          {provider.services.length === 0 ? (
            <p className="mt-4 text-stone-600">This provider has no bookable services right now.</p>
          ) : (
            <ul className="mt-4 space-y-4">
              {provider.services.map((service) => (
                <li key={service.id}>
                  <Card className="p-5" data-testid="service" data-service-id={service.id}>
                    <div className="flex flex-wrap items-start justify-between gap-4">
                      <div className="min-w-0 flex-1">
                        <h3 className="text-lg font-semibold text-stone-900">{service.name}</h3>
                        <p className="mt-1 text-sm text-stone-500">
                          {formatDuration(service.durationMin)} · {service.category.name}
                        </p>
                        {service.description ? <p className="mt-2 text-sm text-stone-700">{service.description}</p> : null}
                        <div className="mt-3 flex flex-wrap gap-2">
                          <Badge tone={service.bookingMode === "INSTANT" ? "brand" : "neutral"}>
                            {service.bookingMode === "INSTANT" ? "Instant booking" : "Provider confirms requests"}
                          </Badge>
                        </div>
                        <p className="mt-2 text-xs text-stone-500" data-testid="service-policy">
                          {capitalize(describePolicy(cancellationPolicies[service.cancellationPolicy]))}
                        </p>
                        {service.rescheduleCutoffHours || service.rescheduleFeePercent ? (
                          <p className="mt-1 text-xs text-stone-500" data-testid="service-reschedule-policy">
                            {describeReschedulePolicy({ cutoffHours: service.rescheduleCutoffHours, feeWithinHours: service.rescheduleFeeWithinHours, feePercent: service.rescheduleFeePercent })}
                          </p>
                        ) : null}
                        {service.depositAmount ? (
                          <p className="mt-1 text-xs text-stone-500" data-testid="service-deposit">
                            Deposit <Money amount={service.depositAmount} currency={service.currency} />: not refunded if you cancel once the booking is confirmed. Your card is authorized for the full price and charged when the job is done.
                          </p>
                        ) : null}
                      </div>
                      <div className="flex flex-col items-end gap-3">
                        <Money className="text-xl font-semibold text-stone-900" amount={service.priceAmount} currency={service.currency} />
                        <ButtonLink href={`/providers/${provider.slug}/book/${service.id}`} aria-label={`Book ${service.name}`}>
                          Book
                        </ButtonLink>
                      </div>
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>

        <aside aria-labelledby="rating-heading" className="space-y-4">
          <Card className="p-5">
            <h2 id="rating-heading" className="font-semibold">
              Ratings
            </h2>
            {rating.count === 0 ? (
              <p className="mt-2 text-sm text-stone-600">Be the first to book and review.</p>
            ) : (
              <>
                <p className="mt-2 flex items-baseline gap-2">
                  <span className="text-3xl font-bold">{rating.average?.toFixed(1)}</span>
                  <span className="text-sm text-stone-500">out of 5 · {rating.count} ratings</span>
                </p>
                <dl className="mt-4 space-y-1.5" data-testid="rating-distribution">
                  {([5, 4, 3, 2, 1] as const).map((stars) => {
                    const n = rating.distribution[stars];
                    const pct = rating.count ? Math.round((n / rating.count) * 100) : 0;
                    return (
                      <div key={stars} className="flex items-center gap-2 text-sm">
                        <dt className="w-12 text-stone-600">{stars} star</dt>
                        <dd className="flex flex-1 items-center gap-2">
                          <span className="h-2 flex-1 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
                            <span className="block h-full rounded-full bg-amber-400" style={{ width: `${pct}%` }} />
                          </span>
                          <span className="w-10 text-right text-stone-600">
                            {n}
                            <span className="sr-only"> ratings ({pct}%)</span>
                          </span>
                        </dd>
                      </div>
                    );
                  })}
                </dl>
              </>
            )}
          </Card>
          {provider.providerCancellations > 0 ? (
            <p className="px-1 text-xs text-stone-500">
              This provider has cancelled {provider.providerCancellations} {provider.providerCancellations === 1 ? "booking" : "bookings"}.
            </p>
          ) : null}
        </aside>
      </div>

      <ProviderReviews slug={provider.slug} businessName={provider.businessName} />
    </div>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "es" → "Spanish", in English; an unknown code is shown as it is. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
