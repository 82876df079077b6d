/**
 * Shapes shared by every stage of the pipeline:
 * discover → extract (facts) → evaluate (findings) → report → format.
 * Everything here is plain, serializable data.
 */
import type { TextSection, TextSentence } from './text/sections.js';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

/** What a file is, decided from its content (magic bytes) and from name/folder cues. */
export type FileKind =
  | 'photo'
  | 'report' // 说明报告
  | 'evaluation' // 部门评价
  | 'register' // 台账登记表 / 活动登记表
  | 'document' // 正式发文 / 部署文件
  | 'signoff' // 移交签单 / 移交确认单
  | 'video' // 视频资料 (.mp4 .mov .3gp)
  | 'other';

/** Container format sniffed from the first bytes. */
export type Container =
  | 'jpeg' | 'png' | 'heif' | 'avif' | 'webp' | 'gif' | 'bmp' | 'tiff'
  | 'pdf' | 'zip' | 'docx' | 'xlsx' | 'ofd' | 'cfb' | 'text' | 'empty' | 'unknown'
  | 'mp4' | 'mov' | '3gp';

/** Where a finding points inside a material. All optional: use the ones that fit. */
export interface Location {
  exifTag?: string;
  page?: number;
  sheet?: string;
  cell?: string;
  row?: number;
  /** Every cell of the sheet a grouped finding is about (register.cell-unreadable), `cell` the first. */
  cells?: string[];
  element?: string;
  /** The day a finding is about (a festival), YYYY-MM-DD. */
  date?: string;
}

export interface Evidence {
  seen?: string | number | boolean | null;
  expected?: string | number | boolean | null;
}

/**
 * A value a message is filled from: raw data (a number, an ISO date, a code, a name from the
 * material, a list of names or of small records), never text made for one language.
 */
export type ArgValue = string | number | boolean | null | readonly string[] | readonly Readonly<Record<string, string | number>>[];
export type Args = Record<string, ArgValue>;

/**
 * The rule ids, filled in by messages/index.ts through declaration merging (the catalog's keys),
 * so this base module imports nothing above it; `RuleId` there is the same union.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface RuleIdRegistry {}
export type KnownRuleId = [keyof RuleIdRegistry] extends [never] ? string : keyof RuleIdRegistry;

export interface Finding {
  ruleId: KnownRuleId;
  severity: Severity;
  unit: string | null;
  indicator: string | null; // normalised indicator key, e.g. "III-12"
  file: string | null; // relative to the checked root, with '/'
  location?: Location;
  /** Raw values the message template is filled from (formatted per language by the catalog). */
  args: Args;
  evidence?: Evidence;
  message: string; // rendered in the run's language
  /** 'reviewed': a person confirmed or accepted it in the review record (已人工确认); it no longer fails the run. */
  status?: 'reviewed';
  /** The review entry that covers this finding. */
  review?: ReviewNote;
  /** The finding was judged from text read by OCR from a scan, with the pages' mean confidence (0–100). */
  source?: 'ocr';
  confidence?: number;
  /** The group it belongs to (duplicate photos), stated once in report.groups. */
  group?: string;
}

/** A group of findings stated once (duplicate and near-duplicate photos): every member file. */
export interface FindingGroup {
  id: string;
  ruleId: string;
  files: string[];
}

/** Who reviewed a finding, why, and when (from the review record). */
export interface ReviewNote {
  verdict: 'accepted' | 'confirmed';
  reason: string;
  by: string;
  at: string;
}

// ---------------------------------------------------------------- facts

/** A fact-level error: why a file could not be (fully) read. */
export interface ExtractError {
  /** Stable machine code: 'empty', 'corrupt', 'truncated', 'encrypted', 'scanned', 'no-text-layer',
   *  'unsupported', 'too-large', 'io', 'bomb', 'legacy-format' … */
  code: string;
  detail: string;
  /**
   * A finer cause as a machine code, which the checks read (never the detail's wording):
   * 'corrupt' → 'not-word' (a Word/OFD name on another format's bytes), 'content-too-large'
   * (a PDF's content streams above the reading limit); 'io' → the OS error code ('EACCES' …).
   */
  reason?: string;
  /** Raw values for the finding's message ('too-large', 'zip-bomb': seen, limit, entry, reason; 'special': type; 'link': target). */
  args?: Record<string, string | number>;
}

export interface PhotoFacts {
  format: string; // real format from content: jpeg, png, heif, …
  extensionMatches: boolean;
  width: number | null; // as stored
  height: number | null;
  displayWidth: number | null; // after EXIF rotation
  displayHeight: number | null;
  orientation: number | null;
  bytes: number;
  exif: boolean;
  /** EXIF DateTimeOriginal as local wall-clock 'YYYY-MM-DDTHH:mm:ss' (+offset when recorded). */
  capturedAt: string | null;
  createdAt: string | null; // CreateDate / DateTimeDigitized
  modifiedAt: string | null; // ModifyDate / DateTime
  make: string | null;
  model: string | null;
  software: string | null;
  gps: { latitude: number; longitude: number } | null;
  description: string | null; // ImageDescription / XPComment / UserComment decoded
  hasThumbnail: boolean;
  // ---- optional photo details (src/extract/photo*.ts)
  /** Where capturedAt came from: EXIF DateTimeOriginal, or XMP exif:DateTimeOriginal when EXIF has none. */
  capturedAtSource?: 'exif' | 'xmp' | 'iptc' | 'makernote' | null;
  /** Tag the description was read from: ImageDescription, XPComment, UserComment, or a PNG text keyword. */
  descriptionTag?: string | null;
  /**
   * Why the pixels were not decoded: 'hevc' (no decoder in this build) or 'bmp' (not decoded
   * here) or 'over-decode-cap' (declares more pixels than we ever decode, 100 M: whether that is a
   * bomb is the check's call, against the county's maxPixels) or 'progressive-over-decode-cap' (a
   * progressive JPEG whose coefficients, buffered whole, exceed PROGRESSIVE_COEFFICIENT_LIMIT) or
   * 'interlaced-over-decode-cap' (an interlaced PNG decoded whole beyond the same bound) or
   * 'heif-over-decode-cap' (HEIF/AVIF above HEIF_DECODE_PIXEL_LIMIT, decoded whole) — a limit of ours, pixel-based
   * checks not run; 'decode-failed' — the decoder refused
   * the pixels, the photo is damaged.
   */
  pixelsUnavailable?: string | null;
  /** dHash (16 hex) of the embedded EXIF thumbnail, and whether its picture has the image's aspect ratio. */
  thumbnailDhash?: string | null;
  thumbnailAspectMatches?: boolean | null;
  /** dHash of the decoded image, when it was decoded (suspect thumbnail, truncation test, no thumbnail). */
  imageDhash?: string | null;
}

/** A sentence that satisfies an element's built-in test: its index in `sentences` and the words that did. */
export interface ElementEvidence {
  sentence: number;
  words: string;
}

/** The check's verdict on one element of a 说明报告, with its evidence sentence and page. */
export interface ElementVerdict {
  element: string;
  status: 'present' | 'missing';
  /** The first sentence that satisfies the element (present only). */
  evidence?: string;
  page?: number;
  /** Found by the built-in standard or by a rule file's cue. */
  via?: 'standard' | 'cue';
  /** Headings naming this element whose section has no satisfying sentence. */
  emptyHeadings?: { heading: string; page?: number }[];
  /** Missing because the learned second opinion overruled the detector: the sentence it had cited (first) and the model's best scores. */
  vetoed?: { evidence: string; page?: number; sentenceScore: number; clauseScore: number };
  /**
   * Present, but only on evidence the learned second opinion scores below the band a person confirms
   * (UNSURE_BELOW in checks/element-verdicts.ts): the sentence cited first and the best scores.
   */
  unsure?: { evidence: string; page?: number; sentenceScore: number; clauseScore: number };
}

/**
 * The learned second opinion's best scores per view (whole sentence, best clause) for an element's
 * evidence it did not overrule: how surely that evidence reads as the element (0–1).
 */
export interface ElementScores {
  sentenceScore: number;
  clauseScore: number;
}

/** The learned second opinion's veto of an element (src/text/element-model-veto.ts): the detector's evidence it overruled and its best scores per view. */
export interface ElementVeto {
  evidence: ElementEvidence[];
  sentenceScore: number;
  clauseScore: number;
}

export interface DocumentFacts {
  /** 'image': a photographed or scanned page (JPEG, PNG, HEIC) whose text was read by OCR. */
  format: 'pdf' | 'docx' | 'doc' | 'text' | 'ofd' | 'image';
  pages: number | null;
  encrypted: boolean;
  textLength: number; // 字数: non-whitespace characters of the normalised text
  text: string;
  pageTexts?: string[];
  created: string | null; // document's own dates, local ISO where known
  modified: string | null;
  title: string | null;
  /** Per element of the built-in standard (主体责任 …): the sentences that satisfy its test. Rule-independent; the check decides. */
  elements: Record<string, ElementEvidence[]>;
  /** Elements whose detector evidence the learned second opinion overruled (moved out of `elements`). */
  elementVetoes?: Record<string, ElementVeto>;
  /** The second opinion's best scores for each element it may veto and did not (absent when none was scored). */
  elementScores?: Record<string, ElementScores>;
  /** Sections (by heading) and sentences with pages: what the element checks judge. */
  sections?: TextSection[];
  sentences?: TextSentence[];
  /** Document numbers (文号) found in the text. */
  citations: Citation[];
  /** Numbers with units counted as data instances. */
  dataPoints: { text: string; page?: number }[];
  /** Dates found in the text that look like the document's own date (落款日期), local YYYY-MM-DD. */
  signedDate: string | null;
  /** Styled headings of a .docx (Heading 1, 标题 1 …), as they appear in `text`. */
  headings?: string[];
  /** The text was written in traditional characters and is read as its simplified conversion (text, sentences, evidence). Absent: read as written. */
  script?: 'traditional';
  /** The text was repaired during extraction, e.g. 'gbk-latin1' (GBK bytes shown as Latin-1). */
  textRepaired?: string;
  /** The text was read by OCR from page images (a scan without a text layer, or a photo). */
  ocr?: OcrFacts;
  /**
   * Text a reader of the file cannot see, left out of `text` (a .docx run hidden, 1 pt or smaller,
   * white on nothing; PDF text drawn invisible or white on a page with nothing under it): its
   * non-blank characters and how it was hidden ('vanish', 'style', 'white', 'tiny', 'invisible',
   * 'clipped': PDF glyphs outside the clipping path; 'layer': in optional content switched off; 'blend': in a blend mode leaving a white page white,
   * or black text under /Difference or /Exclusion; 'covered': painted over by an opaque rectangle drawn after it; 'masked': under a soft mask showing nothing;
   * 'shape': a .docx text box or shape hidden or off the page; 'same-colour': a .docx run coloured as its own shading or highlight).
   * Absent when none.
   */
  hiddenText?: { chars: number; how: string[] };
}

export interface OcrFacts {
  engine: string;
  /**
   * Pages in the file, and per page read (in order, from 1): tesseract's mean confidence (0–100),
   * characters read, and (when any) the images or streams the renderer had to leave out (`refused`).
   */
  pagesTotal: number;
  pages: { page: number; confidence: number; chars: number; seal: 'seal' | 'no-seal' | 'cannot-tell'; refused?: number }[];
  /** Mean confidence of the pages whose text was used (all pages when none was). */
  meanConfidence: number;
  /** Red seal (公章) on any page read: 'seal'; colour pages without one: 'no-seal'; greyscale only: 'cannot-tell'. */
  seal: 'seal' | 'no-seal' | 'cannot-tell';
}

export interface Citation {
  raw: string;
  title: string | null; // 《…》 when next to it
  year: number | null;
  wellFormed: boolean;
  corrected: string | null;
  problems: string[];
  page?: number;
}

export interface RegisterRow {
  sheet: string;
  row: number;
  name: string | null;
  date: string | null; // YYYY-MM-DD
  dateEnd?: string | null;
  dateCell?: string;
  dateError?: string | null;
  place: string | null;
  participants: number | null;
  online: boolean | null;
  photos: string[];
  // Optional detail from the register extractor (raw text and source cells, for findings and `inspect`).
  dateText?: string | null;
  participantsCell?: string;
  participantsError?: string | null; // 'empty' | 'not-a-number' | 'not-positive'
  /** The 人数 cell as typed, when it is no number of participants ('若干', 'N/A', 0): the finding quotes it. */
  participantsText?: string;
  form?: string | null; // the 形式 cell as typed
  formCell?: string;
  photosCell?: string;
  note?: string | null;
  /** A date typed without a year (1月26日): month and day as written; `date` stays null and the check supplies the year. */
  dateYearless?: { month: number; day: number; endMonth?: number; endDay?: number } | null;
  /** Days listed one by one in the cell (6月10日、12日), as 'MM-DD': the activity ran on these, not on every day of date…dateEnd. */
  dateDays?: string[];
  /** The 平台 cell (online activities: 微信公众号, 抖音 …). */
  platform?: string | null;
}

export interface RegisterFacts {
  format: 'xlsx' | 'xls' | 'csv';
  sheets: string[];
  headerFound: boolean;
  rows: RegisterRow[];
  /** Header row found per sheet: field → column letter (register extractor). */
  headers?: { sheet: string; row: number; columns: Record<string, string> }[];
  /** Per sheet, the first cell with content beyond the reading caps (rows, columns, cells): not read. */
  overflow?: { sheet: string; cell: string; reason: 'rows' | 'columns' | 'cells' | 'workbook-cells'; limit: number }[];
  /** Per sheet, the year its title or 填报 line names (with the 填报 month), for dates typed without a year. */
  yearHints?: { sheet: string; year: number; month: number | null; cell: string; source: 'title' | 'filled' }[];
  /** Rows below a header with content the tool could not read as an activity (no value in any column it knows). */
  unreadRows?: { sheet: string; row: number; cell: string; text: string }[];
  /**
   * Rows below a header holding cells that cannot be read (reason 'formula-without-value': a formula
   * whose result was never saved): the first such cell and all of them. Read as blank they would
   * misread the row silently.
   */
  unreadCells?: { sheet: string; row: number; cell: string; cells: string[]; reason: 'formula-without-value' }[];
  /** Sheets with a table but no header the tool recognises, while another sheet has one. */
  unreadSheets?: string[];
  /** A .csv quote that is never closed, read as a plain character: the cell it opens. */
  unclosedQuote?: { sheet: string; cell: string };
  /**
   * Sheets that hide something under their header (.xlsx): the sheet's state (hidden / veryHidden,
   * else visible), how many activities the sheet holds that a reviewer opening it cannot see at all
   * (in a hidden sheet, hidden or zero-height rows, or every cell hidden), how many of the columns
   * the header reads are hidden or zero-width, how many cells of rows shown show nothing (their
   * column hidden, a `;;;` format, white text, text of the fill's colour), and how. Only what is
   * seen is read: `rows` holds none of it. Absent when nothing is hidden.
   */
  hidden?: {
    sheet: string;
    state: 'visible' | 'hidden' | 'veryHidden';
    rows: number;
    columns: number;
    cells?: number;
    how?: ('sheet' | 'row' | 'low-row' | 'column' | 'narrow-column' | 'format' | 'white' | 'same-colour')[];
  }[];
}

/**
 * A video's facts (src/extract/video.ts), read from its box headers and its `moov` box only.
 * Times are as the file holds them: mvhd's in UTC, the metadata date as written (the check maps
 * both to China time).
 */
export interface VideoFacts {
  /** Container family from the content: ISO MP4, QuickTime, 3GPP. */
  format: 'mp4' | 'mov' | '3gp';
  /** ftyp major brand ('isom', 'qt  ', '3gp4' …); null for a QuickTime movie without ftyp. */
  brand: string | null;
  compatibleBrands: string[];
  bytes: number;
  /** mvhd creation time, 'YYYY-MM-DDTHH:MM:SSZ' (UTC); null when 0 (unknown) or absent. */
  createdUtc: string | null;
  /** QuickTime/Apple metadata date (com.apple.quicktime.creationdate, else ©day), as written and parsed. */
  metadataDate: { tag: string; value: string; time: string | null; offset: string | null } | null;
  /** mvhd duration ÷ timescale, to the millisecond. */
  durationSeconds: number | null;
  /** The video track's tkhd width and height (16.16 fixed point, rounded), and its display rotation in degrees. */
  width: number | null;
  height: number | null;
  rotation: number | null;
  videoTracks: number;
  audioTracks: number;
}

export type Facts =
  | ({ type: 'photo' } & PhotoFacts)
  | ({ type: 'video' } & VideoFacts)
  | ({ type: 'document' } & DocumentFacts)
  | ({ type: 'register' } & RegisterFacts)
  | { type: 'none' };

/** What discovery knows about a file before reading its content in full. */
export interface DiscoveredFile {
  /** Path relative to the checked root, '/'-separated, decoded and NFC-normalised. */
  path: string;
  /** Absolute path as bytes: GBK-named files are only reachable this way. */
  absPath: Buffer;
  name: string;
  /** The raw name was not UTF-8 and was decoded as GB18030. */
  nameRepaired: boolean;
  size: number;
  container: Container;
  kind: FileKind;
  unit: string | null;
  indicator: string | null; // normalised key
  /** Problems found while discovering (misplaced, unknown indicator folder …). */
  notes: string[];
  /** What the walk's stat said, for the fact cache's stat index (absent for entries it could not stat). */
  stat?: FileStat;
}

/** mtime and ctime in nanoseconds and the inode number, as decimal strings (they pass 2^53). */
export interface FileStat {
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
}

/** What an extractor may read of a discovered file: its bytes (by path), name, size and sniffed container — never its kind, unit or indicator. */
export type FileInput = Pick<DiscoveredFile, 'absPath' | 'name' | 'size' | 'container' | 'notes'>;

/** The extractors (their versions: src/extract/version.ts). */
export type ExtractorName = 'photo' | 'document' | 'register' | 'video' | 'ocr' | 'none';

/**
 * What one extractor read from one file: a function of the bytes, name, container and the run's
 * extraction options, never of the rule file; plain JSON, frozen (src/extract/record.ts).
 */
export interface FactRecord {
  readonly extractor: ExtractorName;
  readonly version: number;
  readonly facts: Facts;
  readonly error: ExtractError | null;
}

/** A discovered file with its records: the one its container calls for, and OCR's when the run made one. */
export interface FileRecords {
  file: DiscoveredFile;
  facts: FactRecord;
  ocr: FactRecord | null;
}

/** Run-level fingerprints of a photo (src/extract/photo-fingerprint.ts): computed across files, never part of a file's facts. */
export interface PhotoFingerprint {
  /** SHA-256, only for files whose size and partial hash collide with another's. */
  sha256: string | null;
  /** The near-duplicate hash used, and where it came from. */
  dhash: string | null;
  dhashSource: 'thumbnail' | 'image' | null;
}

/** A file as the checks see it: the facts its kind is judged on (src/checks/file-facts.ts). */
export interface ExtractedFile extends DiscoveredFile {
  facts: Facts;
  error: ExtractError | null;
  /** Photos: the run's fingerprints (absent before the fingerprint stage, or for other files). */
  fingerprint?: PhotoFingerprint;
}

// ---------------------------------------------------------------- report

/** 'reviewed': passes only because a person confirmed or accepted its findings (已人工确认). */
export type Status = 'pass' | 'fail' | 'not-checked' | 'reviewed';

export interface FileReport {
  path: string;
  kind: FileKind;
  unit: string | null;
  indicator: string | null;
  status: Status;
  findings: number;
  /** 说明报告: the verdict on each element, with its evidence sentence and page. */
  elements?: ElementVerdict[];
}

export interface IndicatorReport {
  code: string; // normalised key
  label: string; // the code as the rule set writes it (Ⅲ—12)
  name: string;
  folder: string | null; // relative path, null when absent
  status: Status;
  files: number;
}

export interface UnitReport {
  name: string;
  folder: string | null; // null: the unit has no folder at all
  /**
   * This row is another folder of the unit named (县文旅局 - 副本 beside 县文旅局): checked and shown,
   * but not counted in the summary, which counts the unit once by its own folder.
   */
  otherFolderOf?: string;
  status: Status;
  indicatorsAssigned: number;
  indicatorsPassed: number;
  completionRate: number; // 0..1
  indicators: IndicatorReport[];
  counts: Counts;
}

export interface Counts {
  /**
   * Findings by severity; a group (duplicate photos, report.groups) counts once in each unit it
   * touches, not once per file: the summary is the units' counts plus `outside`, added up.
   */
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  filesPassed: number;
  filesFailed: number;
  filesNotChecked: number;
  /** Findings covered by the review record (not in errors/warnings/infos), and files whose status is 'reviewed'. */
  reviewed: number;
  filesReviewed: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'ledger-check'; version: string };
  root: string;
  mode: 'unit' | 'county' | 'indicator';
  asOf: string; // YYYY-MM-DD
  lang: Lang;
  rules: { name: string; version: string; source: string };
  summary: {
    status: 'pass' | 'fail';
    completionRate: number;
    units: number;
    indicatorsAssigned: number;
    indicatorsPassed: number;
    /** --max-warnings, when given: more warnings than this fail the run (the formats say so). */
    maxWarnings?: number;
  } & Counts;
  units: UnitReport[];
  /** What lies outside every unit folder (files and findings at the county root), counted like a unit; only when there is some. */
  outside?: Counts;
  files: FileReport[];
  findings: Finding[];
  /** Groups of findings (duplicate photos), each stated once; only when there is one. */
  groups?: FindingGroup[];
  /** The review record used, and what became of its entries. */
  review?: ReviewSummary;
}

export interface ReviewSummary {
  file: string;
  entries: number;
  /** Entries that covered at least one finding. */
  applied: number;
  /** Entries whose file changed since the review (content hash differs). */
  stale: number;
  /** Entries that matched no finding of this run. */
  unused: number;
  /** Entries about files outside the checked folder (not judged in this run). */
  outOfScope: number;
}
