/**
 * UTF-8 text and bytes written one after another into large pages of memory. An export of
 * 100,000 highlights encodes each record once, as it is formatted, and lays the file out by
 * copying bytes: joining 100,000 strings and handing ~90 MB of them to a Blob at the end cost
 * more than a second of garbage collection and re-encoding in Chromium.
 */
const encoder = new TextEncoder();
/** Bytes in an ordinary (not shared) buffer, as a Blob takes them. */
type Bytes = Uint8Array<ArrayBuffer>;
const PAGE = 8 * 1024 * 1024;

export class Utf8Pages {
  private readonly full: Bytes[] = [];
  private page: Bytes = new Uint8Array(0);
  private used = 0;

  /** Writes `text`; returns a view of its bytes (valid as long as this object is). */
  text(text: string): Bytes {
    // encodeInto writes at most 3 bytes per UTF-16 unit.
    this.room(text.length * 3);
    const { written } = encoder.encodeInto(text, this.page.subarray(this.used));
    return this.advance(written);
  }

  /** Copies bytes in. */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.page.set(bytes, this.used);
    this.advance(bytes.length);
  }

  /** Everything written, as Blob parts. */
  parts(): Bytes[] {
    return [...this.full, this.page.subarray(0, this.used)];
  }

  private room(size: number): void {
    if (this.used + size <= this.page.length) return;
    if (this.used) this.full.push(this.page.subarray(0, this.used));
    this.page = new Uint8Array(Math.max(PAGE, size));
    this.used = 0;
  }

  private advance(length: number): Bytes {
    const view = this.page.subarray(this.used, this.used + length);
    this.used += length;
    return view;
  }
}
