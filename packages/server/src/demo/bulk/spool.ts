/**
 * Where the simulation puts its rows before they are copied: one file per table in COPY text
 * format, written synchronously in large chunks (the simulation is synchronous, and a file
 * keeps the heap small however large the service).
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyLine, type CopyValue } from './copy-format.js';
import { TABLES, type TableName } from './tables.js';

const CHUNK = 1 << 20;

export class Spool {
  readonly dir: string;
  private readonly fds = new Map<TableName, number>();
  private readonly buffers = new Map<TableName, string[]>();
  private readonly sizes = new Map<TableName, number>();
  readonly rows = new Map<TableName, number>();

  constructor(parent = tmpdir()) {
    this.dir = mkdtempSync(join(parent, 'everyday-bulk-'));
    for (const t of Object.keys(TABLES) as TableName[]) {
      this.fds.set(t, openSync(this.file(t), 'w'));
      this.buffers.set(t, []);
      this.sizes.set(t, 0);
      this.rows.set(t, 0);
    }
  }

  file(table: TableName): string {
    return join(this.dir, `${table}.copy`);
  }

  write(table: TableName, values: readonly CopyValue[]): void {
    const columns = TABLES[table].length;
    if (values.length !== columns)
      throw new Error(`${table}: ${String(values.length)} values for ${String(columns)} columns`);
    const line = copyLine(values);
    const buffer = this.buffers.get(table) ?? [];
    buffer.push(line);
    const size = (this.sizes.get(table) ?? 0) + line.length;
    this.rows.set(table, (this.rows.get(table) ?? 0) + 1);
    if (size >= CHUNK) this.flush(table);
    else this.sizes.set(table, size);
  }

  private flush(table: TableName): void {
    const buffer = this.buffers.get(table) ?? [];
    const fd = this.fds.get(table);
    if (fd !== undefined && buffer.length > 0) writeSync(fd, buffer.join(''));
    this.buffers.set(table, []);
    this.sizes.set(table, 0);
  }

  /** Write what is buffered and close the files. */
  close(): void {
    for (const [table, fd] of this.fds) {
      this.flush(table);
      closeSync(fd);
    }
    this.fds.clear();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
