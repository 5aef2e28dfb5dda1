import Link from "next/link";
import { connection } from "next/server";
import { listCategories } from "@/lib/catalog/list-categories";
import { listProviderCities } from "@/lib/providers/list-provider-cities";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";

export default async function HomePage() {
  await connection();
  const [categories, cities] = await Promise.all([listCategories(), listProviderCities()]);

  return (
    <>
      <section className="border-b border-stone-200 bg-gradient-to-b from-brand-50 to-stone-50">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Local services, booked in minutes</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-stone-900 sm:text-5xl">
            Find a trusted pro for your home, and book a time that suits you.
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-stone-600">
            Cleaners, plumbers, electricians, tutors and more. See real prices, real availability and what other customers thought.
          </p>

          <form action="/providers" method="get" role="search" aria-label="Search providers" className="mt-8 flex max-w-3xl flex-col gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm sm:flex-row">
            <label htmlFor="home-q" className="sr-only">
              What do you need?
            </label>
            <Input id="home-q" name="q" type="search" placeholder="What do you need? e.g. deep clean, leak repair" className="sm:flex-1" />
            <label htmlFor="home-city" className="sr-only">
              City
            </label>
            <NativeSelect id="home-city" name="city" defaultValue="" className="sm:w-48">
              <option value="">Any city</option>
              {cities.map((city) => (
                <option key={city} value={city}>
                  {city}
                </option>
              ))}
            </NativeSelect>
            <Button type="submit" size="md">
              Search
            </Button>
          </form>
          <p className="mt-4 text-sm text-stone-600">
            Have a job with no obvious pro? <Link href="/bounties/new" className="font-medium text-brand-700 hover:underline">Post a job</Link> and let local pros make offers.
          </p>
        </div>
      </section>

      <section className="mx-auto max-w-6xl px-4 py-12 sm:px-6" aria-labelledby="categories-heading">
        <div className="flex items-end justify-between gap-4">
          <h2 id="categories-heading" className="text-2xl font-semibold tracking-tight">
            Browse by category
          </h2>
          <Link href="/providers" className="text-sm font-medium text-brand-700 hover:underline">
            See all providers →
          </Link>
        </div>
        {categories.length === 0 ? (
          <p className="mt-6 text-stone-600">No categories yet.</p>
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {categories.map((category) => (
              <li key={category.id} className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm transition hover:border-brand-300 hover:shadow">
                <Link href={`/providers?category=${encodeURIComponent(category.slug)}`} className="text-lg font-semibold text-stone-900 hover:text-brand-700" data-testid="category-link">
                  {category.name}
                </Link>
                {category.children.length ? (
                  <ul className="mt-3 flex flex-wrap gap-2">
                    {category.children.map((child) => (
                      <li key={child.id}>
                        <Link
                          href={`/providers?category=${encodeURIComponent(child.slug)}`}
                          className="inline-block rounded-full bg-stone-100 px-3 py-1 text-sm text-stone-700 hover:bg-brand-50 hover:text-brand-800"
                        >
                          {child.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="border-t border-stone-200 bg-white">
        <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 sm:grid-cols-3 sm:px-6">
          {[
            ["Clear prices", "Every service shows its price and duration up front, before you book."],
            ["Real availability", "Pick an open slot from the provider's calendar, shown in your own time zone."],
            ["Honest reviews", "Ratings come from customers after their bookings, and providers can reply."],
          ].map(([title, text]) => (
            <div key={title}>
              <h3 className="font-semibold text-stone-900">{title}</h3>
              <p className="mt-1 text-sm text-stone-600">{text}</p>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
