/**
 * Reads a file as a stream of CSV records, a chunk at a time, so a 30 MB hours file never has to be
 * one string. Works on any Blob (a File in the browser, a Blob in Node for tests).
 */
import { CsvRecordReader, type LineHandler, type RecordHandler } from "./csv-reader";

export async function streamRecords(
  blob: Blob,
  onRecord: RecordHandler,
  onBytes: (bytes: number) => void = () => {},
  onLine: LineHandler | null = null,
): Promise<void> {
  const reader = new CsvRecordReader(onRecord, onLine);
  const decoder = new TextDecoder("utf-8");
  const stream = blob.stream().getReader();
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    reader.push(decoder.decode(value, { stream: true }));
    onBytes(value.byteLength);
  }
  reader.push(decoder.decode());
  reader.end();
}
