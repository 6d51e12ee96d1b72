import { describe, expect, it } from 'vitest';
import { ambiguousPlace, contains, countryOfDemonym, isDemonym, lookupPlace, nearbyPlaces, overlap } from './gazetteer';
import { tagSentence } from './mentions';
import { findNames } from './names';

/** Whole names, their kinds, and what the gazetteer knows of places (issue 14, section 2). */

const names = (sentence: string) =>
  findNames(sentence, new Set()).map(
    (n) => `${n.kind}${n.orgType ? `/${n.orgType}` : ''}:${n.name}${n.title ? ` (${n.title})` : ''}`,
  );

describe('findNames', () => {
  it('never glues a conjunction or cuts a name before "of"', () => {
    expect(
      names(
        "While American Association of Retired Persons members protested, Italy's National Institute of Geophysics and Volcanology said so.",
      ),
    ).toEqual([
      'org/body:American Association of Retired Persons',
      'place:Italy',
      'org/institution:National Institute of Geophysics and Volcanology',
    ]);
  });

  it('keeps titles apart from the name, and initials and abbreviations inside it', () => {
    expect(
      names(
        'Republicans close to President George W. Bush met Foreign Secretary David Miliband in Washington D.C. today.',
      ),
    ).toEqual([
      'person:George W. Bush (President)',
      'person:David Miliband (Foreign Secretary)',
      'place:Washington D.C.',
    ]);
  });

  it('reads a number after a name as part of it, never as a count', () => {
    const mentions = tagSentence(
      { text: 'The Delta 4 rocket carried a payload for the US Department of Agriculture.', number: 1 },
      new Set(),
    );
    expect(mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['other:Delta 4', 'org:US Department of Agriculture']);
  });

  it('keeps two people joined by "of" apart ("Elizabeth Quat of DAB")', () => {
    expect(names('For the camp, Elizabeth Quat of DAB was elected with many votes.')).toEqual([
      'person:Elizabeth Quat',
      'org/body:DAB',
    ]);
  });

  it('does not take an adjective of a country or a job for a name', () => {
    expect(names('Kenyan officials met the Prime Minister on Friday.')).toEqual([]);
  });
});

describe('gazetteer', () => {
  it('knows the kind of a place and what contains what', () => {
    expect(lookupPlace('Christchurch')).toMatchObject({ kind: 'city', country: 'NZ' });
    expect(lookupPlace('New Zealand')).toMatchObject({ kind: 'country' });
    expect(lookupPlace('Tennessee')).toMatchObject({ kind: 'state', country: 'US' });
    expect(contains(lookupPlace('New Zealand')!, lookupPlace('Christchurch')!)).toBe(true);
    expect(contains(lookupPlace('Texas')!, lookupPlace('Dallas')!)).toBe(true);
    expect(contains(lookupPlace('Europe')!, lookupPlace('France')!)).toBe(true);
    expect(overlap(lookupPlace('China')!, lookupPlace('Beijing')!)).toBe(true);
    expect(overlap(lookupPlace('Canada')!, lookupPlace('Texas')!)).toBe(false);
  });

  it('offers nearby places of the same kind that never contain the key', () => {
    const christchurch = lookupPlace('Christchurch')!;
    const near = nearbyPlaces(christchurch, 5);
    expect(near.length).toBeGreaterThan(0);
    for (const place of near) {
      expect(place.kind).toBe('city');
      expect(place.country).toBe('NZ');
    }
    for (const country of nearbyPlaces(lookupPlace('Afghanistan')!, 6)) {
      expect(country.kind).toBe('country');
      expect(country.independent).not.toBe(false);
    }
  });

  it('knows demonyms, and names that are two kinds of place', () => {
    expect(isDemonym('Kenyan')).toBe(true);
    expect(isDemonym('Kenya')).toBe(false);
    expect(countryOfDemonym('Egyptian')?.name).toBe('Egypt');
    // A sovereign country keeps a demonym it shares with a territory.
    expect(countryOfDemonym('Indian')?.name).toBe('India');
    expect(countryOfDemonym('British')?.name).toBe('United Kingdom');
    expect(ambiguousPlace('Georgia')).toBe(true);
    expect(ambiguousPlace('Peru')).toBe(false);
    // Two-letter codes are words too: "TV" is no place.
    expect(lookupPlace('TV')).toBeNull();
  });
});
