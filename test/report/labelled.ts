/**
 * A labelled set of 说明报告 texts, built by composition: each section is written so that its
 * element is (or is not) present, each 文号 variant carries its verdict and corrected form, and
 * each data paragraph its number of figures with units. Labels come from the construction, never
 * from the detector.
 */
export const ELEMENTS = ['主体责任', '部署文件', '具体措施', '数据实例', '取得成效'] as const;
export type El = (typeof ELEMENTS)[number];

export const HEADINGS: Record<El, [string, string]> = {
  主体责任: ['主体责任', '组织领导'],
  部署文件: ['部署文件', '工作部署'],
  具体措施: ['具体措施', '主要做法'],
  数据实例: ['数据实例', '典型案例'],
  取得成效: ['取得成效', '工作成效'],
};

const BODY: Record<Exclude<El, '部署文件' | '数据实例'>, string[]> = {
  主体责任: [
    '县教育局成立了以局长为组长、分管副局长为副组长的创建工作领导小组，明确责任分工，把创建工作列入年度重点任务。',
    '局党组会议专题研究部署创建工作，主要领导亲自抓、负总责，办公室作为牵头单位统筹推进。',
    '我局落实主体责任，由局长负总责、股室负责人具体抓，逐级签订创建责任书。',
  ],
  具体措施: [
    '一是围绕传统节日组织学生参与经典诵读、包粽子、做花灯等文化体验；二是举办传家风主题班会；三是建立节日活动常态化工作机制。',
    '围绕春节、端午、中秋等传统节日，各校组织开展经典诵读、民俗体验、志愿服务等主题活动，并在学校公众号开设线上展播专栏。',
    '我局推进传统节日进校园工作，指导各中小学把节日教育纳入课程计划，线上线下同步展示。',
  ],
  取得成效: [
    '通过系列活动，师生对传统文化的认同感明显增强，校园文明氛围显著改善，相关做法受到县文明办肯定。',
    '活动取得良好成效，家长满意度持续提升，我局被评为全县创建工作先进单位。',
    '节日教育已成为全县中小学德育工作的品牌，学生文明素养进一步提升。',
  ],
};

/** Deployment sentences; {D} is replaced by the 文号. */
const DEPLOY = [
  '按照《清河县“我们的节日”主题活动实施方案》（{D}）要求，结合教育系统实际细化了任务清单。',
  '根据县创文办印发的《关于深入开展我们的节日主题活动的通知》（{D}），我局及时转发并细化任务。',
  '我局依据《清河县精神文明建设工作要点》（{D}）部署节日教育工作。',
];

export interface DocNoVariant {
  written: string;
  wellFormed: boolean;
  corrected: string | null;
  year: number;
}

export const DOCNOS: DocNoVariant[] = [
  { written: '县创文办〔2024〕12号', wellFormed: true, corrected: null, year: 2024 },
  { written: '县创文办[2024]12号', wellFormed: false, corrected: '县创文办〔2024〕12号', year: 2024 },
  { written: '县创文办【2024】12号', wellFormed: false, corrected: '县创文办〔2024〕12号', year: 2024 },
  { written: '县创文办(2024)12号', wellFormed: false, corrected: '县创文办〔2024〕12号', year: 2024 },
  { written: '县创文办（2024）12号', wellFormed: false, corrected: '县创文办〔2024〕12号', year: 2024 },
  { written: '县创文办〔24〕12号', wellFormed: false, corrected: '县创文办〔2024〕12号', year: 2024 },
  { written: '县创文办〔2024〕01号', wellFormed: false, corrected: '县创文办〔2024〕1号', year: 2024 },
  { written: '县创文办〔2024〕第12号', wellFormed: false, corrected: '县创文办〔2024〕12号', year: 2024 },
  { written: '清文明委﹝2025﹞3号', wellFormed: false, corrected: '清文明委〔2025〕3号', year: 2025 },
  { written: '清文明办〔23〕第05号', wellFormed: false, corrected: '清文明办〔2023〕5号', year: 2023 },
  { written: '县文明委〔2025〕7号', wellFormed: true, corrected: null, year: 2025 },
];

/** Data paragraphs with their number of figures-with-units; 'dates' has dates and no figures. */
export const DATA: Record<string, { text: string; count: number; example: boolean }> = {
  A: { text: '全年节日主题活动累计36场，参与师生1.2万人次，投入经费5.5万元，学生参与率达98.5%。', count: 4, example: false },
  B: { text: '其中端午节期间包粽子体验12场，参与家长和学生860人次，发放宣传资料2000份。', count: 3, example: false },
  C: { text: '以城关一小为例，该校中秋诗会共3期，编印校本读物2册，志愿者45名走进社区，慰问老人120户，线上观看达3000余人次。', count: 5, example: true },
  few: { text: '全年节日主题活动累计36场。', count: 1, example: false },
  dates: { text: '活动集中安排在2024年9月17日、2025年1月28日和2025年5月31日前后，2025-02-12为集中展示日。', count: 0, example: false },
};

const OPENING = '对照《全国县级文明城市测评体系》Ⅲ—12“我们的节日”测评内容，现将我局工作情况说明如下。';
const PADDING = '我局始终把弘扬中华优秀传统文化作为立德树人的重要内容，注重把节日教育与校园文化、家校共育结合起来，引导广大师生在参与中感悟传统、在体验中涵养品德。';
const SUMMARY = ['存在的问题：部分学校活动形式较单一，线上活动参与面还不够广。', '下一步工作打算：我局将继续深化节日主题活动，丰富活动形式。'];

export type Style = 'numbered' | 'styled-en' | 'styled-zh' | 'prose';

export interface CaseSpec {
  id: string;
  style: Style;
  /** Variant index per element; an element left out is absent from the text. */
  parts: Partial<Record<Exclude<El, '数据实例'>, number>>;
  data?: keyof typeof DATA;
  docno?: number;
  synonyms?: boolean;
  summary?: boolean;
  opening?: boolean;
  padding?: boolean;
  /** The 落款 date as written; null: no date. */
  date?: string | null;
  /** Split the body over two PDF pages. */
  twoPages?: boolean;
}

export interface Paragraph {
  text: string;
  heading: boolean;
}

export interface LabelledCase {
  spec: CaseSpec;
  paragraphs: Paragraph[];
  /** Labels. */
  present: El[];
  missing: El[];
  /** Elements whose heading stands over text that does not satisfy them. */
  empty: El[];
  citations: DocNoVariant[];
  dataCount: number;
  chars: number;
  summary: boolean;
  signedDate: string | null;
}

const NUMS = ['一', '二', '三', '四', '五', '六'];

export function build(spec: CaseSpec): LabelledCase {
  const paragraphs: Paragraph[] = [{ text: '县教育局关于Ⅲ—12我们的节日指标的说明报告', heading: false }];
  const headed = spec.style !== 'prose';
  let n = 0;
  const section = (el: El, body: string) => {
    if (headed) paragraphs.push({ text: `${NUMS[n++]}、${HEADINGS[el][spec.synonyms ? 1 : 0]}`, heading: true });
    paragraphs.push({ text: body, heading: false });
  };
  if (spec.opening !== false) paragraphs.push({ text: OPENING, heading: false });
  const present = new Set<El>();
  const empty = new Set<El>();
  const citations: DocNoVariant[] = [];
  if (spec.parts.主体责任 !== undefined) {
    section('主体责任', BODY.主体责任[spec.parts.主体责任]);
    present.add('主体责任');
  }
  if (spec.parts.部署文件 !== undefined) {
    const d = DOCNOS[spec.docno ?? 0];
    section('部署文件', DEPLOY[spec.parts.部署文件].replace('{D}', d.written));
    citations.push(d);
    present.add('部署文件');
  }
  if (spec.parts.具体措施 !== undefined) {
    section('具体措施', BODY.具体措施[spec.parts.具体措施]);
    present.add('具体措施');
  }
  let dataCount = 0;
  if (spec.data) {
    const d = DATA[spec.data];
    section('数据实例', d.text);
    dataCount = d.count;
    // Present by a figure with a unit; a heading over dates alone is an empty heading.
    if (d.count > 0) present.add('数据实例');
    else if (headed) empty.add('数据实例');
  }
  if (spec.parts.取得成效 !== undefined) {
    section('取得成效', BODY.取得成效[spec.parts.取得成效]);
    present.add('取得成效');
  }
  if (spec.padding !== false) paragraphs.push({ text: PADDING, heading: false });
  if (spec.summary) for (const s of SUMMARY) paragraphs.push({ text: s, heading: false });
  paragraphs.push({ text: '清河县教育局', heading: false });
  const date = spec.date === undefined ? '2025年6月12日' : spec.date;
  if (date !== null) paragraphs.push({ text: date, heading: false });
  const signedDate = date === null ? null : date === '二〇二五年六月十二日' ? '2025-06-12' : date.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/, (_, y, m, d) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
  return {
    spec,
    paragraphs,
    present: ELEMENTS.filter((e) => present.has(e)),
    missing: ELEMENTS.filter((e) => !present.has(e)),
    empty: ELEMENTS.filter((e) => empty.has(e)),
    citations,
    dataCount,
    chars: paragraphs.map((p) => p.text).join('').replace(/\s/g, '').length,
    summary: Boolean(spec.summary),
    signedDate,
  };
}

const ALL = { 主体责任: 0, 部署文件: 0, 具体措施: 0, 取得成效: 0 } as const;
const STYLES: Style[] = ['numbered', 'styled-en', 'styled-zh', 'prose'];

function without(el: Exclude<El, '数据实例'>, v: number) {
  const p: CaseSpec['parts'] = { 主体责任: v, 部署文件: v, 具体措施: v, 取得成效: v };
  delete p[el];
  return p;
}

/** The labelled set: ≥ 30 specs covering styles, missing elements, 文号 variants, data and dates. */
export function labelledSpecs(): CaseSpec[] {
  const specs: CaseSpec[] = [];
  // Complete reports in every style and phrasing.
  STYLES.forEach((style, i) => specs.push({ id: `full-${style}`, style, parts: { 主体责任: i % 3, 部署文件: i % 3, 具体措施: i % 3, 取得成效: i % 3 }, data: (['A', 'B', 'C', 'A'] as const)[i] }));
  specs.push({ id: 'full-synonym-headings', style: 'styled-zh', parts: { ...ALL }, data: 'C', synonyms: true });
  specs.push({ id: 'full-two-pages', style: 'numbered', parts: { 主体责任: 1, 部署文件: 1, 具体措施: 1, 取得成效: 1 }, data: 'B', twoPages: true });
  // Each element missing in turn, with and without headings.
  for (const style of ['numbered', 'prose'] as const) {
    (['主体责任', '部署文件', '具体措施', '取得成效'] as const).forEach((el, i) => specs.push({ id: `missing-${el}-${style}`, style, parts: without(el, (i + 1) % 3), data: 'A' }));
    specs.push({ id: `missing-数据实例-${style}`, style, parts: { ...ALL } });
  }
  specs.push({ id: 'missing-two-styled-en', style: 'styled-en', parts: { 部署文件: 2, 具体措施: 2, 取得成效: 2 } , data: 'B'});
  // Every 文号 variant.
  DOCNOS.forEach((_, i) => specs.push({ id: `docno-${i}`, style: STYLES[i % 4], parts: { ...ALL, 部署文件: i % 3 }, data: 'A', docno: i }));
  // Style, data and dates.
  specs.push({ id: 'summary-style', style: 'numbered', parts: { ...ALL }, data: 'A', summary: true, opening: false });
  specs.push({ id: 'summary-with-opening', style: 'prose', parts: { ...ALL }, data: 'B', summary: true });
  specs.push({ id: 'few-numbers', style: 'numbered', parts: { ...ALL }, data: 'few' });
  specs.push({ id: 'dates-only-prose', style: 'prose', parts: { ...ALL }, data: 'dates' });
  specs.push({ id: 'dates-only-headed', style: 'styled-en', parts: { ...ALL }, data: 'dates' });
  specs.push({ id: 'too-short', style: 'prose', parts: { 主体责任: 2 }, data: 'few', opening: false, padding: false });
  specs.push({ id: 'date-chinese-numerals', style: 'numbered', parts: { ...ALL }, data: 'A', date: '二〇二五年六月十二日' });
  specs.push({ id: 'date-outside-period', style: 'prose', parts: { ...ALL }, data: 'A', date: '2024年3月5日', docno: 9 });
  specs.push({ id: 'undated', style: 'styled-zh', parts: { ...ALL }, data: 'C', date: null });
  specs.push({ id: 'future-docno', style: 'numbered', parts: { ...ALL }, data: 'A', docno: 8, date: '2024年12月20日' });
  return specs;
}
