/**
 * Register checks: every row's name filled in, its date readable and inside the period, participants positive,
 * online/offline recognised; listed photos present and taken near the row's date; photos that no
 * row lists; rows without photos where the indicator asks for them.
 */
import type { Check } from './types.js';
import { shownDetail } from './shown-detail.js';
import type { ExtractedFile, RegisterFacts, RegisterRow } from '../types.js';
import { around, contains, overlaps, withinPeriod } from '../windows/window.js';
import { photoIndex, captureDay } from './register-photos.js';
import { isCoreError } from './materials.js';
import { rowDates } from './row-dates.js';

type RegisterFile = ExtractedFile & { facts: { type: 'register' } & RegisterFacts };

/** register.no-header names this many sheets, then says how many more there are. */
export const SHEETS_NAMED = 5;
/** Cells named in one register.cell-unreadable (the location lists them all). */
export const CELLS_NAMED = 5;

export const isRegister = (f: ExtractedFile): f is RegisterFile => f.facts.type === 'register';

const where = (row: RegisterRow, cell: string | undefined) => ({ sheet: row.sheet, row: row.row, ...(cell ? { cell } : {}) });
const ref = (row: RegisterRow, cell: string | undefined) => `${row.sheet}!${cell ?? `第${row.row}行`}`;

const rowChecks: Check = {
  scope: 'file',
  kinds: ['register'],
  run(file, ind, _unit, ctx, emit) {
    const at = { file: file.path };
    if (file.error) {
      if (!isCoreError(file.error.code)) {
        emit('register.unreadable', {
          ...at,
          // Raw values only (the catalog words the code); the extractor's sentence stays in the evidence.
          args: { code: file.error.code },
          evidence: { seen: file.error.detail ? `${file.error.code}: ${shownDetail(file, file.error.detail)}` : file.error.code, expected: 'xlsx' },
        });
      }
      return;
    }
    if (!isRegister(file)) return;
    const facts = file.facts;
    if (!facts.headerFound) {
      // The first few sheets by name and how many more (a workbook of hundreds of sheets is one line, not a page).
      const more = Math.max(0, facts.sheets.length - SHEETS_NAMED);
      emit('register.no-header', {
        ...at,
        args: { sheets: facts.sheets.slice(0, SHEETS_NAMED), ...(more ? { more } : {}) },
        evidence: { seen: null, expected: '活动名称/活动时间' },
      });
      return;
    }
    const { start, end } = ctx.rules.period;
    const noDateSheets = new Set<string>();
    for (const sheet of facts.unreadSheets ?? []) {
      emit('register.sheet-unread', { ...at, location: { sheet }, args: { sheet }, evidence: { seen: sheet, expected: '活动名称/活动时间' } });
    }
    // Cells that cannot be read (a formula never calculated): one finding a sheet, as a linter groups
    // one cause — the count of cells and rows, their columns and the first few cells, and every cell
    // in the location (JSON, SARIF); a sheet of 300 such rows is one line, not 300. The rows' own
    // findings at those cells (name missing, date invalid …) would misread them as blank.
    const unreadAt = new Set<string>();
    const bySheet = new Map<string, NonNullable<typeof facts.unreadCells>>();
    for (const u of facts.unreadCells ?? []) {
      for (const c of u.cells) unreadAt.add(`${u.sheet}!${c}`);
      (bySheet.get(u.sheet) ?? bySheet.set(u.sheet, []).get(u.sheet)!).push(u);
    }
    for (const [sheet, rows] of bySheet) {
      const first = rows[0]!;
      const cells = rows.flatMap((u) => u.cells);
      const columns = [...new Set(cells.map((c) => c.replace(/\d+$/, '')))].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
      emit('register.cell-unreadable', {
        ...at,
        location: { sheet, row: first.row, cell: first.cell, ...(rows.length > 1 ? { cells } : {}) },
        args: {
          cell: `${sheet}!${first.cell}`,
          cells: cells.length,
          reason: first.reason,
          ...(rows.length > 1 ? { sheet, rows: rows.length, columns, first: cells.slice(0, CELLS_NAMED) } : {}),
        },
        evidence: { seen: cells.slice(0, CELLS_NAMED).map((c) => `${sheet}!${c}`).join('、') + (cells.length > CELLS_NAMED ? '…' : ''), expected: 'saved value' },
      });
    }
    for (const u of facts.unreadRows ?? []) {
      emit('register.row-unread', {
        ...at,
        location: { sheet: u.sheet, row: u.row, cell: u.cell },
        args: { cell: `${u.sheet}!${u.cell}`, seen: u.text },
        evidence: { seen: u.text, expected: '活动名称/活动时间' },
      });
    }
    // A header and nothing under it (a blank template) lists no activity: it is no evidence.
    if (facts.rows.length === 0 && !facts.unreadRows?.length && !facts.unreadSheets?.length) {
      emit('register.no-rows', { ...at, args: { sheets: [...facts.sheets] }, evidence: { seen: 0, expected: 1 } });
    }
    const nameColumn = new Map((facts.headers ?? []).map((h) => [h.sheet, h.columns.name]));
    for (const row of facts.rows) {
      // A row read as an activity but without its name (the sheet has a name column): incomplete.
      const nameCol = nameColumn.get(row.sheet);
      const unreadCell = (cell: string | undefined) => !!cell && unreadAt.has(`${row.sheet}!${cell}`);
      if (!row.name && nameCol && !unreadCell(`${nameCol}${row.row}`)) {
        const cell = `${nameCol}${row.row}`;
        emit('register.name-missing', { ...at, location: where(row, cell), args: { cell: ref(row, cell) }, evidence: { seen: null, expected: '活动名称' } });
      }
      const d = rowDates(row, facts, ctx.rules.period);
      if (unreadCell(row.dateCell)) {
        // Told above (register.cell-unreadable).
      } else if (row.dateError === 'no-date-column') {
        if (!noDateSheets.has(row.sheet)) {
          noDateSheets.add(row.sheet);
          emit('register.no-date-column', { ...at, location: { sheet: row.sheet }, args: { sheet: row.sheet } });
        }
      } else if (d.error || !d.date) {
        const reason = d.error ?? 'unrecognised';
        emit('register.date-invalid', {
          ...at,
          location: where(row, row.dateCell),
          args: { cell: ref(row, row.dateCell), seen: row.dateText ?? '', reason },
          evidence: { seen: row.dateText ?? null, expected: 'YYYY-MM-DD' },
        });
      } else {
        if (!overlaps(withinPeriod(ctx.rules.period), { from: d.date, to: d.dateEnd ?? d.date })) {
          const seen = d.dateEnd ? `${d.date}~${d.dateEnd}` : d.date;
          const hint = facts.yearHints?.find((h) => h.sheet === row.sheet);
          const year = d.yearFrom ? { yearFrom: d.yearFrom, typed: row.dateText ?? '', ...(hint ? { yearCell: `${hint.sheet}!${hint.cell}` } : {}) } : {};
          emit('register.date-outside-period', {
            ...at,
            location: where(row, row.dateCell),
            args: { cell: ref(row, row.dateCell), seen, from: start, to: end, ...year },
            evidence: { seen, expected: `${start}~${end}` },
          });
        }
      }
      if (row.participantsCell && row.participantsError && !unreadCell(row.participantsCell)) {
        emit('register.participants-invalid', {
          ...at,
          location: where(row, row.participantsCell),
          args: { cell: ref(row, row.participantsCell), seen: row.participantsText ?? row.participants ?? '', reason: row.participantsError },
          evidence: { seen: null, expected: '> 0' },
        });
      }
      if (row.formCell && row.online === null && !unreadCell(row.formCell)) {
        emit('register.form-unknown', {
          ...at,
          location: where(row, row.formCell),
          args: { cell: ref(row, row.formCell), seen: row.form ?? '' },
          evidence: { seen: row.form ?? null, expected: '线上/线下' },
        });
      }
    }
    if (ind) photoChecks(file, ind.files, ind.def.register, ctx.rules.period, emit);
  },
};

function photoChecks(
  file: RegisterFile,
  files: ExtractedFile[],
  params: { photoToleranceDays: number; photosPerRow: boolean },
  period: { start: string; end: string },
  emit: Parameters<Extract<Check, { scope: 'file' }>['run']>[4],
): void {
  const index = photoIndex(files);
  const tol = params.photoToleranceDays;
  for (const row of file.facts.rows) {
    if (params.photosPerRow && row.photos.length === 0) {
      emit('register.row-without-photo', {
        file: file.path,
        location: where(row, row.photosCell),
        args: { row: row.row, sheet: row.sheet, name: row.name ?? '' },
        evidence: { seen: 0, expected: 1 },
      });
    }
    for (const listed of row.photos) {
      const photo = index.find(listed);
      if (!photo) {
        emit('register.photo-missing', {
          file: file.path,
          location: where(row, row.photosCell),
          args: { cell: ref(row, row.photosCell), seen: listed },
          evidence: { seen: listed, expected: 'file in the indicator folder' },
        });
        continue;
      }
      const day = captureDay(photo);
      const d = rowDates(row, file.facts, period);
      if (!day || !d.date) continue;
      // Days listed in the cell (6月10日、12日) are those days, as the festival windows read them
      // (row-dates.ts): a photo matches one of them (± the tolerance), not the span between them.
      const spans = d.days ? d.days.map((x) => ({ from: x, to: x })) : [{ from: d.date, to: d.dateEnd ?? d.date }];
      if (!spans.some((sp) => contains(around(sp, tol, tol), day))) {
        const expected = d.days ? d.days.join('、') : d.dateEnd ? `${d.date}~${d.dateEnd}` : d.date;
        emit('register.photo-date-mismatch', {
          file: photo.path,
          location: where(row, row.dateCell),
          args: { photo: photo.name, seen: day, from: d.date, to: d.dateEnd ?? null, cell: ref(row, row.dateCell), days: tol, ...(d.days ? { listed: d.days } : {}) },
          evidence: { seen: day, expected },
        });
      }
    }
  }
}

/** Photos of the indicator folder that no register row lists (only when a register lists photos at all). */
const unlistedPhotos: Check = {
  scope: 'indicator',
  run(ind, _unit, _ctx, emit) {
    const registers = ind.files.filter(isRegister).filter((f) => !f.error);
    // A photos column naming no file at all (照片编号 holding serial numbers 1, 2 …, or only 3张
    // counts) lists no photos: each photo of the folder would be 'not listed'.
    const listsPhotos = registers.some((r) => r.facts.headers?.some((h) => h.columns.photos !== undefined) && r.facts.rows.some((row) => row.photos.length > 0));
    if (!listsPhotos) return;
    const index = photoIndex(ind.files);
    const named = new Set<ExtractedFile>();
    for (const r of registers) for (const row of r.facts.rows) for (const p of row.photos) {
      const hit = index.find(p);
      if (hit) named.add(hit);
    }
    for (const photo of index.photos) {
      if (named.has(photo)) continue;
      emit('register.photo-unlisted', { file: photo.path, args: { photo: photo.name }, evidence: { seen: photo.name, expected: null } });
    }
  },
};

export const registerChecks: Check[] = [rowChecks, unlistedPhotos];
