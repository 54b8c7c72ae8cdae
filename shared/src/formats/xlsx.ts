/**
 * XLSX export (sheets "Akteure" and "Verbindungen") and import (any sheets; each is recognised
 * as actors or links by its headers). exceljs is loaded on first use, so the client bundle only
 * pays for it when someone actually opens or saves a spreadsheet.
 */
import type * as ExcelJS from 'exceljs'
import type { MapModel } from '../doc/read-map.ts'
import type { Language } from '../schema/vocabulary.ts'
import {
  type CellValue,
  type Column,
  EDGE_COLUMNS,
  NODE_COLUMNS,
  type WriteContext,
} from './columns.ts'
import { LIST_SEPARATOR, writeContext } from './csv-export.ts'
import { isZip } from './decode.ts'
import type { ImportPlan, PlanOptions } from './import-plan.ts'
import { IMPORT_LIMITS } from './import-plan.ts'
import { problem } from './problems.ts'
import { finishPlan } from './resolve.ts'
import { parseTables, type Table } from './table-import.ts'
import { neutraliseFormula, restoreNeutralised, stripXmlForbidden } from './text-safety.ts'

type ExcelModule = typeof ExcelJS

async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule }
  return mod.default ?? mod
}

export const XLSX_SHEETS: Readonly<Record<Language, { actors: string; links: string }>> = {
  de: { actors: 'Akteure', links: 'Verbindungen' },
  en: { actors: 'Actors', links: 'Links' },
}

/** The map as an .xlsx workbook with an actors sheet and a links sheet. */
export async function exportXlsx(
  model: MapModel,
  options: { language?: Language } = {},
): Promise<Uint8Array> {
  const Excel = await loadExcel()
  const workbook = new Excel.Workbook()
  workbook.creator = 'Quartiersnetz'
  const ctx = writeContext(model, options)
  const names = XLSX_SHEETS[ctx.language]
  addSheet(workbook, names.actors, NODE_COLUMNS, model.nodes, ctx)
  addSheet(workbook, names.links, EDGE_COLUMNS, model.edges, ctx)
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

/**
 * Strings are string cells (never formulas) without XML-forbidden characters. Formula-like text
 * still gets the leading `'`: a string cell turns into a live formula as soon as someone edits
 * it in Excel and presses Enter. The importer removes the quote again.
 */
function xlsxCell(value: CellValue | undefined): string | number | null {
  if (value === undefined) return null
  if (typeof value === 'number') return value
  const text = typeof value === 'string' ? value : value.join(LIST_SEPARATOR)
  return neutraliseFormula(stripXmlForbidden(text))
}

function addSheet<Item>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<never, Item>[],
  items: readonly Item[],
  ctx: WriteContext,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({
    header: c.header[ctx.language],
    key: c.field,
    width: c.field === 'label' || c.field === 'from' || c.field === 'to' ? 40 : 16,
  }))
  sheet.getRow(1).font = { bold: true }
  for (const item of items) sheet.addRow(columns.map((c) => xlsxCell(c.write(item, ctx))))
}

/** Plans the import of an .xlsx workbook (actors and/or links sheets). */
export async function planXlsxImport(
  data: Uint8Array,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const empty = { format: 'xlsx' as const, nodes: [], edges: [], mapping: [] }
  if (data.byteLength > IMPORT_LIMITS.maxBytes) {
    return finishPlan({
      ...empty,
      problems: [problem('tooLarge', { limit: IMPORT_LIMITS.maxBytes })],
    })
  }
  if (!isZip(data)) {
    return finishPlan({
      ...empty,
      problems: [problem('unreadable', { detail: 'keine XLSX-Datei / not an XLSX file' })],
    })
  }
  const Excel = await loadExcel()
  const workbook = new Excel.Workbook()
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer)
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'xlsx'
    return finishPlan({ ...empty, problems: [problem('unreadable', { detail })] })
  }
  const tables = workbook.worksheets.map(readSheet)
  return finishPlan(parseTables('xlsx', tables, options.mapping), options.existing)
}

function readSheet(sheet: ExcelJS.Worksheet): Table {
  const limit = Math.max(IMPORT_LIMITS.maxActors, IMPORT_LIMITS.maxLinks) + 10
  if (sheet.rowCount > limit) return { sheet: sheet.name, rows: [], truncated: true }
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = restoreNeutralised(cellText(cell.value))
    })
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '')
  })
  return { sheet: sheet.name, rows: Array.from(rows, (r) => r ?? []) }
}

/** Any exceljs cell value as the text a person sees in the cell. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('text' in value && typeof value.text === 'string') return value.text
  if ('result' in value)
    return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue)
  return ''
}
