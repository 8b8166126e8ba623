/**
 * exceljs, loaded on first use only: the page imports the workbook code when someone imports or exports a workbook,
 * and even then the library comes in its own chunk. Node gets its CommonJS build (a default export), the browser
 * its bundled build.
 */
export type ExcelJs = typeof import('exceljs');

let loading: Promise<ExcelJs> | null = null;

export function loadExcel(): Promise<ExcelJs> {
  loading ??= import('exceljs').then((m) => (m as ExcelJs & { default?: ExcelJs }).default ?? m);
  return loading;
}

/** The bytes of a written workbook (a Buffer in Node, an ArrayBuffer or Uint8Array in the browser). */
export const bytesOf = (written: ArrayBuffer | ArrayBufferView): Uint8Array =>
  written instanceof ArrayBuffer
    ? new Uint8Array(written)
    : new Uint8Array(written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength));
