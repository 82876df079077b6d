/**
 * pdf.js's parser (its "worker" module, which in Node runs on the calling thread) with narrow
 * changes for text extraction, applied to the installed pdfjs-dist source when it is loaded:
 *
 * 1. `font-program`: an embedded font program is not parsed and converted to OpenType when the
 *    font has its own ToUnicode map. Text needs only the character codes, the ToUnicode map and
 *    the widths from the font dictionary; converting the program (Type1/CFF compile, TrueType
 *    repair) is for drawing glyphs and took a third of all PDF time. A font WITHOUT a ToUnicode
 *    map is converted as before: there the program's built-in encoding names the characters
 *    (the GBK-mojibake repair in text-quality.ts depends on what comes out there). Nor is the
 *    font file pdf.js substitutes for a non-embedded standard 14 font (Helvetica, Times …: its
 *    `isInternalFont`): pdf.js takes no text from it, and converting it was most of the time of
 *    PDFs set in those fonts.
 * 2. `cmap-cache`: predefined CMaps (UniGB-UTF16-H, Adobe-GB1-UCS2 …) are built once per thread
 *    and shared by every document, instead of once per font of every document. They are read only.
 * 3. `cjk-tounicode-cache` / `-store`: so is the ToUnicode map pdf.js derives for a CJK font that
 *    has none (a predefined CMap × Adobe-*-UCS2).
 * 5. `tounicode-copy-on-amend`: every font shares that map until it amends it (only then is it
 *    copied, for that font). Copying it for every font (a sparse array of ~30,000 entries) was
 *    two thirds of all the time on PDFs with non-embedded CJK fonts.
 * 4. `no-drawing-glyph-map`: a horizontal font drawn with a system font (not embedded) gets no
 *    glyph map for drawing (one entry per character code); its text needs only the ToUnicode map
 *    and the widths. A vertical one still gets it (its text takes vertical punctuation from it).
 * 6. `native-inflate`: a FlateDecode stream read from the document's bytes is inflated by zlib
 *    (node:zlib, in one call) instead of pdf.js's JavaScript decoder, block by block. Only a
 *    complete, valid stream is taken from zlib (within NATIVE_INFLATE_MAX_BYTES of output); a stream
 *    that inflates past that bound (a decompression bomb) is read as empty and counted; on any other
 *    error (cut short, bad code, bad stored block) the JavaScript decoder reads it from
 *    its start as before, with its own partial output and errors. A valid deflate stream decodes to
 *    the same bytes either way. Inflating was a tenth of a thread's PDF time, plus V8 optimising
 *    the decoder again in every thread.
 * 7. `stream-cap`: every other decoder stops at the same bound (pdf-stream-cap.ts; see PATCHES).
 * 8. `native-pdf20-hash`: the password hash of AES-256 revision 6 encryption (algorithm 2.B) is
 *    computed with node:crypto (AES-128-CBC, SHA-256/384/512), the same steps; pdf.js's JavaScript
 *    computes it when node:crypto fails. It was most of the time of such a PDF (25–60 ms).
 * 9. `glyph-category`: a glyph's Unicode category is read from pdf.js's per-character cache, not
 *    stored on each glyph with Object.defineProperty (the same value).
 * 10. `bidi-ltr-fast-path`: text with no right-to-left character skips pdf.js's bidi algorithm,
 *    which returns such text unchanged and left-to-right.
 * 11. `cid-width-range`: a composite font's width ranges stop at CID 0xFFFF (a range to 2^32
 *    aborted the process).
 * 12. `hidden-text`: the one change that is not for speed: glyphs drawn invisible (render mode 3 or
 *    7) or filled near-white are marked on their text items, and painting (an image, a coloured
 *    fill) is marked on the page, so the reader leaves out text nobody can see (pdf-text.ts). When
 *    the patches do not apply, such text is read as before (a test checks they apply).
 *
 * Each change must match the source exactly once; if pdfjs-dist changes under us, the unpatched
 * module is used (same text, slower) and `textWorkerPatches()` says so (a test checks it).
 * This module is for text only: nothing that draws pages may use it (OCR renders with its own
 * pdf.js instance).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { preparedKey } from './pdfjs-scripts.js';
import { CID_WIDTH_RANGE_PATCHES, PDF_STREAM_MAX_BYTES, applyOnce, countCappedStream, streamCapPatch, type SourcePatch } from './pdf-stream-cap.js';

type Patch = SourcePatch;

/**
 * Largest output a FlateDecode stream inflates to; a bigger one (a decompression bomb) is read as
 * empty and counted, so the document is refused (pdf-stream-cap.ts).
 */
export const NATIVE_INFLATE_MAX_BYTES = PDF_STREAM_MAX_BYTES;

const PATCHES: Patch[] = [
  {
    name: 'font-program',
    find: '    [type, subtype] = getFontFileType(file, properties);\n',
    replace:
      // A standard 14 font pdf.js draws with its own font file (isInternalFont) is not converted
      // either: pdf.js never takes its text from that program (adjustType1ToUnicode and
      // adjustTrueTypeToUnicode return early for it) and none of those files sets a FontMatrix.
      '    if (properties.hasIncludedToUnicodeMap || properties.isInternalFont) {\n' +
      '      amendFallbackToUnicode(properties);\n' +
      '      this.toUnicode = properties.toUnicode;\n' +
      '      return;\n' +
      '    }\n' +
      '    [type, subtype] = getFontFileType(file, properties);\n',
  },
  {
    name: 'cmap-cache',
    find: 'async function createBuiltInCMap(name, fetchBuiltInCMap) {\n',
    replace:
      'const builtInCMapCache = new Map();\n' +
      'const builtInToUnicodeCache = new Map();\n' +
      'function createBuiltInCMap(name, fetchBuiltInCMap) {\n' +
      '  let cMap = builtInCMapCache.get(name);\n' +
      '  if (!cMap) {\n' +
      '    cMap = buildBuiltInCMap(name, fetchBuiltInCMap).then((built) => {\n' +
      '      built.builtInName = name;\n' +
      '      return built;\n' +
      '    });\n' +
      '    builtInCMapCache.set(name, cMap);\n' +
      '    cMap.catch(() => builtInCMapCache.delete(name));\n' +
      '  }\n' +
      '  return cMap;\n' +
      '}\n' +
      'async function buildBuiltInCMap(name, fetchBuiltInCMap) {\n',
  },
  {
    // 3. The ToUnicode map of a CJK font that has none (built from its predefined CMap and the
    // Adobe-*-UCS2 map: tens of thousands of entries) is built once per pair, and copied.
    name: 'cjk-tounicode-cache',
    find: '      const toUnicode = [],\n        buf = [];\n      properties.cMap.forEach(function (charcode, cid) {\n',
    replace:
      '      const toUnicodeKey = properties.cMap.builtInName ? `${properties.cMap.builtInName}|${ucs2CMapName.name}` : null;\n' +
      '      const cachedToUnicode = toUnicodeKey ? builtInToUnicodeCache.get(toUnicodeKey) : undefined;\n' +
      '      if (cachedToUnicode) {\n' +
      '        return sharedToUnicodeMap(cachedToUnicode);\n' +
      '      }\n' +
      '      const toUnicode = [],\n        buf = [];\n      properties.cMap.forEach(function (charcode, cid) {\n',
  },
  {
    name: 'cjk-tounicode-store',
    find: '      return new ToUnicodeMap(toUnicode);\n    }\n    return new IdentityToUnicodeMap(properties.firstChar, properties.lastChar);\n',
    replace:
      '      if (toUnicodeKey) {\n' +
      '        builtInToUnicodeCache.set(toUnicodeKey, toUnicode);\n' +
      '        return sharedToUnicodeMap(toUnicode);\n' +
      '      }\n' +
      '      return new ToUnicodeMap(toUnicode);\n    }\n    return new IdentityToUnicodeMap(properties.firstChar, properties.lastChar);\n',
  },
  {
    // 5. A ToUnicode map built from the shared one above is the shared array itself until a font
    // amends it (fallback or encoding-derived entries): only then is it copied, for that font.
    name: 'tounicode-copy-on-amend',
    find: 'class ToUnicodeMap {\n  constructor(cmap = []) {\n    this._map = cmap;\n  }\n',
    replace:
      'function sharedToUnicodeMap(cmap) {\n' +
      '  const map = new ToUnicodeMap(cmap);\n' +
      '  map._shared = true;\n' +
      '  return map;\n' +
      '}\n' +
      'class ToUnicodeMap {\n  constructor(cmap = []) {\n    this._map = cmap;\n    this._shared = false;\n  }\n',
  },
  {
    name: 'tounicode-copy-on-amend-2',
    find: '  amend(map) {\n    for (const charCode in map) {\n      this._map[charCode] = map[charCode];\n',
    replace:
      '  amend(map) {\n' +
      '    if (this._shared) {\n' +
      '      this._map = Object.assign([], this._map);\n' +
      '      this._shared = false;\n' +
      '    }\n' +
      '    for (const charCode in map) {\n      this._map[charCode] = map[charCode];\n',
  },
  {
    // 4. A font without a usable program (not embedded: STSong-Light, SimSun …) gets a glyph map
    // for drawing with a system font, one entry per ToUnicode entry. Text reads it only for
    // vertical writing (the vertical presentation forms ︵ ︶ ︑ come from it): only then is it made.
    name: 'no-drawing-glyph-map',
    find: '    } else {\n      const glyphsUnicodeMap = getGlyphsUnicode();\n      const map = [];\n      this.toUnicode.forEach((charCode, unicodeCharCode) => {\n',
    replace: '    } else if (this.vertical) {\n      const glyphsUnicodeMap = getGlyphsUnicode();\n      const map = [];\n      this.toUnicode.forEach((charCode, unicodeCharCode) => {\n',
  },
  {
    name: 'native-inflate',
    find: 'class FlateStream extends DecodeStream {\n',
    replace:
      '/* ledger-check: native-inflate */\n' +
      'const nativeZlib = typeof process === "object" && typeof process.getBuiltinModule === "function" ? process.getBuiltinModule("zlib") : null;\n' +
      `const NATIVE_INFLATE_MAX_BYTES = ${NATIVE_INFLATE_MAX_BYTES};\n` +
      'function nativeInflate(flate) {\n' +
      '  const str = flate.str;\n' +
      '  if (!nativeZlib || flate.bufferLength !== 0 || flate.codeSize !== 0 || !str || Object.getPrototypeOf(str) !== Stream.prototype) {\n' +
      '    return false;\n' +
      '  }\n' +
      // Stream.getBytes() without a length leaves the position alone: on failure, pdf.js's
      // decoder reads the stream from where it was.
      '  let output;\n' +
      '  try {\n' +
      '    output = nativeZlib.inflateRawSync(str.getBytes(), { maxOutputLength: NATIVE_INFLATE_MAX_BYTES });\n' +
      '  } catch (e) {\n' +
      // A stream that inflates past the bound (a decompression bomb: 2 MB of PDF → 2 GB) is read
      // as empty: pdf.js's own decoder would inflate all of it, block by block.
      '    if (e && e.code === "ERR_BUFFER_TOO_LARGE") {\n' +
      `      ${countCappedStream};\n` +
      '      flate.buffer = new Uint8Array(0);\n' +
      '      flate.bufferLength = 0;\n' +
      '      flate.eof = true;\n' +
      '      return true;\n' +
      '    }\n' +
      '    return false;\n' +
      '  }\n' +
      '  flate.buffer = new Uint8Array(output);\n' +
      '  flate.bufferLength = output.length;\n' +
      '  flate.eof = true;\n' +
      '  return true;\n' +
      '}\n' +
      'class FlateStream extends DecodeStream {\n',
  },
  {
    name: 'native-inflate-2',
    find: '  readBlock() {\n    let buffer, hdr, len;\n    const str = this.str;\n    try {\n      hdr = this.getBits(3);\n',
    replace:
      '  readBlock() {\n' +
      '    if (this.nativeTried !== true) {\n' +
      '      this.nativeTried = true;\n' +
      '      if (nativeInflate(this)) {\n' +
      '        return;\n' +
      '      }\n' +
      '    }\n' +
      '    let buffer, hdr, len;\n    const str = this.str;\n    try {\n      hdr = this.getBits(3);\n',
  },
  {
    // 9. A glyph's Unicode category (whitespace, diacritic, format mark) is looked up in pdf.js's
    // own per-character cache at every read instead of being stored on the glyph with
    // Object.defineProperty (pdf.js's `shadow`) the first time: that redefinition, once per glyph
    // of every font of every document, was ~2% of a thread's PDF time. The same value either way.
    name: 'glyph-category',
    find: '  get category() {\n    return shadow(this, "category", getCharUnicodeCategory(this.unicode), true);\n  }\n',
    replace: '  get category() {\n    return getCharUnicodeCategory(this.unicode);\n  }\n',
  },
  {
    // 10. Text with no character of a right-to-left script (none in U+0590–U+08AC, U+FB50–U+FDFF,
    // U+FE70–U+FEFF; no Latin-1 character is one) is returned as left-to-right before pdf.js's
    // bidi algorithm splits it into one string per character and classifies each: what that
    // algorithm returns for such text (no R, AL or AN character: left-to-right, unchanged).
    name: 'bidi-ltr-fast-path',
    find: '  chars.length = strLength;\n  types.length = strLength;\n',
    replace:
      '  let plainLeftToRight = true;\n' +
      '  for (let k = 0; k < strLength; k++) {\n' +
      '    const c = str.charCodeAt(k);\n' +
      '    if (c >= 0x0590 && (c <= 0x08ac || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff))) {\n' +
      '      plainLeftToRight = false;\n' +
      '      break;\n' +
      '    }\n' +
      '  }\n' +
      '  if (plainLeftToRight) {\n' +
      '    return createBidiText(str, isLTR);\n' +
      '  }\n' +
      '  chars.length = strLength;\n  types.length = strLength;\n',
  },
  // 12. `hidden-text` (not for speed: the one patch that changes what is read): text a reader cannot
  // see is marked, so the reader can leave it out (pdf-text.ts). A glyph shown in render mode 3 or 7
  // (invisible, as an OCR layer is) or with a fill made transparent (ExtGState /ca 0) gets `ledgerHidden: 2`, one filled near-white (each of gray/RGB
  // ≥ 0.94, CMYK ≤ 0.06, a Separation or DeviceN tint ≤ 0.06; modes 0 and 4) `ledgerHidden: 1`; an item holds glyphs of one kind. An
  // image painted on the page, or a path or shading filled with a colour that is not near-white,
  // pushes a marker item `{ type: 'ledgerPaint', image }` (forms included): the reader keeps
  // invisible text over an image (a scan's OCR layer) and white text on a page that paints anything.
  {
    name: 'hidden-text',
    find: '      const glyphs = font.charsToGlyphs(chars);\n',
    replace:
      '      const ledgerMode = textState.ledgerMode | 0;\n' +
      '      const ledgerFillMode = ledgerMode === 0 || ledgerMode === 4;\n' +
      // Render modes 4–7 add the glyphs to the clip (after ET, until Q): a fill then paints through the
      // letters (gradient or filled text), never a rectangle over what was drawn before (ledgerCover).
      '      if (ledgerMode >= 4) {\n        textState.ledgerTextClip = true;\n      }\n' +
      '      const ledgerPat = textState.ledgerPattern ? textState.ledgerPatternHid | 0 : 0;\n' +
      '      const ledgerHid = ledgerOffLevels > 0 || textState.ledgerOffForm ? 5 : textState.ledgerMask === 2 ? 7 : ledgerMode === 3 || ledgerMode === 7 || textState.ledgerClear || (ledgerFillMode && ledgerPat === 2) ? 2 : ledgerFillMode && (textState.ledgerPattern ? ledgerPat === 1 : textState.ledgerWhite) ? 1 : textState.ledgerBlendWhite || (textState.ledgerBlendDark && !textState.ledgerPattern && textState.ledgerBlack) ? 6 : 0;\n' +
      '      if (textContentItem.initialized && (textContentItem.ledgerHid | 0) !== ledgerHid) {\n' +
      '        flushTextContentItem();\n' +
      '      }\n' +
      '      textContentItem.ledgerHid = ledgerHid;\n' +
      '      const glyphs = font.charsToGlyphs(chars);\n',
  },
  {
    name: 'hidden-text-2',
    find: '        hasEOL: textChunk.hasEOL\n      };\n    }\n    async function handleSetFont(',
    replace: '        hasEOL: textChunk.hasEOL,\n        ledgerHidden: textChunk.ledgerHid | 0\n      };\n    }\n    async function handleSetFont(',
  },
  {
    name: 'hidden-text-3',
    find: '          case OPS.setTextRise:\n            textState.textRise = args[0];\n            break;\n',
    replace:
      '          case OPS.setTextRise:\n            textState.textRise = args[0];\n            break;\n' +
      '          case OPS.setTextRenderingMode:\n            textState.ledgerMode = typeof args[0] === "number" ? args[0] : 0;\n            break;\n' +
      '          case OPS.setFillGray:\n          case OPS.setFillRGBColor:\n          case OPS.setFillCMYKColor:\n          case OPS.setFillColor:\n          case OPS.setFillColorN: {\n' +
      '            const c = args;\n' +
      '            const all = (t) => c.length > 0 && c.every((v) => typeof v === "number" && t(v));\n' +
      '            if (fn !== OPS.setFillColor && fn !== OPS.setFillColorN) {\n              textState.ledgerInk = false;\n              textState.ledgerPattern = false;\n            }\n' +
      '            textState.ledgerWhite = textState.ledgerInk ? all((v) => v <= 0.06) : c.length === 4 ? all((v) => v <= 0.06) : (c.length === 1 || c.length === 3) && all((v) => v >= 0.94);\n' +
      '            textState.ledgerBlack = !textState.ledgerInk && ledgerDark(c);\n' +
      '            if (textState.ledgerPattern) {\n              textState.ledgerPatternHid = c.length > 0 && c.at(-1) instanceof Name ? ledgerPatternHides(c.at(-1).name, c.slice(0, -1)) : 0;\n              textState.ledgerPatternFills = c.length > 0 && c.at(-1) instanceof Name && ledgerPatternFills(c.at(-1).name);\n            } else {\n              textState.ledgerPatternFills = false;\n            }\n' +
      '            break;\n' +
      '          }\n' +
      '          case OPS.setFillColorSpace: {\n' +
      '            textState.ledgerWhite = false;\n' +
      '            textState.ledgerBlack = false;\n' +
      '            textState.ledgerPatternHid = 0;\n            textState.ledgerPatternFills = false;\n' +
      '            let ledgerFamily = null;\n' +
      '            try {\n' +
      '              const def = args[0] instanceof Name ? resources.get("ColorSpace")?.get?.(args[0].name) : null;\n' +
      '              ledgerFamily = Array.isArray(def) ? xref.fetchIfRef(def[0]) : def instanceof Name ? def : args[0] instanceof Name && args[0].name === "Pattern" ? args[0] : null;\n' +
      '            } catch {}\n' +
      '            textState.ledgerPattern = ledgerFamily instanceof Name && ledgerFamily.name === "Pattern";\n' +
      '            textState.ledgerInk = ledgerFamily instanceof Name && (ledgerFamily.name === "Separation" || ledgerFamily.name === "DeviceN");\n' +
      '            break;\n' +
      '          }\n' +
      '          case OPS.fill:\n          case OPS.eoFill:\n          case OPS.fillStroke:\n          case OPS.eoFillStroke:\n          case OPS.closeFillStroke:\n          case OPS.closeEOFillStroke:\n' +
      '            if (!textState.ledgerWhite && ledgerSeen(ledgerPathBox) > 0) {\n              textContent.items.push({ type: "ledgerPaint", image: false });\n            }\n            ledgerCover(fn === OPS.eoFill || fn === OPS.eoFillStroke || fn === OPS.closeEOFillStroke);\n            ledgerEndPath();\n            break;\n' +
      '          case OPS.shadingFill:\n            if (ledgerSeen(null) > 0) {\n              textContent.items.push({ type: "ledgerPaint", image: false });\n            }\n            ledgerShadeCover(args[0]);\n            break;\n' +
      '          case OPS.endInlineImage:\n            ledgerImagePaint();\n            try {\n              if (args?.[0] instanceof BaseStream) {\n                ledgerOpaqueImage(args[0].dict);\n              }\n            } catch {}\n            break;\n' +
      // 13. `clip`: the clipping path, as the bounding box of each path set as a clip (W / W* before
      // the path ends), intersected through the graphics state (q/Q restore it; a form's /BBox clips
      // too). The box holds the real clip region, so a glyph whose box lies outside it is surely not
      // drawn: such glyphs get `ledgerHidden: 4` (clipped away).
      '          case OPS.moveTo:\n          case OPS.lineTo:\n          case OPS.curveTo:\n          case OPS.curveTo2:\n          case OPS.curveTo3:\n' +
      '            for (let k = 0; k + 1 < args.length; k += 2) {\n              ledgerPathPoint(args[k], args[k + 1]);\n            }\n' +
      '            if (fn === OPS.moveTo) {\n              ledgerSub.push([]);\n            }\n' +
      '            if (fn === OPS.moveTo || fn === OPS.lineTo) {\n              ledgerSubPoint(args[0], args[1]);\n            } else {\n              ledgerSubCurve(fn, args);\n            }\n' +
      '            break;\n' +
      '          case OPS.rectangle:\n            if (args.length === 4 && args.every((v) => typeof v === "number")) {\n' +
      '              ledgerPathPoint(args[0], args[1]);\n              ledgerPathPoint(args[0] + args[2], args[1]);\n              ledgerPathPoint(args[0], args[1] + args[3]);\n              ledgerPathPoint(args[0] + args[2], args[1] + args[3]);\n' +
      '              ledgerSub.push([]);\n              ledgerSubPoint(args[0], args[1]);\n              ledgerSubPoint(args[0] + args[2], args[1]);\n              ledgerSubPoint(args[0] + args[2], args[1] + args[3]);\n              ledgerSubPoint(args[0], args[1] + args[3]);\n              ledgerSub.push([]);\n' +
      '            } else {\n              ledgerCurved = true;\n            }\n            break;\n' +
      '          case OPS.clip:\n          case OPS.eoClip:\n            ledgerClipNext = true;\n            break;\n' +
      '          case OPS.endPath:\n          case OPS.stroke:\n          case OPS.closeStroke:\n            ledgerEndPath();\n            break;\n',
  },
  {
    // A fill made fully transparent by an ExtGState (/ca 0) draws nothing either: invisible.
    name: 'hidden-text-5',
    find: '          case OPS.setGState:\n            isValidName = args[0] instanceof Name;\n            name = args[0].name;\n            if (isValidName && emptyGStateCache.getByName(name)) {\n',
    replace:
      '          case OPS.setGState:\n' +
      '            try {\n' +
      '              const ledgerGs = args[0] instanceof Name ? resources.get("ExtGState")?.get?.(args[0].name) : null;\n' +
      '              if (ledgerGs instanceof Dict && ledgerGs.has("ca")) {\n' +
      '                const ca = ledgerGs.get("ca");\n' +
      '                textState.ledgerClear = typeof ca === "number" && ca <= 0.01;\n' +
      '                textState.ledgerAlpha = typeof ca === "number" ? ca : 1;\n' +
      '              }\n' +
      // 15. `soft-mask`: a soft mask black everywhere (luminosity: a black backdrop, its group painting
      // nothing or only black; alpha: its group painting nothing) shows nothing of what is drawn under
      // it: `ledgerHidden: 7`. Any other soft mask may show part of it: no paint under it covers text.
      '              if (ledgerGs instanceof Dict && ledgerGs.has("SMask")) {\n' +
      '                const sm = ledgerGs.get("SMask");\n' +
      '                textState.ledgerMask = sm instanceof Dict ? (ledgerMaskHides(sm) ? 2 : 1) : 0;\n' +
      '              }\n' +
      // A blend mode that leaves a white backdrop white whatever is drawn (Screen, Lighten, ColorDodge):
      // on a page that paints nothing else the text cannot be seen (`ledgerHidden: 6`, judged as white).
      '              if (ledgerGs instanceof Dict && ledgerGs.has("BM")) {\n' +
      '                let bm = ledgerGs.get("BM");\n' +
      '                if (Array.isArray(bm)) {\n                  bm = bm[0];\n                }\n' +
      '                const bmName = bm instanceof Name ? bm.name : "Normal";\n' +
      '                textState.ledgerBlend = bmName;\n' +
      '                textState.ledgerBlendWhite = LEDGER_WHITE_BLENDS.has(bmName);\n' +
      '                textState.ledgerBlendDark = bmName === "Difference" || bmName === "Exclusion";\n' +
      '              }\n' +
      '            } catch {}\n' +
      '            isValidName = args[0] instanceof Name;\n            name = args[0].name;\n            if (isValidName && emptyGStateCache.getByName(name)) {\n',
  },
  {
    // An image painted (`Do`): marked on the page and judged as a cover (20. `image-cover`, hostile20), at every
    // `Do`, before pdf.js's caches: it skips an image it has seen before by name (or on another page) before the
    // image's own code, so a page image drawn in strips of one image counted as one strip (this patch marked it
    // there before hostile20), and an image drawn first elsewhere then over text was never judged.
    name: 'hidden-text-4',
    find: '          case OPS.paintXObject:\n            flushTextContentItem();\n            xobjs ??= resources.get("XObject") || Dict.empty;\n',
    replace: '          case OPS.paintXObject:\n            flushTextContentItem();\n            ledgerImageDo(args[0]);\n            xobjs ??= resources.get("XObject") || Dict.empty;\n',
  },
  {
    // 13. `clip`: the helpers (getTextContent's own scope): the path's box in page space, the clip
    // it sets, what part of the page a paint can show, and whether a glyph lies outside the clip.
    name: 'clip',
    find: '    function flushTextContentItem() {\n',
    replace:
      '    let ledgerPathBox = null;\n    let ledgerClipNext = false;\n' +
      '    let ledgerSub = [];\n    let ledgerCurved = false;\n    let ledgerBent = false;\n    let ledgerFlat = 0;\n' +
      // 16. `cover`: an opaque fill (alpha ≥ 0.94, blend Normal, no soft mask, not a pattern) of a path made
      // of rectangles square to the page, inside a clip known to be a rectangle, pushes
      // `{ type: 'ledgerCover', rects }`: text drawn before it under those rectangles is painted over
      // (pdf-text.ts coveredItem decides).
      '    const LEDGER_WHITE_BLENDS = new Set(["Screen", "Lighten", "ColorDodge", "ColorBurn", "Overlay", "SoftLight", "Hue", "Saturation", "Color"]);\n' +
      '    function ledgerSubPoint(x, y) {\n' +
      '      if (typeof x !== "number" || typeof y !== "number") {\n        ledgerCurved = true;\n        return;\n      }\n' +
      '      const m = stateManager.state.ctm;\n' +
      '      if (ledgerSub.length === 0) {\n        ledgerSub.push([]);\n      }\n' +
      '      ledgerSub.at(-1).push([m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);\n' +
      '    }\n' +
      // 19. `poly-cover` (hostile19): a curve is flattened into 16 chords (in page space: Bézier curves
      // keep their shape under the CTM), so that a fill of one closed outline of lines and curves (a
      // rounded or rotated rectangle, a polygon, an ellipse) can be judged as a cover (pdf-text.ts).
      '    function ledgerSubCurve(fn, args) {\n' +
      '      const sub = ledgerSub.at(-1);\n' +
      '      const n = fn === OPS.curveTo ? 6 : 4;\n' +
      '      if (ledgerCurved || !sub || sub.length === 0 || (ledgerFlat += 16) > 65536 || args.length !== n || !args.every((v) => typeof v === "number" && Number.isFinite(v))) {\n        ledgerCurved = true;\n        return;\n      }\n' +
      '      const m = stateManager.state.ctm;\n' +
      '      const T = (x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];\n' +
      '      const p0 = sub.at(-1);\n' +
      '      const p1 = fn === OPS.curveTo2 ? p0 : T(args[0], args[1]);\n' +
      '      const p2 = fn === OPS.curveTo ? T(args[2], args[3]) : T(args[n - 4], args[n - 3]);\n' +
      '      const p3 = T(args[n - 2], args[n - 1]);\n' +
      '      const q2 = fn === OPS.curveTo3 ? p3 : p2;\n' +
      '      ledgerBent = true;\n' +
      '      for (let k = 1; k <= 16; k++) {\n' +
      '        const t = k / 16;\n        const u = 1 - t;\n' +
      '        const a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;\n' +
      '        sub.push([a * p0[0] + b * p1[0] + c * q2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * q2[1] + d * p3[1]]);\n' +
      '      }\n' +
      '    }\n' +
      // One closed outline (lines and flattened curves, at most 65,536 points), filled: a polygon cover.
      '    function ledgerPoly() {\n' +
      '      if (ledgerCurved) {\n        return null;\n      }\n' +
      '      const subs = ledgerSub.filter((sp) => sp.length >= 3);\n' +
      '      return subs.length === 1 && subs[0].length <= 65536 ? subs[0] : null;\n' +
      '    }\n' +
      '    function ledgerRects(evenOdd) {\n' +
      '      if (ledgerCurved || ledgerBent) {\n        return null;\n      }\n' +
      '      const out = [];\n      let sign = 0;\n' +
      '      const eq = (u, v) => Math.abs(u - v) < 0.01;\n' +
      '      for (const sp of ledgerSub) {\n' +
      '        let n = sp.length;\n' +
      '        if (n > 1 && eq(sp[n - 1][0], sp[0][0]) && eq(sp[n - 1][1], sp[0][1])) {\n          n--;\n        }\n' +
      '        if (n < 3) {\n          continue;\n        }\n' +
      '        if (n !== 4) {\n          return null;\n        }\n' +
      '        const [a, b, c, d] = sp;\n' +
      '        if (!((eq(a[0], b[0]) && eq(b[1], c[1]) && eq(c[0], d[0]) && eq(d[1], a[1])) || (eq(a[1], b[1]) && eq(b[0], c[0]) && eq(c[1], d[1]) && eq(d[0], a[0])))) {\n          return null;\n        }\n' +
      '        const area = (a[0] * b[1] - b[0] * a[1]) + (b[0] * c[1] - c[0] * b[1]) + (c[0] * d[1] - d[0] * c[1]) + (d[0] * a[1] - a[0] * d[1]);\n' +
      '        if (Math.abs(area) < 1e-6) {\n          continue;\n        }\n' +
      '        if (sign !== 0 && Math.sign(area) !== sign) {\n          return null;\n        }\n' +
      '        sign = Math.sign(area);\n' +
      '        out.push([Math.min(a[0], c[0]), Math.min(a[1], c[1]), Math.max(a[0], c[0]), Math.max(a[1], c[1])]);\n' +
      '      }\n' +
      '      return evenOdd && out.length > 1 ? null : out;\n' +
      '    }\n' +
      // 18. `shade-cover` (hostile19): a shading that paints every point of the plane — axial with both
      // ends extended, or radial with both extended and one circle inside the other, no BBox — drawn by
      // `sh` paints the whole clip, and as a pattern fills its path: opaque, it covers as a fill does.
      '    function ledgerShadingFills(sh) {\n' +
      '      try {\n' +
      '        const sd = sh instanceof BaseStream ? sh.dict : sh;\n' +
      '        if (!(sd instanceof Dict) || sd.has("BBox")) {\n          return false;\n        }\n' +
      '        const ext = sd.get("Extend");\n        const co = sd.get("Coords");\n        const type = sd.get("ShadingType");\n' +
      '        if (!Array.isArray(ext) || ext[0] !== true || ext[1] !== true || !Array.isArray(co) || !co.every((v) => typeof v === "number" && Number.isFinite(v))) {\n          return false;\n        }\n' +
      '        if (type === 2 && co.length === 4) {\n          return Math.hypot(co[2] - co[0], co[3] - co[1]) > 1e-6;\n        }\n' +
      '        if (type === 3 && co.length === 6) {\n' +
      '          const lo = Math.min(co[2], co[5]);\n          const hi = Math.max(co[2], co[5]);\n' +
      '          return lo >= 0 && hi - lo > 1e-6 && Math.hypot(co[3] - co[0], co[4] - co[1]) + lo <= hi;\n' +
      '        }\n' +
      '        return false;\n' +
      '      } catch {\n        return false;\n      }\n' +
      '    }\n' +
      '    function ledgerPatternFills(name) {\n' +
      '      try {\n' +
      '        const pats = resources.get("Pattern");\n' +
      '        const p = pats instanceof Dict ? pats.get(name) : null;\n' +
      '        const d = p instanceof BaseStream ? p.dict : p instanceof Dict ? p : null;\n' +
      '        return d instanceof Dict && d.get("PatternType") === 2 && !d.has("ExtGState") && ledgerShadingFills(d.get("Shading"));\n' +
      '      } catch {\n        return false;\n      }\n' +
      '    }\n' +
      '    function ledgerShadeCover(name) {\n' +
      '      try {\n' +
      '        const shs = name instanceof Name ? resources.get("Shading") : null;\n' +
      '        if (shs instanceof Dict && ledgerShadingFills(shs.get(name.name))) {\n' +
      '          ledgerCover(false, [[-1e7, -1e7, 1e7, 1e7]]);\n' +
      '        }\n' +
      '      } catch {}\n' +
      '    }\n' +
      '    function ledgerCover(evenOdd, given, image) {\n' +
      '      const st = stateManager.state;\n' +
      '      const bm = st.ledgerBlend;\n' +
      '      if (ledgerOffLevels > 0 || st.ledgerOffForm || (st.ledgerPattern && !st.ledgerPatternFills && !given) || st.ledgerMask || (st.ledgerAlpha ?? 1) < 0.94 || !(bm === undefined || bm === "Normal" || bm === "Compatible")) {\n        return;\n      }\n' +
      '      const c = st.ledgerClip;\n' +
      '      if ((c && st.ledgerClipLoose) || st.ledgerTextClip) {\n        return;\n      }\n' +
      '      const rects = given ?? ledgerRects(evenOdd);\n' +
      '      const poly = rects ? null : ledgerPoly();\n' +
      '      if (!rects && !poly) {\n        return;\n      }\n' +
      '      if (poly) {\n' +
      '        let bx0 = Infinity, by0 = Infinity, bx1 = -Infinity, by1 = -Infinity;\n' +
      '        for (const p of poly) {\n          bx0 = Math.min(bx0, p[0]);\n          by0 = Math.min(by0, p[1]);\n          bx1 = Math.max(bx1, p[0]);\n          by1 = Math.max(by1, p[1]);\n        }\n' +
      '        const b = c ? [Math.max(c[0], bx0), Math.max(c[1], by0), Math.min(c[2], bx1), Math.min(c[3], by1)] : [bx0, by0, bx1, by1];\n' +
      '        if (!(b[2] - b[0] >= 1 && b[3] - b[1] >= 1)) {\n          return;\n        }\n' +
      '        const t = textContentItem.initialized && !textContentItem.vertical ? textContentItem.transform : null;\n' +
      '        if (t) {\n' +
      '          const px = [t[4] - 0.12 * t[2], t[4] + 0.88 * t[2]];\n          const py = [t[5] - 0.12 * t[3], t[5] + 0.88 * t[3]];\n' +
      '          if (b[2] > Math.min(...px) && b[1] < Math.max(...py) && b[3] > Math.min(...py)) {\n            flushTextContentItem();\n          }\n' +
      '        }\n' +
      '        textContent.items.push({ type: "ledgerCover", rects: [], poly, clip: c ?? null, evenOdd: !!evenOdd });\n' +
      '        return;\n' +
      '      }\n' +
      '      const out = [];\n' +
      '      for (const r of rects) {\n' +
      '        const b = c ? [Math.max(c[0], r[0]), Math.max(c[1], r[1]), Math.min(c[2], r[2]), Math.min(c[3], r[3])] : r;\n' +
      '        if (b[2] - b[0] >= 1 && b[3] - b[1] >= 1) {\n          out.push(b);\n        }\n' +
      '      }\n' +
      '      if (out.length === 0) {\n        return;\n      }\n' +
      // pdf.js keeps the run being built open across operators: one a cover overlaps on its line, from
      // its first glyph on, is ended here, so that the cover follows it (the cover judges what was drawn
      // before it; several covers may hide it together: hostile19).
      '      const t = textContentItem.initialized && !textContentItem.vertical ? textContentItem.transform : null;\n' +
      '      if (t) {\n' +
      '        const px = [t[4] - 0.12 * t[2], t[4] + 0.88 * t[2]];\n        const py = [t[5] - 0.12 * t[3], t[5] + 0.88 * t[3]];\n' +
      '        const x0 = Math.min(...px), x1 = Math.max(...px), y0 = Math.min(...py), y1 = Math.max(...py);\n' +
      '        if (out.some((r) => r[2] > x0 && r[1] < y1 && r[3] > y0)) {\n          flushTextContentItem();\n        }\n' +
      '      }\n' +
      '      textContent.items.push(image ? { type: "ledgerCover", rects: out, image: true } : { type: "ledgerCover", rects: out });\n' +
      '    }\n' +
      // 20. `image-cover` (hostile20): an opaque image (no SMask, Mask, stencil or JPX alpha) drawn square to
      // the page covers as an opaque fill of its rectangle does (alpha, blend, soft mask and clip as for a
      // fill), marked `image: true`: the reader leaves text under it out unless the page is a scan (its
      // images show half the page or more: the text under a page image is its OCR layer). Looked up by
      // name at every `Do` (pdf.js skips an image it has seen before by name, before the image's own code).
      '    function ledgerOpaqueImage(d) {\n' +
      '      if (!(d instanceof Dict) || d.get("ImageMask") === true || d.get("IM") === true || d.has("Mask") || d.has("SMask") || (d.get("SMaskInData") | 0) > 0) {\n        return;\n      }\n' +
      '      const m = stateManager.state.ctm;\n' +
      '      if (!m.every((v) => typeof v === "number" && Number.isFinite(v))) {\n        return;\n      }\n' +
      '      const e = 1e-6 * (Math.abs(m[0]) + Math.abs(m[1]) + Math.abs(m[2]) + Math.abs(m[3]));\n' +
      '      if (!((Math.abs(m[1]) <= e && Math.abs(m[2]) <= e) || (Math.abs(m[0]) <= e && Math.abs(m[3]) <= e))) {\n        return;\n      }\n' +
      '      const xs = [m[4], m[0] + m[2] + m[4]];\n      const ys = [m[5], m[1] + m[3] + m[5]];\n' +
      '      ledgerCover(false, [[Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]], true);\n' +
      '    }\n' +
      // An image's dictionary looked up once per name in these resources (a page drawing one image 100,000 times
      // fetched and parsed its object each time).
      '    const ledgerImageDicts = new Map();\n' +
      '    function ledgerImageDo(n) {\n' +
      '      try {\n' +
      '        if (!(n instanceof Name)) {\n          return;\n        }\n' +
      '        let d = ledgerImageDicts.get(n.name);\n' +
      '        if (d === undefined) {\n' +
      '          const xo = resources.get("XObject");\n' +
      '          const x = xo instanceof Dict ? xo.get(n.name) : null;\n' +
      '          const dict = x instanceof BaseStream ? x.dict : null;\n' +
      '          const t = dict instanceof Dict ? dict.get("Subtype") : null;\n' +
      '          d = t instanceof Name && t.name === "Image" ? dict : null;\n' +
      '          ledgerImageDicts.set(n.name, d);\n' +
      '        }\n' +
      '        if (d) {\n          ledgerImagePaint();\n          ledgerOpaqueImage(d);\n        }\n' +
      '      } catch {}\n' +
      '    }\n' +
      // A colour (operands of g, rg, k or a BC array): near-black (gray, RGB each ≤ 0.06; CMYK K ≥ 0.94 or C, M, Y each ≥ 0.94).
      '    function ledgerDark(c) {\n' +
      '      if (!Array.isArray(c) || c.length === 0 || !c.every((v) => typeof v === "number")) {\n        return false;\n      }\n' +
      '      return c.length === 4 ? c[3] >= 0.94 || (c[0] >= 0.94 && c[1] >= 0.94 && c[2] >= 0.94) : (c.length === 1 || c.length === 3) && c.every((v) => v <= 0.06);\n' +
      '    }\n' +
      '    function ledgerLight(c) {\n' +
      '      if (!Array.isArray(c) || c.length === 0 || !c.every((v) => typeof v === "number")) {\n        return false;\n      }\n' +
      '      return c.length === 4 ? c.every((v) => v <= 0.06) : (c.length === 1 || c.length === 3) && c.every((v) => v >= 0.94);\n' +
      '    }\n' +
      // What a small content stream (a soft mask's group, a tiling pattern's cell) paints: "none",
      // only "white" or only "black" fills and strokes, or "other" (anything else, or too long to tell).
      '    function ledgerScanContent(stream) {\n' +
      '      let bytes;\n' +
      '      try {\n        stream.reset();\n        bytes = stream.getBytes(65537);\n        stream.reset();\n      } catch {\n        return "other";\n      }\n' +
      '      if (!bytes || bytes.length > 65536) {\n        return "other";\n      }\n' +
      '      const delim = (b) => b === 0 || b === 9 || b === 10 || b === 12 || b === 13 || b === 32 || b === 40 || b === 41 || b === 60 || b === 62 || b === 91 || b === 93 || b === 123 || b === 125 || b === 47 || b === 37;\n' +
      '      const cls = (v) => (ledgerDark(v) ? "black" : ledgerLight(v) ? "white" : "other");\n' +
      '      const seen = new Set();\n' +
      '      let nums = [];\n      let fill = "black";\n      let stroke = "black";\n      let ops = 0;\n      const saved = [];\n' +
      '      const n = bytes.length;\n      let i = 0;\n' +
      '      while (i < n) {\n' +
      '        const ch = bytes[i];\n' +
      '        if (ch === 0 || ch === 9 || ch === 10 || ch === 12 || ch === 13 || ch === 32) {\n          i++;\n          continue;\n        }\n' +
      '        if (ch === 37) {\n          while (i < n && bytes[i] !== 10 && bytes[i] !== 13) {\n            i++;\n          }\n          continue;\n        }\n' +
      '        if (ch === 40) {\n          let depth = 1;\n          i++;\n' +
      '          while (i < n && depth > 0) {\n            const b = bytes[i++];\n            if (b === 92) {\n              i++;\n            } else if (b === 40) {\n              depth++;\n            } else if (b === 41) {\n              depth--;\n            }\n          }\n' +
      '          nums.push(NaN);\n          continue;\n        }\n' +
      '        if (ch === 60) {\n          if (bytes[i + 1] === 60) {\n            i += 2;\n            continue;\n          }\n          while (i < n && bytes[i] !== 62) {\n            i++;\n          }\n          i++;\n          nums.push(NaN);\n          continue;\n        }\n' +
      '        if (ch === 62 || ch === 41 || ch === 91 || ch === 93 || ch === 123 || ch === 125) {\n          i++;\n          continue;\n        }\n' +
      '        if (ch === 47) {\n          i++;\n          while (i < n && !delim(bytes[i])) {\n            i++;\n          }\n          nums.push(NaN);\n          continue;\n        }\n' +
      '        let j = i;\n        while (j < n && !delim(bytes[j])) {\n          j++;\n        }\n' +
      '        let tok = "";\n        for (let k = i; k < j && k < i + 16; k++) {\n          tok += String.fromCharCode(bytes[k]);\n        }\n' +
      '        i = j;\n' +
      '        if ((ch >= 48 && ch <= 57) || ch === 43 || ch === 45 || ch === 46) {\n          const v = Number(tok);\n          nums.push(Number.isFinite(v) ? v : NaN);\n          continue;\n        }\n' +
      '        if (++ops > 20000) {\n          return "other";\n        }\n' +
      '        switch (tok) {\n' +
      // q / Q save and restore the colours (a white fill after `q 0 g … Q` is white, not black).
      '          case "q":\n            if (saved.length > 64) {\n              return "other";\n            }\n            saved.push([fill, stroke]);\n            break;\n' +
      '          case "Q":\n            if (saved.length > 0) {\n              [fill, stroke] = saved.pop();\n            }\n            break;\n' +
      '          case "g":\n            fill = cls(nums.slice(-1));\n            break;\n' +
      '          case "G":\n            stroke = cls(nums.slice(-1));\n            break;\n' +
      '          case "rg":\n            fill = cls(nums.slice(-3));\n            break;\n' +
      '          case "RG":\n            stroke = cls(nums.slice(-3));\n            break;\n' +
      '          case "k":\n            fill = cls(nums.slice(-4));\n            break;\n' +
      '          case "K":\n            stroke = cls(nums.slice(-4));\n            break;\n' +
      '          case "cs":\n          case "sc":\n          case "scn":\n            fill = "other";\n            break;\n' +
      '          case "CS":\n          case "SC":\n          case "SCN":\n            stroke = "other";\n            break;\n' +
      '          case "f":\n          case "F":\n          case "f*":\n            seen.add(fill);\n            break;\n' +
      '          case "B":\n          case "B*":\n          case "b":\n          case "b*":\n            seen.add(fill);\n            seen.add(stroke);\n            break;\n' +
      '          case "S":\n          case "s":\n            seen.add(stroke);\n            break;\n' +
      '          case "sh":\n          case "Do":\n          case "BI":\n          case "ID":\n          case "Tj":\n          case "TJ":\n          case "\'":\n          case "\\"":\n          case "gs":\n            return "other";\n' +
      '        }\n' +
      '        nums = [];\n' +
      '      }\n' +
      '      return seen.size === 0 ? "none" : seen.size === 1 && !seen.has("other") ? [...seen][0] : "other";\n' +
      '    }\n' +
      // Each group or tiling cell (by its reference) is looked into once per document: a page may set
      // the same ExtGState or pattern a million times.
      '    function ledgerScanOnce(raw, stream) {\n' +
      '      const key = raw instanceof Ref ? raw.toString() : null;\n' +
      '      const cache = (xref.ledgerScans ??= new Map());\n' +
      '      if (key !== null && cache.has(key)) {\n        return cache.get(key);\n      }\n' +
      '      const got = key !== null || cache.size < 4096 ? ledgerScanContent(stream) : "other";\n' +
      '      if (key !== null) {\n        cache.set(key, got);\n      }\n' +
      '      return got;\n' +
      '    }\n' +
      '    function ledgerMaskHides(sm) {\n' +
      '      try {\n' +
      '        const s = sm.get("S");\n        const g = sm.get("G");\n        const gRaw = sm.getRaw("G");\n' +
      '        if (!(s instanceof Name) || !(g instanceof BaseStream)) {\n          return false;\n        }\n' +
      '        const tr = sm.get("TR");\n' +
      '        if (tr !== undefined && !(tr instanceof Name && tr.name === "Identity")) {\n          return false;\n        }\n' +
      '        if (s.name === "Alpha") {\n          return ledgerScanOnce(gRaw, g) === "none";\n        }\n' +
      '        const bc = sm.get("BC");\n' +
      '        if (s.name !== "Luminosity" || !(bc === undefined || ledgerDark(bc))) {\n          return false;\n        }\n' +
      '        const paints = ledgerScanOnce(gRaw, g);\n' +
      '        return paints === "none" || paints === "black";\n' +
      '      } catch {\n        return false;\n      }\n' +
      '    }\n' +
      // 17. `pattern`: text filled with a pattern: a tiling cell painting nothing (2: invisible) or only
      // near-white (1: white), an uncoloured one given near-white, an axial or radial shading from
      // near-white to near-white (exponential functions) in a device space (1). Anything else is read.
      '    function ledgerPatternHides(name, comps) {\n' +
      '      try {\n' +
      '        const pats = resources.get("Pattern");\n' +
      '        const p = pats instanceof Dict ? pats.get(name) : null;\n' +
      '        const d = p instanceof BaseStream ? p.dict : p instanceof Dict ? p : null;\n' +
      '        if (!d) {\n          return 0;\n        }\n' +
      '        const type = d.get("PatternType");\n' +
      '        if (type === 1 && p instanceof BaseStream) {\n' +
      '          if (d.get("PaintType") === 2) {\n            return ledgerLight(comps) ? 1 : 0;\n          }\n' +
      '          const paints = ledgerScanOnce(pats.getRaw(name), p);\n' +
      '          return paints === "none" ? 2 : paints === "white" ? 1 : 0;\n' +
      '        }\n' +
      '        if (type !== 2) {\n          return 0;\n        }\n' +
      '        const sh = d.get("Shading");\n' +
      '        const sd = sh instanceof BaseStream ? sh.dict : sh;\n' +
      '        if (!(sd instanceof Dict)) {\n          return 0;\n        }\n' +
      '        const st = sd.get("ShadingType");\n        const cs = sd.get("ColorSpace");\n' +
      '        if ((st !== 2 && st !== 3) || !(cs instanceof Name) || !["DeviceGray", "DeviceRGB", "DeviceCMYK", "G", "RGB", "CMYK"].includes(cs.name)) {\n          return 0;\n        }\n' +
      '        let fns = sd.get("Function");\n' +
      '        fns = Array.isArray(fns) ? fns.map((f) => xref.fetchIfRef(f)) : [fns];\n' +
      '        const c0 = [];\n        const c1 = [];\n' +
      '        for (const f of fns) {\n' +
      '          const fd = f instanceof BaseStream ? f.dict : f;\n' +
      '          if (!(fd instanceof Dict) || fd.get("FunctionType") !== 2) {\n            return 0;\n          }\n' +
      '          const a = fd.get("C0") ?? [0];\n          const b = fd.get("C1") ?? [1];\n' +
      '          if (!Array.isArray(a) || !Array.isArray(b)) {\n            return 0;\n          }\n' +
      '          c0.push(...a);\n          c1.push(...b);\n' +
      '        }\n' +
      '        return ledgerLight(c0) && ledgerLight(c1) ? 1 : 0;\n' +
      '      } catch {\n        return 0;\n      }\n' +
      '    }\n' +
      // 14. `layer`: optional content (a layer) the document's default configuration turns off is
      // not shown or printed: text in it gets `ledgerHidden: 5`, and what it paints is no paint.
      '    const ledgerMc = [];\n    let ledgerOffLevels = 0;\n' +
      '    function ledgerOcConfig() {\n' +
      '      if (xref.ledgerOc !== undefined) {\n        return xref.ledgerOc;\n      }\n' +
      '      let cfg = null;\n' +
      '      try {\n' +
      '        const root = xref.root ?? xref.trailer?.get("Root");\n' +
      '        const props = root instanceof Dict ? root.get("OCProperties") : null;\n' +
      '        const d = props instanceof Dict ? props.get("D") : null;\n' +
      '        if (d instanceof Dict) {\n' +
      '          const ids = (k) => {\n            const a = d.get(k);\n            return new Set(Array.isArray(a) ? a.filter((r) => r instanceof Ref).map((r) => r.toString()) : []);\n          };\n' +
      '          const base = d.get("BaseState");\n' +
      '          cfg = { baseOff: base instanceof Name && base.name === "OFF", on: ids("ON"), off: ids("OFF") };\n' +
      '        }\n' +
      '      } catch {}\n' +
      '      xref.ledgerOc = cfg;\n' +
      '      return cfg;\n' +
      '    }\n' +
      '    function ledgerOcOff(raw) {\n' +
      '      try {\n' +
      '        const cfg = ledgerOcConfig();\n' +
      '        if (!cfg) {\n          return false;\n        }\n' +
      '        const d = raw instanceof Ref ? xref.fetch(raw) : raw;\n' +
      '        if (!(d instanceof Dict)) {\n          return false;\n        }\n' +
      '        const on = (r) => (cfg.baseOff ? cfg.on.has(r.toString()) : !cfg.off.has(r.toString()));\n' +
      '        const type = d.get("Type");\n' +
      '        if (type instanceof Name && type.name === "OCG") {\n          return raw instanceof Ref && !on(raw);\n        }\n' +
      '        let g = d.getRaw("OCGs");\n' +
      '        if (g instanceof Ref) {\n          const f = xref.fetch(g);\n          g = Array.isArray(f) ? f : [g];\n        }\n' +
      '        const states = (Array.isArray(g) ? g : []).filter((r) => r instanceof Ref).map(on);\n' +
      '        if (states.length === 0 || d.has("VE")) {\n          return false;\n        }\n' +
      '        const p = d.get("P");\n        const policy = p instanceof Name ? p.name : "AnyOn";\n' +
      '        return policy === "AllOn" ? states.some((x) => !x) : policy === "AnyOff" ? states.every((x) => x) : policy === "AllOff" ? states.some((x) => x) : !states.some((x) => x);\n' +
      '      } catch {\n        return false;\n      }\n' +
      '    }\n' +
      '    function ledgerPathPoint(x, y) {\n' +
      '      if (typeof x !== "number" || typeof y !== "number") {\n        return;\n      }\n' +
      '      const m = stateManager.state.ctm;\n' +
      '      const px = m[0] * x + m[2] * y + m[4];\n      const py = m[1] * x + m[3] * y + m[5];\n' +
      '      const b = ledgerPathBox ??= [Infinity, Infinity, -Infinity, -Infinity];\n' +
      '      b[0] = Math.min(b[0], px);\n      b[1] = Math.min(b[1], py);\n      b[2] = Math.max(b[2], px);\n      b[3] = Math.max(b[3], py);\n' +
      '    }\n' +
      '    function ledgerEndPath() {\n' +
      '      if (ledgerClipNext && ledgerPathBox) {\n' +
      '        const b = ledgerPathBox;\n        const c = stateManager.state.ledgerClip;\n' +
      '        stateManager.state.ledgerClip = c ? [Math.max(c[0], b[0]), Math.max(c[1], b[1]), Math.min(c[2], b[2]), Math.min(c[3], b[3])] : b;\n' +
      '        const r = ledgerRects(false);\n' +
      '        stateManager.state.ledgerClipLoose = !!(c && stateManager.state.ledgerClipLoose) || !(r && r.length === 1);\n' +
      '      }\n' +
      '      ledgerPathBox = null;\n      ledgerClipNext = false;\n' +
      '      ledgerSub = [];\n      ledgerCurved = false;\n      ledgerBent = false;\n      ledgerFlat = 0;\n' +
      '    }\n' +
      // The share of the page a box (null: the whole page) can show through the clip: 0 when nothing.
      '    function ledgerSeen(box) {\n' +
      '      if (ledgerOffLevels > 0 || stateManager.state.ledgerOffForm) {\n        return 0;\n      }\n' +
      '      const v = viewBox;\n' +
      '      if (!v || v.length < 4) {\n        return 1;\n      }\n' +
      '      const c = stateManager.state.ledgerClip;\n' +
      '      let x0 = Math.min(v[0], v[2]), y0 = Math.min(v[1], v[3]), x1 = Math.max(v[0], v[2]), y1 = Math.max(v[1], v[3]);\n' +
      '      const area = (x1 - x0) * (y1 - y0);\n' +
      '      for (const b of [c, box]) {\n' +
      '        if (b) {\n          x0 = Math.max(x0, b[0]);\n          y0 = Math.max(y0, b[1]);\n          x1 = Math.min(x1, b[2]);\n          y1 = Math.min(y1, b[3]);\n        }\n' +
      '      }\n' +
      '      const w = x1 - x0, h = y1 - y0;\n' +
      '      return w > 0 && h > 0 && area > 0 ? (w * h) / area : 0;\n' +
      '    }\n' +
      // An image (the unit square under the CTM): the share of the page it shows.
      '    function ledgerImagePaint() {\n' +
      '      const m = stateManager.state.ctm;\n' +
      '      const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];\n      const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];\n' +
      '      const share = ledgerSeen([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);\n' +
      '      if (share > 0) {\n        textContent.items.push({ type: "ledgerPaint", image: true, share });\n      }\n' +
      '    }\n' +
      // A glyph (advance `em` ems) wholly outside the clip: its box (the em square widened by a
      // quarter em, the advance when wider) overlaps the clip's by less than half a point.
      '    function ledgerClipped(em) {\n' +
      '      const c = textState.ledgerClip;\n' +
      '      if (!c) {\n        return false;\n      }\n' +
      '      const t = getCurrentTextTransform();\n' +
      '      const a = Math.max(1, Math.abs(em));\n' +
      '      const vertical = !!textState.font?.vertical;\n' +
      '      const gx = vertical ? [-1, 1] : [-0.25, a + 0.25];\n      const gy = vertical ? [-a - 0.25, 1.25] : [-0.5, 1.25];\n' +
      '      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;\n' +
      '      for (const u of gx) {\n        for (const w of gy) {\n' +
      '          const x = t[0] * u + t[2] * w + t[4];\n          const y = t[1] * u + t[3] * w + t[5];\n' +
      '          x0 = Math.min(x0, x);\n          y0 = Math.min(y0, y);\n          x1 = Math.max(x1, x);\n          y1 = Math.max(y1, y);\n' +
      '        }\n      }\n' +
      '      return !(Math.min(x1, c[2]) - Math.max(x0, c[0]) >= 0.5 && Math.min(y1, c[3]) - Math.max(y0, c[1]) >= 0.5);\n' +
      '    }\n' +
      '    function flushTextContentItem() {\n',
  },
  {
    name: 'clip-2',
    find: '        const textChunk = ensureTextContentItem();\n',
    replace:
      '        if (textState.ledgerClip) {\n' +
      '          const ledgerWant = ledgerClipped(glyphWidth * textState.fontMatrix[0]) ? 4 : ledgerHid;\n' +
      '          if (textContentItem.initialized && (textContentItem.ledgerHid | 0) !== ledgerWant) {\n            flushTextContentItem();\n          }\n' +
      '          textContentItem.ledgerHid = ledgerWant;\n' +
      '        }\n' +
      '        const textChunk = ensureTextContentItem();\n',
  },
  {
    // A form's /BBox clips what it draws.
    name: 'clip-3',
    find: '                xObjStateManager.transform(matrix);\n              }\n',
    replace:
      '                xObjStateManager.transform(matrix);\n              }\n' +
      '              try {\n' +
      '                const bb = dict.getArray("BBox");\n' +
      '                if (Array.isArray(bb) && bb.length === 4 && bb.every((v) => typeof v === "number")) {\n' +
      '                  const m = xObjStateManager.state.ctm;\n' +
      '                  const xs = [], ys = [];\n' +
      '                  for (const [x, y] of [[bb[0], bb[1]], [bb[2], bb[1]], [bb[0], bb[3]], [bb[2], bb[3]]]) {\n' +
      '                    xs.push(m[0] * x + m[2] * y + m[4]);\n                    ys.push(m[1] * x + m[3] * y + m[5]);\n' +
      '                  }\n' +
      '                  const c = xObjStateManager.state.ledgerClip;\n' +
      '                  const b = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];\n' +
      '                  xObjStateManager.state.ledgerClip = c ? [Math.max(c[0], b[0]), Math.max(c[1], b[1]), Math.min(c[2], b[2]), Math.min(c[3], b[3])] : b;\n' +
      '                  xObjStateManager.state.ledgerClipLoose = !!(c && xObjStateManager.state.ledgerClipLoose) || !((m[1] === 0 && m[2] === 0) || (m[0] === 0 && m[3] === 0));\n' +
      '                }\n' +
      '              } catch {}\n' +
      '              if (ledgerOffLevels > 0 || ledgerOcOff(dict.getRaw("OC"))) {\n                currentState.ledgerOffForm = true;\n              }\n',
  },
  {
    name: 'layer',
    find: '          case OPS.beginMarkedContent:\n            flushTextContentItem();\n',
    replace: '          case OPS.beginMarkedContent:\n            flushTextContentItem();\n            ledgerMc.push(false);\n',
  },
  {
    name: 'layer-2',
    find: '          case OPS.beginMarkedContentProps:\n            flushTextContentItem();\n',
    replace:
      '          case OPS.beginMarkedContentProps:\n            flushTextContentItem();\n' +
      '            {\n' +
      '              let ledgerOff = false;\n' +
      '              if (args[0] instanceof Name && args[0].name === "OC") {\n' +
      '                let raw = args[1];\n' +
      '                if (raw instanceof Name) {\n' +
      '                  try {\n                    const props = resources.get("Properties");\n                    raw = props instanceof Dict ? props.getRaw(raw.name) : null;\n                  } catch {\n                    raw = null;\n                  }\n' +
      '                }\n' +
      '                ledgerOff = ledgerOcOff(raw);\n' +
      '              }\n' +
      '              ledgerMc.push(ledgerOff);\n' +
      '              if (ledgerOff) {\n                ledgerOffLevels++;\n              }\n' +
      '            }\n',
  },
  {
    name: 'layer-3',
    find: '          case OPS.endMarkedContent:\n            flushTextContentItem();\n',
    replace: '          case OPS.endMarkedContent:\n            flushTextContentItem();\n            if (ledgerMc.pop()) {\n              ledgerOffLevels--;\n            }\n',
  },
  // 11. `cid-width-range`: a composite font's /W (and /W2) ranges stop at CID 0xFFFF (shared with the
  // OCR renderer: pdf-stream-cap.ts).
  ...CID_WIDTH_RANGE_PATCHES,
  // 7. `stream-cap`: every other decoder (a chain of filters, LZW, RunLength …) stops at the same
  // bound, throws and is counted (pdf-stream-cap.ts); the document is then refused.
  streamCapPatch(PDF_STREAM_MAX_BYTES),
  {
    // 8. The password hash of AES-256 revision 6 (ISO 32000-2 algorithm 2.B: 64+ rounds of
    // AES-128-CBC over 4–12 KB and SHA-256/384/512, two or three times per document) by
    // node:crypto, the same algorithm step by step: pdf.js's JavaScript AES and SHA-2 took 25–60 ms
    // per such PDF, plus V8 optimising them in every thread.
    name: 'native-pdf20-hash',
    find: 'class PDF20 extends PDFBase {\n  _hash(password, input, userBytes) {\n',
    replace:
      '/* ledger-check: native-pdf20-hash */\n' +
      'const nativeCrypto = typeof process === "object" && typeof process.getBuiltinModule === "function" ? process.getBuiltinModule("crypto") : null;\n' +
      'function nativePdf20Hash(password, input, userBytes) {\n' +
      '  let k = new Uint8Array(nativeCrypto.createHash("sha256").update(input).digest()).subarray(0, 32);\n' +
      '  let e = [0];\n' +
      '  let i = 0;\n' +
      '  while (i < 64 || e.at(-1) > i - 32) {\n' +
      '    const combinedLength = password.length + k.length + userBytes.length,\n' +
      '      combinedArray = new Uint8Array(combinedLength);\n' +
      '    combinedArray.set(password, 0);\n' +
      '    combinedArray.set(k, password.length);\n' +
      '    combinedArray.set(userBytes, password.length + k.length);\n' +
      '    const k1 = new Uint8Array(combinedLength * 64);\n' +
      '    for (let j = 0, pos = 0; j < 64; j++, pos += combinedLength) {\n' +
      '      k1.set(combinedArray, pos);\n' +
      '    }\n' +
      '    const cipher = nativeCrypto.createCipheriv("aes-128-cbc", k.subarray(0, 16), k.subarray(16, 32));\n' +
      '    cipher.setAutoPadding(false);\n' +
      '    const head = cipher.update(k1);\n' +
      '    const tail = cipher.final();\n' +
      '    e = new Uint8Array(head.length + tail.length);\n' +
      '    e.set(head, 0);\n' +
      '    e.set(tail, head.length);\n' +
      '    let sum = 0;\n' +
      '    for (let j = 0; j < 16; j++) {\n' +
      '      sum += e[j];\n' +
      '    }\n' +
      '    const remainder = sum % 3;\n' +
      '    k = new Uint8Array(nativeCrypto.createHash(remainder === 0 ? "sha256" : remainder === 1 ? "sha384" : "sha512").update(e).digest());\n' +
      '    i++;\n' +
      '  }\n' +
      '  return k.subarray(0, 32);\n' +
      '}\n' +
      'class PDF20 extends PDFBase {\n' +
      '  _hash(password, input, userBytes) {\n' +
      // On any error from node:crypto, pdf.js's own JavaScript computes the same hash.
      '    if (nativeCrypto) {\n' +
      '      try {\n' +
      '        return nativePdf20Hash(password, input, userBytes);\n' +
      '      } catch {}\n' +
      '    }\n',
  },
];

/** Apply every patch, or none: null when any does not match exactly once. */
export function patchWorkerSource(source: string): string | null {
  let out: string | null = source;
  for (const p of PATCHES) out = out === null ? null : applyOnce(out, p);
  return out;
}

export interface TextWorker {
  /** The package's worker module. */
  file: string;
  /** Its source with every patch applied, or as installed when any does not apply. */
  source: string;
  /** The patches that applied (all of PATCHES, or none). */
  applied: string[];
}

let applied: string[] | null = null;

/** pdf.js's worker module as installed. */
export const textWorkerFile = (): string => createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.mjs');

/** What the patched worker is made from: the installed module (preparedKey) and these patches. */
export function textWorkerKey(file = textWorkerFile()): string {
  return preparedKey(file, createHash('sha256').update(JSON.stringify(PATCHES)).digest('hex').slice(0, 16));
}

/** The patches in force in a worker the build prepared (its stored list, as textWorker() gave it then). */
export function notePreparedPatches(list: unknown): void {
  applied = Array.isArray(list) && list.every((x) => typeof x === 'string') ? [...(list as string[])] : [];
}

/** The text worker's source (read and patched on each call: load it once per thread). */
export function textWorker(): TextWorker {
  const file = textWorkerFile();
  const original = readFileSync(file, 'utf8');
  const patched = patchWorkerSource(original);
  applied = patched ? PATCHES.map((p) => p.name) : [];
  return { file, source: patched ?? original, applied };
}

/** Names of the patches in force on this thread (null before pdf.js was loaded here). */
export function textWorkerPatches(): string[] | null {
  return applied;
}
