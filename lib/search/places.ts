import { CITIES } from "./cities";

export interface PlaceRow {
  id: string;
  name: string;
  nameKey: string;
  region: string;
  country: string;
  postalCode: string | null;
  lat: number;
  lng: number;
}

/** Every city Hearth serves and its neighbourhoods (with their postcodes), as rows of the Place table. */
export function placeRows(): PlaceRow[] {
  return Object.values(CITIES).flatMap((city) => [
    { id: `city-${slug(city.city)}`, name: city.city, nameKey: city.city.toLowerCase(), region: city.region, country: city.country, postalCode: null, lat: city.lat, lng: city.lng },
    ...city.neighbourhoods.map((n) => ({
      id: `${slug(city.city)}-${slug(n.name)}`,
      name: n.name,
      nameKey: n.name.toLowerCase(),
      region: city.region,
      country: city.country,
      postalCode: n.postalCode,
      lat: n.lat,
      lng: n.lng,
    })),
  ]);
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
