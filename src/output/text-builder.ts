/** Pieces joined this many at a time: enough that each join is one large flat string, few enough to die young. */
const CHUNK = 4096;

/**
 * A large text built of many small pieces (a cell's XML, a CSV line, a script line), joined a few thousand at a
 * time: the pieces die young instead of all surviving until one join at the end, which made the garbage collector
 * copy millions of them for a large design (issue 16).
 *
 * @example
 * const text = new TextBuilder();
 * for (const line of lines) text.add(`${line}\r\n`);
 * text.toString();
 */
export class TextBuilder {
  private readonly pieces: string[] = [];
  private readonly chunks: string[] = [];

  add(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length >= CHUNK) {
      this.chunks.push(this.pieces.join(''));
      this.pieces.length = 0;
    }
  }

  toString(): string {
    if (this.pieces.length > 0) {
      this.chunks.push(this.pieces.join(''));
      this.pieces.length = 0;
    }
    return this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join('');
  }
}
