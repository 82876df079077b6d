/**
 * discover: walk the checked folder and lay it out as units → indicator folders → files.
 * A unit folder holds indicator folders (names beginning with a code) and, at its root, the
 * sign-off sheet. A root whose children are unit folders is a county run.
 */
import path from 'node:path';
import type { Container, DiscoveredFile } from '../types.js';
import type { RuleSet } from '../rules/schema.js';
import { walk, type WalkEntry } from './walk.js';
import { readHeadAdaptive } from '../formats/read-adaptive.js';
import { isControlName, makeIgnore } from './names.js';
import type { IgnoreRules } from '../rules/ignore-file.js';
import { SNIFF_BYTES, sniffContainer } from '../formats/sniff.js';
import { classify } from './classify.js';
import { parseIndicatorPrefix } from '../rules/indicator-code.js';
import { isCopyFolderName, unitForFolder } from '../units/folder.js';
import { hasUnit } from '../units/rule-units.js';
import { secondFolderUnitName } from '../messages/units.js';
import { append } from '../util/append.js';

export interface IndicatorFolder {
  key: string;
  folder: string; // relative path
  title: string; // folder name after the code
}

export interface UnitLayout {
  name: string;
  /**
   * The unit has more than one folder (县文旅局 and 县文旅局 - 副本, 02 县文旅局 and 县文旅局): its
   * name and every folder of it, its own first (a copy's folder after the original's).
   */
  folders?: { unit: string; folders: string[] };
  /** Only one indicator folder of the unit was given to check (unit-level checks do not apply). */
  partial?: boolean;
  /** '' when the root is the unit; null for a unit of the rule set with no folder at all. */
  folder: string | null;
  indicatorFolders: IndicatorFolder[];
}

export interface Discovery {
  /** 'indicator': the folder given is one indicator folder of a unit (a clerk checking one item). */
  mode: 'unit' | 'county' | 'indicator';
  units: UnitLayout[];
  files: DiscoveredFile[];
  /** Paths that could not be listed or opened, with the reason. */
  problems: { path: string; detail: string }[];
  ignored: string[];
  /** Rule, review and ignore files found inside the checked folder: reported, never read. */
  planted: { path: string; unit: string | null; indicator: string | null }[];
}

/**
 * parseIndicatorPrefix per folder name, remembered: it is asked for each file of a folder, several
 * times (mode, layout, planted files), and a county has a few dozen folder names for thousands of
 * files. Pure, so the memo changes nothing but time; bounded.
 */
const codes = new Map<string, Readonly<{ key: string; rest: string }> | null>();
function indicatorCode(name: string): Readonly<{ key: string; rest: string }> | null {
  let c = codes.get(name);
  if (c === undefined) {
    if (codes.size >= 4096) codes.clear();
    const parsed = parseIndicatorPrefix(name);
    codes.set(name, (c = parsed && Object.freeze(parsed)));
  }
  return c;
}

const SNIFF_CONCURRENCY = 16;

export interface DiscoverOptions {
  /** The `.ledgercheckignore` rules (read from outside the checked folder). */
  ignoreFile?: IgnoreRules;
  /** The container of a file the fact cache knows unchanged (its first bytes are then not read). */
  knownContainer?: (rel: string, size: number, stat: WalkEntry['stat']) => Container | undefined;
  /** Keep each file's mtime, ctime and inode (for the fact cache; default true). */
  stat?: boolean;
}

export async function discover(root: string, rules: RuleSet, opts: DiscoverOptions = {}): Promise<Discovery> {
  const w = await walk(root, makeIgnore(rules.ignore, opts.ignoreFile), { stat: opts.stat });
  const rootName = path.basename(path.resolve(root)).normalize('NFC');
  // One indicator folder given on its own: its name carries a code of the rule set, and it holds
  // no indicator folders or unit folders of its own ('3.15 台账' full of units is a county).
  const rootCode = indicatorCode(rootName);
  const hasIndicatorFolders = w.files.some((f) => {
    const parts = f.rel.split('/');
    return (parts.length >= 2 && !!indicatorCode(parts[0]!)) || (parts.length >= 3 && !!indicatorCode(parts[1]!));
  });
  const hasUnitFolders = w.dirs.some((d) => !d.includes('/') && hasUnit(rules, unitForFolder(d, rules)));
  const isIndicator = !!rootCode && rules.indicators.some((i) => i.key === rootCode.key) && !hasIndicatorFolders && !hasUnitFolders;
  const mode = isIndicator ? 'indicator' : detectMode(w.files, rules);
  const units = new Map<string, UnitLayout>();
  const unitNames = new Set<string>(); // every name given so far (a scan of units per folder was quadratic)
  // County: the unit each top folder holding files stands for. Of several folders of one unit the
  // first is the unit's own and the others keep their folder names, so their findings and
  // completion rate never mix; an original comes before its copies (县文旅局 before 县文旅局 - 副本,
  // which sorts first by path), then by name.
  const folderUnit = new Map<string, { name: string; folders?: UnitLayout['folders'] }>();
  if (mode === 'county') {
    const byUnit = new Map<string, { folder: string; copy: boolean }[]>();
    const seenTop = new Set<string>();
    for (const f of w.files) {
      const cut = f.rel.indexOf('/');
      if (cut < 0) continue;
      const folder = f.rel.slice(0, cut);
      if (seenTop.has(folder)) continue;
      seenTop.add(folder);
      const name = unitForFolder(folder, rules);
      if (!byUnit.has(name)) byUnit.set(name, []);
      byUnit.get(name)!.push({ folder, copy: isCopyFolderName(folder) });
    }
    for (const [name, list] of byUnit) {
      list.sort((a, b) => Number(a.copy) - Number(b.copy) || (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
      const folders = list.length > 1 ? { unit: name, folders: list.map((l) => l.folder) } : undefined;
      list.forEach((l, i) => folderUnit.set(l.folder, { name: i === 0 ? name : secondFolderUnitName(name, l.folder), ...(folders ? { folders } : {}) }));
    }
  }
  const unitOf = (parts: string[]): { unit: UnitLayout; inner: string[] } | null => {
    if (mode === 'indicator') {
      // The root is an indicator folder: its unit is the folder above it.
      const parent = path.basename(path.dirname(path.resolve(root))).normalize('NFC');
      const u = units.get('') ?? { name: unitForFolder(parent, rules), folder: '', indicatorFolders: [], partial: true };
      if (!u.indicatorFolders.length) u.indicatorFolders.push({ key: rootCode!.key, folder: '.', title: rootCode!.rest });
      units.set('', u);
      return { unit: u, inner: [rootName, ...parts] };
    }
    if (mode === 'unit') {
      const u = units.get('') ?? { name: unitForFolder(rootName, rules), folder: '', indicatorFolders: [] };
      units.set('', u);
      return { unit: u, inner: parts };
    }
    if (parts.length < 2) return null; // a file at the county root
    const folder = parts[0]!;
    let u = units.get(folder);
    if (!u) {
      // Two folders for one unit ('01 县文旅局' and '县文旅局'): the second keeps its own folder
      // name, so its findings and completion rate never mix with the first one's.
      const known = folderUnit.get(folder);
      const name = known?.name ?? unitForFolder(folder, rules);
      const taken = !known && unitNames.has(name);
      u = { name: taken ? secondFolderUnitName(name, folder) : name, folder, indicatorFolders: [], ...(known?.folders ? { folders: known.folders } : {}) };
      units.set(folder, u);
      unitNames.add(u.name);
    }
    return { unit: u, inner: parts.slice(1) };
  };
  if (mode !== 'county') unitOf([]);

  const files: DiscoveredFile[] = [];
  const problems: Discovery['problems'] = [];
  // Entries that could not be listed or followed stay in the run as unreadable files.
  const broken = w.problems.map((p) => ({ rel: p.rel, abs: Buffer.alloc(0), name: p.rel.split('/').pop()!, repaired: false, size: 0, broken: p.detail }));
  const entries: (WalkEntry & { broken?: string })[] = append(w.files, broken);
  w.files = [];
  // Latency-bound header reads, 16 at a time as in extraction, by workers pulling the next entry
  // (no promise per file made up front: 100,000 entries stay 100,000 small results).
  const sniffs: Sniffed[] = new Array(entries.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(SNIFF_CONCURRENCY, entries.length) }, async () => {
      while (next < entries.length) {
        const i = next++;
        const e = entries[i]!;
        sniffs[i] = e.broken ? { container: 'unknown', error: e.broken } : await sniff(e, opts.knownContainer);
      }
    }),
  );
  // What a file's folder decides (its unit, indicator, notes and folder names) is worked out once
  // per folder: a folder of 150,000 files made the same arrays and strings 150,000 times.
  type Place = { unit: string | null; indicator: string | null; folders: string[]; notes: readonly string[] };
  const places = new Map<string, Place>();
  const placeOf = (dir: string): Place => {
    let place = places.get(dir);
    if (place) return place;
    // The same as a file's own parts with its name left out: a placeholder stands for the name.
    const parts = dir === '' ? [''] : [...dir.split('/'), ''];
    const owner = unitOf(parts);
    const notes: string[] = [];
    let unit: string | null = null;
    let indicator: string | null = null;
    let folders: string[] = parts.slice(0, -1);
    if (!owner) {
      notes.push('county-root');
    } else {
      unit = owner.unit.name;
      const inner = owner.inner;
      folders = inner.slice(0, -1);
      if (inner.length >= 2) {
        const code = indicatorCode(inner[0]!);
        if (code) {
          indicator = code.key;
          const folder = mode === 'indicator' ? '.' : owner.unit.folder ? `${owner.unit.folder}/${inner[0]}` : inner[0]!;
          if (!owner.unit.indicatorFolders.some((f) => f.folder === folder)) {
            owner.unit.indicatorFolders.push({ key: code.key, folder, title: code.rest });
          }
        } else {
          notes.push('outside-indicator');
        }
      } else {
        notes.push('unit-root');
      }
    }
    place = { unit, indicator, folders, notes: Object.freeze(notes) };
    places.set(dir, place);
    return place;
  };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const cut = e.rel.lastIndexOf('/');
    const { unit, indicator, folders, notes } = placeOf(cut < 0 ? '' : e.rel.slice(0, cut));
    const sniffed = sniffs[i]!;
    if (sniffed.error) problems.push({ path: e.rel, detail: sniffed.error });
    const f: DiscoveredFile = {
      path: e.rel,
      absPath: e.abs,
      name: e.name,
      nameRepaired: e.repaired,
      size: e.size,
      container: sniffed.container,
      kind: classify(sniffed.container, e.name, folders, rules),
      unit,
      indicator,
      notes: sniffed.error ? [...notes, `unreadable:${sniffed.error}`] : (notes as string[]),
    };
    if (e.stat) f.stat = e.stat;
    files.push(f);
    // The walk's entry and its sniff are let go as the file is made.
    (entries as unknown[])[i] = null;
    (sniffs as unknown[])[i] = null;
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (mode === 'county') {
    // Units that handed in nothing are the first thing a county office needs to see: empty unit
    // folders, and units the rule set assigns work to that have no folder at all.
    // An empty folder is a unit that handed in nothing only when the rule set knows that unit
    // (and no other folder already stands for it); any other empty folder is just a folder.
    for (const d of w.dirs) {
      if (d.includes('/') || units.has(d)) continue;
      const name = unitForFolder(d, rules);
      if (hasUnit(rules, name) && !unitNames.has(name)) unitOf([d, '']);
    }
    const present = new Set([...units.values()].map((u) => u.name));
    for (const name of Object.keys(rules.units)) {
      if (!present.has(name)) units.set(`\u0000${name}`, { name, folder: null, indicatorFolders: [] });
    }
  }
  const key = (u: UnitLayout) => u.folder ?? u.name;
  const unitList = [...units.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { mode, units: unitList, files, problems, ignored: w.ignored, planted: plantedFiles(w.ignored, mode, units, rootName) };
}

/**
 * Our own control files (rule, review, ignore) among the names the walk left out, placed in the
 * unit and indicator folder they sit in — only ones that exist: a planted file never creates a
 * unit or an indicator of its own, so the verdict stays what it is without it.
 */
function plantedFiles(ignored: string[], mode: Discovery['mode'], units: Map<string, UnitLayout>, rootName: string): Discovery['planted'] {
  const out: Discovery['planted'] = [];
  for (const rel of ignored) {
    const parts = rel.split('/');
    if (!isControlName(parts[parts.length - 1]!)) continue;
    const u = mode === 'county' ? (parts.length >= 2 ? units.get(parts[0]!) : undefined) : units.get('');
    const inner = mode === 'county' ? parts.slice(1) : mode === 'indicator' ? [rootName, ...parts] : parts;
    const code = inner.length >= 2 ? indicatorCode(inner[0]!) : null;
    const indicator = u && code && u.indicatorFolders.some((f) => f.key === code.key) ? code.key : null;
    out.push({ path: rel, unit: u?.name ?? null, indicator });
  }
  return out;
}

type Sniffed = { container: Container; error?: string };

/** The file's container from its first bytes: classified here, once; extraction never sniffs again. */
async function sniff(e: WalkEntry, known?: DiscoverOptions['knownContainer']): Promise<Sniffed> {
  if (e.size === 0) return { container: 'empty' };
  const cached = known?.(e.rel, e.size, e.stat);
  if (cached) return { container: cached };
  try {
    // A tiny file gets a buffer of its own size, not SNIFF_BYTES.
    return { container: sniffContainer(await readHeadAdaptive(e.abs, Math.min(SNIFF_BYTES, e.size)), e.size) };
  } catch (err) {
    return { container: 'unknown', error: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
}

/**
 * Unit mode when the root's own sub-folders carry indicator codes (or it has a sign-off sheet);
 * county mode when its sub-folders are unit folders (they hold indicator folders, or are units
 * named in the rule set).
 */
function detectMode(files: WalkEntry[], rules: RuleSet): 'unit' | 'county' {
  let rootIndicators = 0;
  let nestedIndicators = 0;
  let knownUnits = 0;
  const seenTop = new Set<string>();
  for (const f of files) {
    const parts = f.rel.split('/');
    if (parts.length >= 2 && indicatorCode(parts[0]!)) rootIndicators++;
    if (parts.length >= 3 && indicatorCode(parts[1]!)) nestedIndicators++;
    if (parts.length >= 2 && !seenTop.has(parts[0]!)) {
      seenTop.add(parts[0]!);
      if (hasUnit(rules, unitForFolder(parts[0]!, rules))) knownUnits++;
    }
  }
  if (rootIndicators > 0 && rootIndicators >= nestedIndicators) return 'unit';
  if (nestedIndicators > 0 || knownUnits > 0) return 'county';
  return 'unit';
}
