import type { Locale } from '../../blocks/locales.ts';
import type { EventView, PartnerView } from '../partners/partner-view.ts';

/**
 * schema.org JSON-LD for the pages. Only real types and properties are used (WebSite, WebPage,
 * GovernmentOrganization, City, GeoCoordinates, PostalAddress, Event, Place, BreadcrumbList, ListItem).
 */

type Json = { [key: string]: unknown };

export interface Publisher {
  name: string;
  url: string;
}

export function publisherJsonLd(publisher: Publisher): Json {
  return { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url };
}

export function websiteJsonLd(options: { name: string; url: string; locale: Locale; publisher: Publisher }): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: options.name,
    url: options.url,
    inLanguage: options.locale,
    publisher: publisherJsonLd(options.publisher),
  };
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** The partner town as a City, its ceremonies as Events, on the WebPage that describes it. */
export function partnerJsonLd(partner: PartnerView, options: { url: string; homeTown: string }): Json {
  const sameAs = [partner.website, partner.wikidata && `https://www.wikidata.org/wiki/${partner.wikidata}`].filter(
    (v): v is string => Boolean(v),
  );
  const city = {
    '@type': 'City',
    name: partner.name.text,
    ...(partner.ownName.text !== partner.name.text ? { alternateName: partner.ownName.text } : {}),
    address: { '@type': 'PostalAddress', addressCountry: partner.country.code },
    geo: {
      '@type': 'GeoCoordinates',
      latitude: partner.coordinates.latitude,
      longitude: partner.coordinates.longitude,
    },
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: options.url,
    name: partner.name.text,
    description: partner.description.text,
    inLanguage: partner.text.lang,
    about: city,
    // An Event needs a location with an address: one whose town the records do not give (unknown, or a
    // venue "elsewhere" named only in words) is left out rather than given a guessed place.
    mentions: partner.events.flatMap((event) => (event.town ? [eventJsonLd(event, event.town, partner, options)] : [])),
  };
}

function eventJsonLd(
  event: EventView,
  town: NonNullable<EventView['town']>,
  partner: PartnerView,
  options: { homeTown: string },
): Json {
  return {
    '@type': 'Event',
    name: `${event.title.text} — ${options.homeTown} / ${partner.name.text}`,
    startDate: event.date.iso,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: (event.place ?? [town.name]).map((p) => p.text).join(', '),
      address: { '@type': 'PostalAddress', addressLocality: town.name.text, addressCountry: town.country },
    },
  };
}

/** Serialises JSON-LD for a `<script>` element: `<` is escaped so no text can close the element. */
export function jsonLdScript(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
