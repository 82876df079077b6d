/**
 * Session 11: the classes learnt from the ninth set (ids 2901–3385) and a wider sweep: .docx typed
 * with a hard return at the end of every printed line (and page-number lines), laws cited as a
 * basis, stock lists of inspection words, responsibility assignments, requirements quoted from the
 * 测评体系 or a superior, a part of the unit described by what it has, and declines of good things.
 * Every row and report is written for this test, not taken from fixtures/elements/: per class,
 * sentences just inside and just outside it, then whole texts with labels decided by hand.
 */
import { describe, expect, it } from 'vitest';
import { documents } from '../../src/text/element-documents.js';
import { responsibility } from '../../src/text/element-responsibility.js';
import { measures } from '../../src/text/element-measures.js';
import { results } from '../../src/text/element-results.js';
import { analyzeText } from '../../src/text/analyze.js';
import { joinHardReturns } from '../../src/text/hard-returns.js';
import { dropPageNumbers } from '../../src/text/normalize.js';
import { judgeElements } from '../../src/checks/report-elements.js';
import type { ElementTest } from '../../src/text/element-shared.js';

/** A class, the sentences inside it, the sentences outside it. */
type Row = [name: string, inside: string[], outside: string[]];

const TESTS: Record<string, [ElementTest, Row[]]> = {
  主体责任: [
    responsibility,
    [
      ['the head of an outside body (a 社会组织, a third party) is not who inside the unit is responsible',
        ['县义工联合会会长负总责，秘书长具体抓。', '由我局办公室牵头，联系县义工联合会组织志愿者。'],
        ['县义工联合会是在民政局登记的社会组织，由联合会会长牵头招募志愿者。', '委托第三方机构开展测评，由机构负责人牵头组织入户调查。']],
    ],
  ],
  部署文件: [
    documents,
    [
      ['a law or a national rule cited as the basis is no deployment document; a local 规定/办法 or one issued as 关于… is',
        ['严格执行《清河县城区占道经营管理办法》。', '依据县政府《关于规范农村建房管理的规定》开展巡查。', '落实《中华人民共和国消防法》和县消防委《2026年冬春火灾防控工作方案》。', '按照镇党委《关于实行村干部坐班值守制度的决定》安排值班。'],
        ['依据《中华人民共和国食品安全法》开展检查。', '严格按照《机动车驾驶证申领和使用规定》办理业务。', '对照《城市市容和环境卫生管理条例》清理占道。', '执行《生产安全事故应急预案管理办法》。', '依据《娱乐场所管理办法》检查歌厅。']],
    ],
  ],
  具体措施: [
    measures,
    [
      ['inspection words in a list of stock phrases name nothing done; with an object they do',
        ['对城区28家网吧全面排查消防通道。', '全面排查辖区内的危旧房屋。', '组织民警夜间巡查校园周边。', '集中整治农贸市场周边乱摆摊点。'],
        ['工作中坚持全面排查、严管重罚、强化宣传。', '强化排查，从严查处，保持打击高压态势。', '做到常态化巡查、拉网式排查。', '严防严控，依法监管，压实责任。', '加强巡查、强化监管、严格执法。']],
      ['a role assigned to a task is 主体责任, not an action',
        ['由网格员每周上门走访独居老人一次。', '组织镇卫生院医生到村里义诊。'],
        ['所长为第一责任人，县检测中心主任负责现场检查和效果评估。', '站长负责日常检查和资料归档。', '办公室主任牵头协调各股室的宣传工作。', '分管副局长具体抓执法培训和考核。', '各中队队长负总责，片区巡查由中队统筹。']],
      ['a list taken in or a need (纳入 / 列入 / 待 before the verb) is no work done',
        ['今年改造老旧小区9个。', '新建村级文化广场3处。'],
        ['今年纳入改造的老旧小区有9个。', '全年列入整治的背街小巷21条。', '待维修路灯46盏已登记。', '需更换的垃圾桶共130个。']],
      ['a part of the unit described with bare 设 is stock; setting something up is work done',
        ['在车站广场设置文明劝导岗2个。', '今年在大厅增设爱心座椅20张。'],
        ['服务大厅设综合受理窗口8个。', '办证中心内设自助服务区1个。', '住院部设病床320张，年出院病人9000余人次。']],
      ['requirements quoted from the 测评体系 or a superior are not the unit’s actions; acting on them is',
        ['按照测评要求组织开展文明交通劝导。', '根据县文明办要求，我们在路口设置了公益广告牌。', '对照测评标准，我局在办事大厅张贴了服务公约。'],
        ['测评要求：各单位在醒目位置设置公益广告宣传栏。', '指标内容：定期开展文明劝导志愿服务活动。', '市里要求各县在主干道设置公益广告。', '文件规定各镇须组建志愿服务队。', '各村都要开展移风易俗宣讲。', '各网点应当配备爱心座椅和老花镜。', '对照测评内容，现将我局开展文明交通劝导情况说明如下。', '现将本馆开展全民阅读推广活动的情况汇报如下。']],
      ['stock of a place built before (已建成 / 累计建成 + a count) is no work done; built this year it is',
        ['今年已建成村级污水处理站4座。', '6月在河堤新建健身步道2公里。'],
        ['已建成垃圾中转站1座，日转运能力80吨。', '全县累计建成农村公路桥梁126座。', '城区先后建成口袋公园11处。']],
      ['people organised to join unnamed kinds of activities name nothing done; a named one does',
        ['组织干部职工参加“文明交通·你我同行”志愿劝导。', '组织团员青年参加清明祭英烈活动。'],
        ['组织干部职工参加各项活动。', '动员党员参加各类志愿服务活动。', '组织群众参与相关活动。']],
      ['a task list or a target quoted (主要任务：/ 创建目标：) is not what was done',
        ['按照工作任务分工，我局在4个路口设置了文明劝导岗。'],
        ['主要任务：开展文明交通劝导，整治占道经营。', '根据测评体系，各窗口单位应设置便民服务台。']],
    ],
  ],
  取得成效: [
    results,
    [
      ['a decline is an outcome only when what declines is bad',
        ['以前巷子里乱堆杂物的很多，现在没有了。', '去年景区游客乱扔垃圾的不少，今年只有零星几起。', '课间在走廊追跑打闹的少了。', '家长说孩子在家刷短视频的时间少了。', '年初路口乱停的车有三十多辆，到十月只剩五六辆。', '去年投诉有二十来件，今年只有两件。', '村里酒后闹事的没有了。', '年初街面烟头随处可见，到十月复查只剩零星几处。'],
        ['村里年轻人留下来种地的没有了。', '年初来跳广场舞的有四十多人，到十月只剩七八个。', '暑假来图书室借阅的学生越来越少。', '去年活动很多，今年只有两场。', '来图书室看书的少了。', '年初报名的志愿者有六十多人，到年底只剩十几个。', '去年夜校学员不少，今年都没了。']],
      ['a good thing falling or a place gone quiet is a loss; a bad thing falling is an outcome',
        ['酒后驾驶查处量比去年下降了一半。', '以前一到赶集就堵车，现在顺畅了。'],
        ['以前每周都有演出，现在一个月才一场。', '前几年村里很热闹，现在冷清了。', '活动开展以来，参与人数逐步减少。', '群众满意度比去年下降了3个百分点。']],
      ['minds and manners changed, told plainly (观念变了 / 从“…”变成了“…” / 没人再上当 / 成了…最…)',
        ['年轻人的观念变了，彩礼也降下来了。', '这一年，村里的风气从“比排场”变成了“比孝顺”。', '听了几回讲座，小区里今年没人再上当受骗。', '城市书房成了市民最爱去的地方。'],
        ['要让年轻人的观念变过来。', '从“要我做”到“我要做”还需要一个过程。', '希望没人再上当受骗。']],
      ['a standard quoted from the 测评体系 is no result reached; a rate reached against it is',
        ['经第三方测评，群众满意度达到93.5%，高于测评要求。', '经测评，我镇志愿服务注册率达16%。'],
        ['测评标准：群众满意度达到90%以上。', '创建目标：城区主次干道整洁率达到98%。', '考核要求：公益广告覆盖率达到100%。', '上级要求群众满意度提高到95%。']],
    ],
  ],
};

describe('session 11: element classes of the ninth set and a wider sweep', () => {
  for (const [element, [test, rows]] of Object.entries(TESTS)) {
    for (const [name, inside, outside] of rows) {
      for (const s of inside) it(`${element} ${name} — inside: ${s}`, () => expect(test({ text: s })).not.toBeNull());
      for (const s of outside) it(`${element} ${name} — outside: ${s}`, () => expect(test({ text: s })).toBeNull());
    }
  }
});

describe('session 11: hard returns at the end of every printed line (.docx, .doc)', () => {
  const typed = [
    '关于县水务局河道保洁工作的说明',
    '一、责任落实。局长为河道保洁第一责任人，分管副局长具体',
    '抓，河湖管理股牵头，各镇水利站站长负责辖区保洁。',
    '二、依据文件。根据《清河县2026年河道保洁专项行动实',
    '施方案》（清水发〔2026〕9号）组织实施。',
    '— 2 —',
    '三、主要做法。聘请保洁员46名，每周对县城段河道清',
    '理漂浮物两次；在6处入河口安装拦污网。共计清理垃圾120',
    '吨，河面漂浮物明显减少，沿岸群众反映良好。',
    '清河县水务局',
    '2026年10月8日',
  ];
  it('joins a 《》 title, a responsibility line and a number with its unit cut by the line ends', () => {
    const joined = joinHardReturns(dropPageNumbers(typed.join('\n'))).split('\n');
    expect(joined).toContain('二、依据文件。根据《清河县2026年河道保洁专项行动实施方案》（清水发〔2026〕9号）组织实施。');
    expect(joined.some((l) => l.includes('分管副局长具体抓，河湖管理股牵头'))).toBe(true);
    expect(joined.some((l) => l.includes('共计清理垃圾120吨'))).toBe(true);
  });
  it('keeps the title, headings, the signer and the date on lines of their own, and drops page numbers', () => {
    const joined = joinHardReturns(dropPageNumbers(typed.join('\n'))).split('\n');
    expect(joined[0]).toBe('关于县水务局河道保洁工作的说明');
    expect(joined.slice(-2)).toEqual(['清河县水务局', '2026年10月8日']);
    expect(joined.filter((l) => /^[一二三]、/.test(l))).toHaveLength(3);
    expect(joined.join('\n')).not.toContain('— 2 —');
  });
  it('a report typed so is judged as its PDF is: all five present', () => {
    expect(missing(typed)).toEqual([]);
  });
  it('leaves a document of real paragraphs alone: headings, key:value fields and list items stay apart', () => {
    const form = [
      '县文旅局图书馆文明服务情况表',
      '填报单位：清河县图书馆',
      '责任人：馆长 刘明',
      '一、主要做法',
      '开展“书香清河”读书月活动',
      '设置老年人阅览专区',
      '（一）每周六举办亲子绘本课',
      '二、取得成效',
      '读者满意度达96%。',
    ];
    expect(joinHardReturns(form.join('\n'))).toBe(form.join('\n'));
  });
  it('drops page-number lines in their usual forms, and nothing else', () => {
    expect(dropPageNumbers(['甲', '-3-', '第 3 页 共 5 页', '共5页第2页', '— 12 —', '3/5', '乙'].join('\n'))).toBe('甲\n乙');
    expect(dropPageNumbers(['共计3页材料', '第3页所列数据', '2026-3-5'].join('\n'))).toBe('共计3页材料\n第3页所列数据\n2026-3-5');
  });
});

const missing = (lines: string[]) =>
  judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, hardReturns: true }))
    .filter((v) => v.status === 'missing')
    .map((v) => v.element);

describe('session 11: whole reports (labels decided by hand)', () => {
  it('a traffic brigade citing only laws, with measures and outcomes: 部署文件 missing', () => {
    expect(
      missing([
        '县交警大队关于校园周边交通秩序整治的说明',
        '副大队长王强具体负责，城区中队中队长为路段责任人。',
        '依据《中华人民共和国道路交通安全法》和《校车安全管理条例》开展整治。',
        '上下学时段在6所学校门口设立护学岗，民警现场疏导；共查处违停车辆430起。',
        '学校门口拥堵时间明显缩短，家长普遍表示满意。',
      ]),
    ).toEqual(['部署文件']);
  });
  it('a report whose “measures” are the 测评体系’s requirements and a stock list: 具体措施 missing', () => {
    expect(
      missing([
        '县医保局关于窗口文明服务的说明',
        '局长负总责，办公室主任具体抓。',
        '按照《清河县医保系统窗口服务提升行动方案》执行。',
        '测评要求：窗口单位设置爱心座椅、老花镜等便民设施，开展微笑服务。',
        '我局坚持全面排查、严管重罚、强化宣传，办公室主任负责台账整理和日常督导。',
        '大厅设综合窗口6个，日均办件约300件。',
        '群众对窗口服务的评价明显提高。',
      ]),
    ).toEqual(['具体措施']);
  });
  it('a village report whose only “outcome” is a decline of something good: 取得成效 missing', () => {
    expect(
      missing([
        '石桥村关于农家书屋使用情况的说明',
        '村支书负总责，村文书具体管理书屋。',
        '按照镇文化站《关于开展2026年农家书屋阅读季活动的通知》，书屋每周六开放半天，组织了2场读书分享会。',
        '去年来借书的人不少，今年只有十来个。',
      ]),
    ).toEqual(['取得成效']);
  });
});
