/**
 * Events after the build's day are plans, built for real: a copy of the project whose fixture partner has
 * an agreement and a visit dated after the build's day (`BUILD_DATE`, fixed here) shows both as planned on
 * its page and the timeline, the calendar holds the agreement once as tentative, and the open data says
 * planned; a first contact dated in the future stops the check with its message.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/blocks/date-format.ts';
import { makePartialDate } from '../../src/blocks/dates.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { dictionaries } from '../../src/config/ui.ts';
import { buildSite, cleanEnv } from '../helpers/build-site.ts';
import { readPage } from '../helpers/html.ts';
import { copyProject } from '../helpers/project-copy.ts';

const today = '2026-12-02';
const planned = { agreement: '2027-06-01', visit: '2027-05' };
const slug = 'riom';

let copy: ReturnType<typeof copyProject>;
let dist: string;

/** The partner's Polish file with two events after `today` added to its list. */
function withPlannedEvents(text: string, extra = ''): string {
  return text.replace(
    /^events:\n/m,
    `events:
  - id: renewal-2027
    kind: agreement-signed
    date: ${planned.agreement}
    place: partner
    title: Odnowienie umowy partnerskiej
  - id: visit-2027
    kind: visit
    date: '${planned.visit}'
    place: home
    title: Wizyta delegacji z Riom
${extra}`,
  );
}

beforeAll(() => {
  copy = copyProject('partner-site-planned-');
  const file = join(copy.dir, 'content/partners', slug, 'index.pl.md');
  writeFileSync(file, withPlannedEvents(readFileSync(file, 'utf8')));
  dist = buildSite(join(copy.dir, 'dist'), { BUILD_DATE: today }, copy.dir);
});

afterAll(() => copy?.remove());

const text = (html: ReturnType<typeof readPage>) => html.querySelector('main')!.textContent.replace(/\s+/g, ' ');

describe('a planned event, built', () => {
  it.each(['pl', 'en'] as const)('is planned on the partner’s page and the timeline (%s)', (lang) => {
    const ui = dictionaries[lang];
    const date = (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number);
      return formatPartialDate(makePartialDate(y!, m, d)!, lang).replace(/\s+/g, ' ');
    };
    for (const page of [
      readPage(dist, localizedPath({ route: 'partner', params: { slug } }, lang)),
      readPage(dist, localizedPath({ route: 'timeline' }, lang)),
    ]) {
      const items = page.querySelectorAll('ol.events li').map((li) => li.textContent.replace(/\s+/g, ' '));
      const at = (iso: string) => items.filter((t) => t.includes(date(iso)));
      for (const iso of Object.values(planned)) {
        expect(at(iso), iso).toHaveLength(1);
        expect(at(iso)[0]).toContain(`${ui.planned}:`);
      }
      // What has happened is not planned.
      expect(items.filter((t) => t.includes(`${ui.planned}:`))).toHaveLength(2);
      expect(text(page)).toBeTruthy();
    }
  });

  it('is planned in the open data, JSON and CSV', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data/partners.json'), 'utf8')) as {
      partners: { slug: string; events: { id: string; planned?: boolean }[] }[];
    };
    const events = data.partners.find((p) => p.slug === slug)!.events;
    expect(
      events
        .filter((e) => e.planned)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['renewal-2027', 'visit-2027']);
    const rows = parseCsv(readFileSync(join(dist, 'data/events.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(
      rows
        .filter((r) => r.planned === 'yes')
        .map((r) => r.event)
        .sort(),
    ).toEqual(['renewal-2027', 'visit-2027']);
    expect(rows.filter((r) => r.planned !== 'yes' && r.planned !== '')).toEqual([]);
  });

  it.each(['pl', 'en'] as const)('is in the calendar once, as tentative, not as an anniversary (%s)', (lang) => {
    const ics = readFileSync(join(dist, `data/anniversaries.${lang}.ics`), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const renewal = events.filter((e) => String(e.getFirstPropertyValue('dtstart')) === planned.agreement);
    expect(renewal).toHaveLength(1);
    expect(renewal[0]!.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(renewal[0]!.getFirstPropertyValue('rrule')).toBeNull();
    expect(String(renewal[0]!.getFirstPropertyValue('summary'))).toMatch(lang === 'pl' ? /^Planowane:/ : /^Planned:/);
  });

  it('stops the check when a first contact is dated in the future, saying why', () => {
    const file = join(copy.dir, 'content/partners', slug, 'index.pl.md');
    const before = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      before.replace(/^events:\n/m, `events:\n  - id: contact-2027\n    kind: first-contact\n    date: 2027-03-01\n`),
    );
    try {
      const check = spawnSync('npm', ['run', 'check'], {
        cwd: copy.dir,
        env: cleanEnv({ BUILD_DATE: today }, copy.dir),
        encoding: 'utf8',
      });
      expect(check.status).not.toBe(0);
      expect(`${check.stdout}${check.stderr}`).toMatch(/nie może być planowany/);
    } finally {
      writeFileSync(file, before);
    }
  });
});
