/** The parts of word-extractor's .doc reader that src/read/doc.ts builds on (the package ships no types). */
declare module 'word-extractor/lib/word-ole-extractor.js' {
  export interface Piece {
    startCp: number;
    startFilePos: number;
    /** Bytes in the file: bpc × characters. */
    size: number;
    /** Bytes per character: 1 (Windows-1252) or 2 (UTF-16). */
    bpc: 1 | 2;
    text: string;
  }
  export interface Boundaries {
    ccpText: number;
    ccpFtn: number;
    ccpHdd: number;
    ccpAtn: number;
    ccpEdn: number;
  }
  export default class WordOleExtractor {
    protected _pieces: Piece[];
    protected _boundaries: Boundaries;
    extract(reader: unknown): Promise<unknown>;
    protected extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
    protected writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
    protected buildDocument(): unknown;
  }
}

declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer);
  }
}
