/**
 * Reads a file's CSV records, a piece of a few megabytes at a time: the browser reads the next
 * piece on its own thread while this one is decoded and read, so the disk and the reading overlap,
 * and at most two pieces are held (a 30 MB hours file is never one string, nor one buffer). The
 * first piece may be asked for early (`firstPiece`): the Web Worker asks for the hours file's
 * while it reads the census. Works on any Blob (a File in the browser, a Blob in Node for tests).
 */
import { CsvRecordReader, type LineHandler, type RecordHandler } from "./csv-reader";

/** Bytes read and decoded at a time. */
export const PIECE_BYTES = 4 << 20;

/** The first piece of a file's bytes, asked for now (pass it to streamRecords later, with the same piece size). */
export function firstPiece(blob: Blob, pieceBytes = PIECE_BYTES): Promise<ArrayBuffer> {
  return blob.slice(0, pieceBytes).arrayBuffer();
}

/** Hands on every record of the file, in order; `onBytes` after each piece. */
export async function streamRecords(
  blob: Blob,
  onRecord: RecordHandler,
  onBytes: (bytes: number) => void = () => {},
  onLine: LineHandler | null = null,
  first: Promise<ArrayBuffer> | null = null,
  pieceBytes = PIECE_BYTES,
): Promise<void> {
  const reader = new CsvRecordReader(onRecord, onLine);
  const decoder = new TextDecoder("utf-8");
  let next: Promise<ArrayBuffer> | null = first ?? firstPiece(blob, pieceBytes);
  for (let at = 0; next !== null; at += pieceBytes) {
    const bytes: ArrayBuffer = await next;
    next = at + pieceBytes < blob.size ? blob.slice(at + pieceBytes, at + 2 * pieceBytes).arrayBuffer() : null;
    reader.push(decoder.decode(new Uint8Array(bytes), { stream: true }));
    onBytes(bytes.byteLength);
  }
  reader.push(decoder.decode());
  reader.end();
}
