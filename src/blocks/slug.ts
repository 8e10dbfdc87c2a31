/**
 * Identifiers that become part of an address or that texts refer to: a partner's folder (`liptovsky-mikulas`)
 * and an event's id (`signed-home`). Lower-case letters without accents, digits, single hyphens.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
