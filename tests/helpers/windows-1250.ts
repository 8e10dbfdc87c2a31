/**
 * Text as Windows' "ANSI" code page for Polish (Windows-1250) writes it: how a file saved in Notepad or an
 * old word processor reaches the repository. The table is the platform's own decoder, read backwards.
 */
const decoder = new TextDecoder('windows-1250');
const byteOf = new Map<string, number>();
for (let byte = 0xff; byte >= 0; byte--) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);

export function windows1250(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const byte = byteOf.get(c);
      if (byte === undefined) throw new Error(`Windows-1250 has no ${JSON.stringify(c)}`);
      return byte;
    }),
  );
}
