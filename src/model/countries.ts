import { isoNumeric, isCountryCode } from '../blocks/iso-countries.ts';

/**
 * The countries a partner can be in: every ISO 3166-1 country. One list, which the form offers and the
 * check accepts, so nothing can be picked in the form that the check then refuses.
 */
export const countryCodes: readonly string[] = [...isoNumeric.keys()].sort();

export { isCountryCode };
