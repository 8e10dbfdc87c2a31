/**
 * A partner's events in the form. In Polish, Decap's own list: each event's facts (kind, date, place) and
 * its Polish texts, added and deleted there. In every other language, no list to keep in step by hand:
 * one group per Polish event, labelled with it, holding only the texts to translate; an event deleted in
 * Polish loses its texts here too. What is written stays the file's format: a list of `{ id, title, … }`.
 */
import { defaultLocale } from '../../../blocks/locales.ts';
import { writtenDictionaries } from '../../../i18n/ui/index.ts';
import type { EventKind } from '../../../model/events.ts';

/** Decap's Immutable values: only what is used here. */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  delete(key: string): ImmutableMap;
  filter(fn: (value: unknown, key: string) => boolean): ImmutableMap;
  clear(): ImmutableMap;
  size: number;
}
interface ImmutableList {
  map<T>(fn: (item: ImmutableMap) => T): { toArray(): T[] };
  toArray(): ImmutableMap[];
  clear(): ImmutableList;
  push(...items: ImmutableMap[]): ImmutableList;
  size: number;
}

type H = (type: unknown, props?: object | null, ...children: unknown[]) => unknown;
/** React's `createClass`, as Decap lends it to the page: `this` in each method is the component. */
export type CreateClass = <T extends object, P = WidgetProps, S = object>(
  spec: T & ThisType<T & { props: P; state: S; setState(state: Partial<S>): void; forceUpdate(): void }>,
) => unknown;

interface WidgetProps {
  locale?: string;
  /** The entry as the store holds it now (Decap's `entry` prop is not renewed when another pane changes). */
  getEntry(): ImmutableMap;
  entry: ImmutableMap;
  value?: ImmutableList;
  field: ImmutableMap;
  forID: string;
  onChange(value: unknown): void;
}

/** The texts of an event that another language has: their names in the file. */
const textFields = ['title', 'venue', 'party'] as const;

const asList = (value: unknown): ImmutableMap[] =>
  value && typeof (value as ImmutableList).toArray === 'function' ? (value as ImmutableList).toArray() : [];

/** The Polish events with an id: the ones another language can have texts for. */
const polishEvents = (entry: ImmutableMap) =>
  asList(entry.getIn(['data', 'events'])).filter((e) => typeof e.get('id') === 'string' && e.get('id') !== '');

/** What an event is called in the form: its Polish title, or its kind, with its date as typed. */
function eventLabel(event: ImmutableMap, index: number): string {
  const kind = event.get('kind') as EventKind | undefined;
  const title =
    (event.get('title') as string | undefined) || (kind ? writtenDictionaries().pl.eventKinds[kind] : undefined);
  const date = event.get('date');
  return `Wydarzenie ${index + 1}: ${title ?? event.get('id')}${date ? ` (${String(date)})` : ''}`;
}

/** Only an event's id and texts: facts copied in (Decap's "fill in from another language") are dropped. */
const textsOnly = (item: ImmutableMap) =>
  item.filter((_, key) => key === 'id' || (textFields as readonly string[]).includes(key));

/**
 * The other language's texts in step with the Polish events: texts of an event no longer in Polish go,
 * the rest stay in the Polish order, texts alone. Undefined when nothing changes.
 */
function inStep(polish: ImmutableMap[], value: ImmutableList | undefined): ImmutableList | undefined {
  if (!value) return undefined;
  const ids = polish.map((e) => e.get('id'));
  const items = asList(value);
  const kept = ids.flatMap((id) =>
    items
      .filter((i) => i.get('id') === id)
      .slice(0, 1)
      .map((i) => (textsOnly(i).size === i.size ? i : textsOnly(i))),
  );
  const same = kept.length === items.length && kept.every((item, i) => item === items[i]);
  return same ? undefined : value.clear().push(...kept);
}

export function registerEventsWidget(
  cms: {
    getWidget(name: string): { control: unknown; preview: unknown } | undefined;
    registerWidget(name: string, control: unknown, preview?: unknown): void;
  },
  name: string,
  h: H,
  createClass: CreateClass,
) {
  const list = cms.getWidget('list');
  if (!list) return;

  const Texts = createClass({
    timer: undefined as ReturnType<typeof setInterval> | undefined,
    shown: undefined as unknown,
    componentDidMount() {
      this.keepInStep();
      // Decap renders this pane again only when its own values change: the Polish list is watched.
      this.timer = setInterval(() => {
        const events = this.props.getEntry().getIn(['data', 'events']);
        if (events !== this.shown) this.forceUpdate();
      }, 300);
    },
    componentWillUnmount() {
      clearInterval(this.timer);
    },
    componentDidUpdate() {
      this.keepInStep();
    },
    keepInStep() {
      const { value, onChange } = this.props;
      const synced = inStep(polishEvents(this.props.getEntry()), value);
      if (synced) onChange(synced);
    },
    change(polish: ImmutableMap[], id: string, key: string, text: string) {
      const { value, onChange } = this.props;
      const items = asList(value);
      // An empty list of Decap's own kind, to write the texts into.
      const base = (value ?? this.props.getEntry().getIn(['data', 'events'])) as ImmutableList;
      const next = polish.flatMap((event) => {
        const eventId = event.get('id') as string;
        let item = items.find((i) => i.get('id') === eventId) ?? event.clear().set('id', eventId);
        if (eventId === id) item = text === '' ? item.delete(key) : item.set(key, text);
        return item.size > 1 ? [item] : [];
      });
      onChange(base.clear().push(...next));
    },
    render() {
      const { value, field, forID } = this.props;
      const entry = this.props.getEntry();
      this.shown = entry.getIn(['data', 'events']);
      const polish = polishEvents(entry);
      const items = asList(value);
      const subfields = asList(field.get('fields'));
      const labelOf = (key: string) =>
        (subfields.find((f) => f.get('name') === key)?.get('label') as string | undefined) ?? key;
      if (polish.length === 0) {
        return h(
          'p',
          { className: 'cms-event-texts-empty' },
          'Nie ma jeszcze wydarzeń. Dodaj je w kolumnie po polsku — tu pojawią się same, do przetłumaczenia.',
        );
      }
      return h(
        'div',
        { className: 'cms-event-texts', id: forID },
        h(
          'p',
          { style: { margin: '0 0 12px', fontSize: '14px' } },
          'Wydarzenia dodaje się i usuwa w kolumnie po polsku; tu wpisz tylko ich teksty w tym języku.',
        ),
        ...polish.map((event, index) => {
          const id = event.get('id') as string;
          const item = items.find((i) => i.get('id') === id);
          const headingId = `${forID}-${id}`;
          const shown = textFields.filter(
            (key) =>
              key === 'title' ||
              item?.get(key) !== undefined ||
              event.get(key) !== undefined ||
              (key === 'venue' && event.get('place') === 'elsewhere') ||
              (key === 'party' && event.get('kind') === 'regional-agreement'),
          );
          return h(
            'fieldset',
            {
              key: id,
              role: 'group',
              'aria-labelledby': headingId,
              'data-event': id,
              style: { border: '1px solid #dfdfe3', borderRadius: '5px', padding: '12px', margin: '0 0 12px' },
            },
            h('legend', { id: headingId, style: { fontWeight: 600, padding: '0 4px' } }, eventLabel(event, index)),
            ...shown.map((key) => {
              const inputId = `${forID}-${id}-${key}`;
              const polishText = event.get(key) as string | undefined;
              return h(
                'div',
                { key, style: { margin: '8px 0' } },
                h('label', { htmlFor: inputId, style: { display: 'block', fontSize: '13px' } }, labelOf(key)),
                h('input', {
                  id: inputId,
                  name: key,
                  type: 'text',
                  value: (item?.get(key) as string | undefined) ?? '',
                  placeholder: polishText ? `po polsku: ${polishText}` : '',
                  onChange: (e: { target: { value: string } }) => this.change(polish, id, key, e.target.value),
                  style: {
                    width: '100%',
                    padding: '8px',
                    border: '2px solid #dfdfe3',
                    borderRadius: '4px',
                    fontSize: '15px',
                  },
                }),
              );
            }),
          );
        }),
      );
    },
  });

  /**
   * Decap writes the count above a list as "<count> <label>", the label in one plural: Polish has two
   * ("2 wydarzenia", "5 wydarzeń"), so the other one comes from the field's `label_many`.
   */
  const counted = (field: ImmutableMap, count: number): ImmutableMap => {
    const many = field.get('label_many') as string | undefined;
    const few = count % 10 >= 2 && count % 10 <= 4 && !(count % 100 >= 12 && count % 100 <= 14);
    return many && count !== 1 && !few ? field.set('label', many) : field;
  };

  const Control = createClass({
    inner: undefined as { isValid?: () => unknown } | undefined,
    // Decap asks the control whether its value is valid (the list's count and items): the list answers.
    isValid() {
      return this.inner?.isValid ? this.inner.isValid() : true;
    },
    render() {
      const props = this.props;
      if (props.locale !== undefined && props.locale !== defaultLocale) return h(Texts, props);
      return h(list.control, {
        ...props,
        field: counted(props.field, props.value?.size ?? 0),
        ref: (ref: { isValid?: () => unknown } | undefined) => {
          this.inner = ref;
        },
      });
    },
  });
  cms.registerWidget(name, Control, list.preview);
}
