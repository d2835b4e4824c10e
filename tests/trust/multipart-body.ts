/** Builds multipart/form-data bodies byte by byte, so tests control every part. */
export const BOUNDARY = '----brandgapTestBoundary7MA4YWxk';

/** A multipart body with text fields and at most one file. */
export function multipart(fields: Record<string, string>, file?: { name: string; data: Uint8Array | string; field?: string }): Uint8Array<ArrayBuffer> {
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(typeof file.data === 'string' ? Buffer.from(file.data) : Buffer.from(file.data));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return new Uint8Array(Buffer.concat(parts));
}

export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/** A body stream that yields `chunks` pieces and remembers how many were pulled. */
export function countingStream(data: Uint8Array, chunkSize: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let offset = 0;
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(ctrl) {
      pulls++;
      if (offset >= data.length) { ctrl.close(); return; }
      ctrl.enqueue(data.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
  return { stream, pulled: () => pulls };
}
