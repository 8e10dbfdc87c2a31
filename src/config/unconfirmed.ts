import { unconfirmedFacts, type FactLabel, type UnconfirmedFact } from '../model/confirmation.ts';
import { accessibility, unconfirmedStatementFacts } from './accessibility.ts';
import { homeTown } from './home-town.ts';
import { openDataFactLabels, openDataSettings } from './open-data.ts';

const homeTownLabels: Record<string, FactLabel> = {
  'office.head': {
    pl: 'kto rozpatruje skargi w sprawie dostępności („Skargę rozpatruje …”)',
    en: 'who decides complaints about accessibility ("Complaints are dealt with by …")',
  },
  'office.accessibilityContact.name': {
    pl: 'osoba lub komórka odpowiedzialna za kontakt w sprawie dostępności',
    en: 'the person or post handling accessibility requests',
  },
  'office.accessibilityContact.email': {
    pl: 'adres e-mail w sprawie dostępności',
    en: 'e-mail address for accessibility',
  },
  'office.accessibilityContact.phone': {
    pl: 'numer telefonu w sprawie dostępności',
    en: 'telephone number for accessibility',
  },
  'office.complaints.email': {
    pl: 'adres e-mail do skarg (albo false, jeśli urząd go nie podaje)',
    en: 'e-mail address for complaints (or false if the office gives none)',
  },
  'office.complaints.epuap': {
    pl: 'adres skrytki ePUAP do skarg (albo false, jeśli urząd jej nie ma)',
    en: 'ePUAP box for complaints (or false if the office has none)',
  },
};

/**
 * Every fact of the configuration the town office has still to confirm: the statement's (dates, contact,
 * complaints, building, interpreter, mobile apps) and the open data licence. `npm run check` lists them
 * as a warning; `npm run build:production` refuses while the list is not empty.
 */
export function allUnconfirmedFacts(): UnconfirmedFact[] {
  return [
    ...unconfirmedFacts(homeTown, 'src/config/home-town.ts', homeTownLabels),
    ...unconfirmedStatementFacts(accessibility),
    ...unconfirmedFacts(openDataSettings, 'src/config/open-data.ts', openDataFactLabels),
  ];
}
