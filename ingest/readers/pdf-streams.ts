/**
 * A PDF's compressed streams inflated once, counting bytes, before pdf.js sees the file: a
 * small stream that inflates 1000:1 (the PDF form of a zip bomb) would otherwise stall the
 * reader for minutes and fill its memory. Only the count is kept, never the inflated bytes.
 */
import { Unzlib } from 'fflate';
import { LIMIT_SETTINGS } from '../../data/limits.ts';
import { reject } from './errors.ts';

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');
const PUSH = 16 * 1024;

/** Throws FileRejected when the PDF's Flate streams expand past `maxBytes` in all. */
export function checkPdfStreams(pdf: Uint8Array, maxBytes: number): void {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let total = 0;
  let streams = 0;
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + 1)) {
    // "stream" followed by an end of line starts the data; "endstream" itself is skipped
    if (at >= 3 && buf.subarray(at - 3, at).toString('latin1') === 'end') continue;
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) continue;
    if (buf[start] === 0x0a) start++;
    const stop = buf.indexOf(END, start);
    if (stop < 0) break;
    streams++;
    const unzlib = new Unzlib((chunk) => {
      total += chunk.length;
      if (total > maxBytes) {
        throw reject('file', `the PDF's compressed streams expand past ${Math.round(maxBytes / 2 ** 20)} MB (stream ${streams}; ${LIMIT_SETTINGS.maxExpandedBytes} raises it); nothing was stored`);
      }
    });
    try {
      for (let i = start; i < stop; i += PUSH) unzlib.push(buf.subarray(i, Math.min(i + PUSH, stop)), i + PUSH >= stop);
    } catch (err) {
      if ((err as Error).name === 'FileRejected') throw err;
      // not Flate, or damaged: pdf.js decides what it makes of it
    }
    at = stop + END.length - 1;
  }
}
