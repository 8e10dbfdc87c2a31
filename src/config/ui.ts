import { townUi } from '../i18n/ui/index.ts';
import { homeTown } from './home-town.ts';

/** The site's UI strings for the home town: what pages, data files and feeds read. */
export const { dictionaries, useTranslations } = townUi(homeTown);

export { fill } from '../i18n/ui/index.ts';
