import { db } from "../core/db";
import { AppError } from "../core/errors";

/** A place name ("Williamsburg") or postcode ("11211") from the Place table: Hearth needs no geocoder. */
export async function findPlace(near: string) {
  const key = near.trim().toLowerCase();
  const place = await db.place.findFirst({
    where: { OR: [{ postalCode: near.trim().toUpperCase() }, { nameKey: key }] },
    select: { name: true, region: true, lat: true, lng: true },
    orderBy: { id: "asc" },
  });
  if (!place) throw new AppError("BAD_REQUEST", "Some query parameters are invalid", { fields: { near: [`We don't know a place called “${near.trim()}”. Try a city, neighbourhood or postcode.`] } });
  return place;
}
