/**
 * Reads a file's CSV records. The bytes are read by the browser on its own (`fileBytes`, which a
 * caller may start early: the Web Worker asks for the hours file's bytes before it reads the census,
 * so the disk and the reading of the census overlap), then decoded a megabyte at a time, so even a
 * 30 MB hours file is never one string. Works on any Blob (a File in the browser, a Blob in Node).
 */
import { CsvRecordReader, type LineHandler, type RecordHandler } from "./csv-reader";

/** Bytes decoded at a time. */
const PIECE = 1 << 20;

/** The bytes of a file, read by the browser (start it early to overlap the reading with other work). */
export function fileBytes(blob: Blob): Promise<ArrayBuffer> {
  return blob.arrayBuffer();
}

/** Hands on every record of the bytes, in order; `onBytes` after each piece decoded. */
export function readRecords(bytes: ArrayBuffer, onRecord: RecordHandler, onBytes: (bytes: number) => void = () => {}, onLine: LineHandler | null = null): void {
  const reader = new CsvRecordReader(onRecord, onLine);
  const decoder = new TextDecoder("utf-8");
  for (let at = 0; at < bytes.byteLength; at += PIECE) {
    const piece = new Uint8Array(bytes, at, Math.min(PIECE, bytes.byteLength - at));
    reader.push(decoder.decode(piece, { stream: true }));
    onBytes(piece.byteLength);
  }
  reader.push(decoder.decode());
  reader.end();
}

/** Reads a file and hands on every record (fileBytes, then readRecords). */
export async function streamRecords(
  blob: Blob,
  onRecord: RecordHandler,
  onBytes: (bytes: number) => void = () => {},
  onLine: LineHandler | null = null,
): Promise<void> {
  readRecords(await fileBytes(blob), onRecord, onBytes, onLine);
}
