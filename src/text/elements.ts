/**
 * The five elements of a 说明报告 (主体责任、部署文件、具体措施、数据实例、取得成效), found by a
 * heading that names them or by cue wording in the body. Cues are regular expressions; a rule file
 * can replace them per indicator. The defaults follow domain.md and are a starting point to tune.
 */
import type { ElementVerdict } from '../types.js';
import { HEADING_START, snippetAt } from './normalize.js';
import { findDataPoints } from './datapoints.js';
import { linearPattern, type CuePattern } from '../rules/patterns.js';

export interface ElementCues {
  headings: string[];
  cues: string[];
}

/** Within one sentence: no 。！？ and no line break. */
const S = '[^。！？!?\\n]';

export const DEFAULT_ELEMENT_CUES: Record<string, ElementCues> = {
  主体责任: {
    headings: ['主体责任', '责任主体', '组织领导', '责任落实', '领导机制', '组织保障'],
    cues: [
      `成立${S}{0,30}(领导小组|工作专班|指挥部|工作组)`,
      '(主要领导|一把手|分管领导|主要负责同志|主要负责人)',
      '牵头(单位|部门)',
      '责任(分工|清单)',
      `党(组|委)(会议?|书记)${S}{0,10}(研究|部署|专题)`,
      `(落实|压实|明确)${S}{0,8}主体责任`,
    ],
  },
  部署文件: {
    headings: ['部署文件', '工作部署', '文件依据', '政策依据', '部署安排', '制度文件'],
    cues: [
      `(根据|按照|依据|依照|贯彻|落实)${S}{0,12}《[^》\\n]+》`,
      `(印发|出台|下发|转发)${S}{0,10}《[^》\\n]+》`,
      `制定${S}{0,30}(方案|办法|细则|计划|意见)`,
      '[〔﹝［\\[【(（]\\s*(19|20)?\\d{2}\\s*[〕﹞］\\]】)）]\\s*第?\\d{1,5}号',
    ],
  },
  具体措施: {
    headings: ['具体措施', '主要措施', '工作措施', '主要做法', '具体做法', '工作举措', '措施'],
    cues: [
      `(开展|组织|举办)${S}{0,24}(活动|行动|宣传|培训|讲座|服务|整治|志愿)`,
      `(实施|推进|推动)(?!方案|意见|细则|办法)${S}{0,15}(工程|行动|工作|项目|活动)`,
      `建立${S}{0,20}(机制|制度)`,
      `一是${S}{2,}`,
      // 主题活动 / 专项行动 count only with a verb (first cue): "全年主题活动36场" is data, not a measure.
    ],
  },
  数据实例: {
    headings: ['数据实例', '数据与实例', '典型案例', '典型事例', '数据统计', '工作数据'],
    cues: [`以${S}{1,30}为例`, '例如', '典型案例', '典型事例'],
  },
  取得成效: {
    headings: ['取得成效', '工作成效', '主要成效', '成效', '取得的成绩', '工作成果'],
    cues: [
      '成效',
      `(明显|显著|大幅|有效|进一步)(提升|提高|改善|增强|好转)`,
      `同比(增长|下降|提高|减少|上升)`,
      '覆盖率',
      '满意度',
      '(获评|荣获|被评为)',
      `受到${S}{0,12}(表彰|好评|肯定)`,
    ],
  },
};

/**
 * The element table for an indicator: the defaults, with each element a rule file names
 * replaced by the rule file's headings and cues (an entry with neither keeps the default), and
 * any extra element the rule file adds.
 */
export function mergeElementCues(fromRules: Record<string, Partial<ElementCues>> | undefined): Record<string, ElementCues> {
  const out: Record<string, ElementCues> = { ...DEFAULT_ELEMENT_CUES };
  for (const [name, c] of Object.entries(fromRules ?? {})) {
    const headings = c.headings ?? [];
    const cues = c.cues ?? [];
    if (headings.length === 0 && cues.length === 0 && out[name]) continue;
    out[name] = { headings, cues };
  }
  return out;
}

/** 数据实例 is also found by any number with a unit: that is what the element asks for. */
const DATA_ELEMENT = '数据实例';

/**
 * Section headings: the styled headings of a .docx, short lines that open a numbered section
 * (一、主体责任), and the lead-in of a numbered paragraph that runs on (一、主体责任：县教育局…).
 */
export function headingLines(text: string, styled: string[] = []): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  const styledSet = new Set(styled.map((s) => s.trim()));
  let at = 0;
  for (const line of text.split('\n')) {
    if (styledSet.has(line) || (line.length <= 40 && HEADING_START.test(line) && !/[。；]$/.test(line))) {
      out.push({ text: line, index: at });
    } else if (HEADING_START.test(line)) {
      const lead = /^[^：:。，,；]{1,24}[：:。]/.exec(line);
      if (lead) out.push({ text: lead[0], index: at });
    }
    at += line.length + 1;
  }
  return out;
}

/**
 * The code's own cues run on JavaScript's engine (some use look-ahead); every other pattern
 * (a rule file's) runs on RE2, in time linear in the text (rules/patterns.ts).
 */
let builtinCues: ReadonlySet<string> | null = null;
function compileAll(patterns: string[]): CuePattern[] {
  builtinCues ??= new Set([...Object.values(DEFAULT_ELEMENT_CUES).flatMap((c) => c.cues), ...EXPLANATORY_CUES]);
  const out: CuePattern[] = [];
  for (const p of patterns) {
    try {
      out.push(builtinCues.has(p) ? new RegExp(p, 'g') : linearPattern(p));
    } catch {
      // A bad pattern in a rule file is reported by rule loading; here it is skipped.
    }
  }
  return out;
}

export interface DetectInput {
  text: string;
  /** Styled headings of a .docx (Heading 1, 标题 1 …). */
  headings?: string[];
  pageAt?: (i: number) => number | undefined;
}

/**
 * Per element: found by heading (the heading names it) or by cue (first cue hit in the body),
 * with page and snippet as evidence. `cues` maps element name → headings and cue patterns; an
 * empty record means the defaults.
 */
export function detectElements(
  input: DetectInput,
  cues: Record<string, ElementCues> = DEFAULT_ELEMENT_CUES,
): Record<string, ElementVerdict> {
  const table = Object.keys(cues).length > 0 ? cues : DEFAULT_ELEMENT_CUES;
  const { text } = input;
  const pageAt = input.pageAt ?? (() => undefined);
  const heads = headingLines(text, input.headings);
  const masked = text.replace(/《[^《》\n]*》/g, (t) => '《' + '○'.repeat(t.length - 2) + '》');
  const out: Record<string, ElementVerdict> = {};
  for (const [name, def] of Object.entries(table)) {
    const verdict: ElementVerdict = { found: false };
    const head = heads.find((h) => def.headings.some((w) => h.text.includes(w)));
    if (head) {
      verdict.found = true;
      verdict.via = 'heading';
      verdict.snippet = head.text;
      const p = pageAt(head.index);
      if (p !== undefined) verdict.page = p;
    } else {
      let best: { index: number; end: number } | null = null;
      for (const re of compileAll(def.cues)) {
        re.lastIndex = 0;
        // Words inside a cited 《title》 are the title's, not the report's: mask them unless the cue is about titles.
        const m = re.exec(re.source.includes('《') ? text : masked);
        if (m && (best === null || m.index < best.index)) best = { index: m.index, end: m.index + m[0].length };
      }
      if (!best && name === DATA_ELEMENT) {
        const dp = findDataPoints(text);
        if (dp.length > 0) best = { index: dp[0].index, end: dp[0].index + dp[0].text.length };
      }
      if (best) {
        verdict.found = true;
        verdict.via = 'cue';
        verdict.snippet = snippetAt(text, best.index, best.end);
        const p = pageAt(best.index);
        if (p !== undefined) verdict.page = p;
      }
    }
    out[name] = verdict;
  }
  return out;
}

/** Wording of a 说明式 report: it explains the indicator rather than summing up a year. */
export const EXPLANATORY_CUES = [
  `对照${S}{0,30}(测评|指标|标准|要求)`,
  `现将${S}{0,30}(说明|报告)如下`,
  `(特此|作如下)说明`,
  `情况说明`,
];

export interface StyleVerdict {
  /** Summary cue phrases seen (存在问题, 下一步打算 …). */
  summaryCues: string[];
  /** Explanatory wording seen (对照…, 现将…说明如下). */
  explanatory: boolean;
  /** Reads as a year-end summary (总结式) rather than an explanation (说明式). */
  summary: boolean;
}

/**
 * 总结式 when two or more summary cues appear, or one appears and the report never explains
 * itself against the indicator.
 */
export function detectStyle(text: string, summaryCues: string[]): StyleVerdict {
  const seen: string[] = [];
  for (const re of compileAll(summaryCues)) {
    const m = re.exec(text);
    if (m) seen.push(m[0]);
  }
  const explanatory = compileAll(EXPLANATORY_CUES).some((re) => re.test(text));
  return { summaryCues: seen, explanatory, summary: seen.length >= 2 || (seen.length === 1 && !explanatory) };
}
