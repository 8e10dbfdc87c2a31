import { townNameIn, type HomeTown } from '../../model/home-town.ts';

/** The admin page's own script, beside Decap's bundle under /admin/. */
export const adminScriptName = 'form.js';

/** What the sign-in page says: whose site the form edits. */
export const whoseCms = (town: HomeTown): string =>
  `Miasta partnerskie ${townNameIn(town, 'pl', 'genitive')} — edycja treści strony`;

/** The widget of a partner's events: Decap's list in Polish, the texts alone beside it in other languages. */
export const eventsWidget = 'partner-events';

/**
 * The largest picture the form uploads, in bytes: a photo of ~2400 px, twice what the pages show, is well
 * under it; a camera's original is refused with what to do, so it is never committed at full size.
 */
export const uploadLimit = 3 * 1024 * 1024;
