/**
 * Session 18 (issue 11 "what changed", "who is inside the unit", "what is a deployment document"), helper `charge18`. Rows just
 * inside, on the edge and just outside each principle, written in this test's own words (not taken from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const report = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] }));
const status = (lines: string[], element: string) => report(lines).find((v) => v.element === element)?.status;
const own = (...body: string[]) => ['清河县文明办关于文明餐桌行动推进情况的报告', ...body, '清河县文明办', '2026年11月2日'];

describe('session 18 (charge): 取得成效 — the unit\'s own effort grown is data, a change in the served is an outcome', () => {
  const rows: [string, '+' | '-', string][] = [
    // inside: what rose is the unit's own activity, service hours, checks, cases handled
    ['activities held, counted in 场 after the rise', '-', '今年以来，我办开展文明餐桌宣传活动46场，同比增加12场。'],
    ['service hours, month on month', '-', '志愿服务时长环比增长15%。'],
    ['activity sessions as the subject', '-', '宣传活动场次同比增长30%。'],
    ['cases cracked (the unit\'s output)', '-', '全年破获涉毒刑事案件14起，同比增加3起。'],
    ['checks made, by a degree adverb', '-', '门店检查频次明显增加。'],
    // on the edge: the served named as the ones serving own their hours; a degree or a rate is a state
    ['residents\' own volunteering (the served act)', '+', '参与积分的居民达到2600多户，社区志愿服务时长比试点前增长了一倍多。'],
    ['the reach of the publicity (影响力, a state)', '+', '公益宣传的影响力明显提升。'],
    ['publicity coverage rate', '+', '文明餐桌宣传覆盖率同比提高8个百分点。'],
    // outside: the served acting, a bad thing falling, a state reached
    ['readers coming', '+', '全年接待读者31.2万人次，同比增长26%。'],
    ['complaints falling, satisfaction rising', '+', '餐饮浪费投诉量同比下降23%，群众满意度由88%升至95%。'],
  ];
  for (const [what, expected, s] of rows) {
    it(`${expected === '+' ? 'an outcome' : 'no outcome'}: ${what}: ${s}`, () => {
      expect(status(own('一、工作情况', s), '取得成效')).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});

describe('session 18 (charge, review17): an aim keyed and then what was reached keyed', () => {
  const rows: [string, '+' | '-', string][] = [
    ['the rate keyed as reached', '+', '年度目标：满意度90%，实际完成：满意度96.5%。'],
    ['完成情况： a rate reached', '+', '完成情况：群众知晓率达92%。'],
    ['the aim alone', '-', '年度目标：满意度90%。'],
    ['reached keyed, but a count of activities', '-', '实际完成：开展宣传活动12场。'],
    ['reached keyed, but only so much (仅为)', '-', '年度目标：满意度90%，实际完成：满意度仅为76.5%。'],
    ['an assessment\'s result at a good grade', '+', '创文资金使用绩效评价结果全部为“良好”以上。'],
    ['a good grade required', '-', '要求各站点考核结果为优秀。'],
  ];
  for (const [what, expected, s] of rows) {
    it(`${expected === '+' ? 'an outcome' : 'no outcome'}: ${what}: ${s}`, () => {
      expect(status(own('一、工作情况', s), '取得成效')).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});

describe('session 18 (charge, review17): a paragraph that is only a plans key announces plans', () => {
  const aims = '全县文明餐桌知晓率达到95%以上，餐馆浪费现象明显减少。';
  it('under 二、工作情况及下一步打算, the aims after 下一步打算： claim nothing', () => {
    expect(status(own('二、工作情况及下一步打算', '今年以来，我办在全县餐馆张贴公筷公勺提示牌1200张。', '下一步打算：', aims), '取得成效')).toBe('missing');
  });
  it('on the edge: 今后工作计划： likewise', () => {
    expect(status(own('二、工作情况及今后打算', '今年以来，我办在全县餐馆张贴公筷公勺提示牌1200张。', '今后工作计划：', aims), '取得成效')).toBe('missing');
  });
  it('outside: work told as done after it (已 / 了) ends the plans', () => {
    expect(status(own('二、工作情况及下一步打算', '下一步打算：', '全县文明餐桌知晓率达到95%以上。', '今年以来，我们已在全县餐馆张贴提示牌1200张，餐馆浪费现象明显减少。'), '取得成效')).toBe('present');
  });
  it('outside: the same aims under a heading of work done, no plans key before them', () => {
    expect(status(own('二、工作情况', '今年以来，全县文明餐桌知晓率达到95%以上，餐馆浪费现象明显减少。'), '取得成效')).toBe('present');
  });
});

describe('session 18 (charge): 主体责任 — only someone inside the unit', () => {
  const speech = (...body: string[]) => ['在全县商贸流通领域创文推进会上的讲话', '同志们：', ...body, '清河县商务局', '2026年6月6日'];
  const rows: [string, '+' | '-', string][] = [
    // inside the principle: the served or regulated hold their own premises; guests invited; a meeting named by a role
    ['a trader holds his own shopfront', '-', '商户是自家门前的第一责任人，要自觉守规矩。'],
    ['firms\' heads hold their own firm', '-', '各商场、超市负责人要当好本企业创文第一责任人，亲自过问。'],
    ['the heads of firms invited', '-', '今天，我们把全县大型商场和加油站的负责同志请来，召开推进会。'],
    ['a meeting named by a role studied it', '-', '理事长办公会研究了年度督导事项。'],
    ['offices all together', '-', '局党委高度重视，各股室齐抓共管。'],
    // on the edge and outside: the unit's own head over traders; the unit's own role in charge
    ['the unit\'s head over the traders\' shopfronts', '+', '局长对商户门前秩序整治负总责。'],
    ['the unit\'s leader takes charge', '+', '分管副局长具体抓，市场股牵头。'],
    ['the head chairing the meeting that assigned it', '+', '局长主持召开局长办公会，明确由分管副局长牵头。'],
  ];
  for (const [what, expected, s] of rows) {
    it(`${expected === '+' ? 'someone in charge' : 'no one in charge'}: ${what}: ${s}`, () => {
      expect(status(speech(s), '主体责任')).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});

describe('session 18 (charge): a template\'s instruction names no one and cites nothing', () => {
  const form = (...body: string[]) => ['清河县应急管理局安全宣传工作情况报告（模板）', ...body, '清河县应急管理局'];
  it('（请填写牵头科室及责任人） names no one', () => {
    expect(status(form('一、组织领导', '（请填写牵头科室及责任人）'), '主体责任')).toBe('missing');
  });
  it('【请写明责任领导】 beside filled text: the filled text counts', () => {
    expect(status(form('一、组织领导', '【请写明责任领导】局长任组长，办公室牵头。'), '主体责任')).toBe('present');
  });
  it('（请填写依据文件名称，如《…实施方案》） cites nothing', () => {
    expect(status(form('二、工作依据', '（请填写依据文件名称，如《××县安全生产月活动实施方案》）'), '部署文件')).toBe('missing');
  });
  it('outside: a bracket that tells (（局长任组长）) stays', () => {
    expect(status(form('一、组织领导', '成立安全宣传工作领导小组（局长任组长）。'), '主体责任')).toBe('present');
  });
});

describe('session 18 (charge): 部署文件 — a leaflet handed out is no deployment document', () => {
  const own = (s: string) => ['清河县应急管理局关于安全生产月宣传的报告', s, '清河县应急管理局'];
  const rows: [string, '+' | '-', string][] = [
    ['a checklist handed out in copies', '-', '向居民发放《家庭应急物资储备清单》8000份。'],
    ['a notice posted up', '-', '在小区张贴《燃气安全告知书》。'],
    ['counted after the title alone', '-', '社区网格员入户送去《居家安全提示清单》3000余份。'],
    ['issued by the unit (印发)', '+', '我局印发《清河县安全生产月活动方案》，向居民发放《家庭应急物资储备清单》8000份。'],
    ['followed (按照)', '+', '按照《清河县安全生产月活动实施方案》，开展宣传咨询14场。'],
  ];
  for (const [what, expected, s] of rows) {
    it(`${expected === '+' ? 'a document cited' : 'none cited'}: ${what}: ${s}`, () => {
      expect(status(own(s), '部署文件')).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});

describe('session 18 (charge), tuned on 9501–9985 after its check: the same principles, other shapes', () => {
  const rows: [string, string, '+' | '-', string][] = [
    ['取得成效', 'the rise told over comparing clauses (同比增加…，增长…%)', '-', '1—10月，我局开展普法宣传活动326场，同比增加78场，增长31.5%。'],
    ['取得成效', 'checks in 户次 over comparing clauses', '-', '1—10月检查门店4870户次，同比增加1120户次，增长29.9%。'],
    ['取得成效', 'the unit\'s pieces broadcast', '-', '刊播量增长明显。'],
    ['取得成效', 'a share of the unit\'s own output, framed (在…中)', '-', '在发布稿件中，原创短视频占比由上年同期的18%上升到31%。'],
    ['取得成效', 'outside: a share of the served, no frame', '+', '全县居民垃圾分类参与率由上年同期的48%上升到71%。'],
    ['取得成效', 'outside: complaints over comparing clauses (a bad thing falling)', '+', '1—10月受理投诉86件，同比减少41件，下降32.3%。'],
    ['取得成效', 'the unit\'s own award (决定授予…称号)', '-', '经局党组研究，决定授予城关所“文明执法先进集体”称号。'],
    ['取得成效', 'outside: an award to the unit (被授予)', '+', '我局被市文明委授予“文明单位”称号。'],
  ];
  for (const [element, what, expected, s] of rows) {
    it(`${element} ${expected === '+' ? 'present' : 'absent'}: ${what}: ${s}`, () => {
      expect(status(own('一、工作情况', s), element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
  const firm = (s: string) => ['清河县城市建设投资有限公司2026年工作总结', s, '清河县城市建设投资有限公司'];
  it('主体责任 absent: a contractor\'s manager in a firm\'s own report', () => {
    expect(status(firm('施工单位项目经理对现场文明施工负责，监理公司总监驻场监督。'), '主体责任')).toBe('missing');
  });
  it('主体责任 present: the firm\'s own manager in its own report', () => {
    expect(status(firm('公司总经理对城区道路文明施工负总责，工程部牵头。'), '主体责任')).toBe('present');
  });
});

describe('session 18 (charge): a degree of a state and a gap remaining are no outcome', () => {
  it('问题较多 (a degree, how things are) is no change reached', () => {
    expect(status(own('一、工作情况', '农村厕所使用维护问题较多，农户反映不会用。'), '取得成效')).toBe('missing');
  });
  it('outside: 问题明显减少 is one', () => {
    expect(status(own('一、工作情况', '农村厕所使用维护问题明显减少。'), '取得成效')).toBe('present');
  });
  it('…感受到的服务和群众的期待还有距离: a gap remaining', () => {
    expect(status(own('一、工作情况', '这几个月坐公交、打出租，感受到的服务和群众的期待还有距离。'), '取得成效')).toBe('missing');
  });
});

describe('session 18 (charge): a PDF line leaving a 《title》 open runs on into the next, whatever its width', () => {
  // A scan's OCR text: spaced characters collapse to short printed lines; a wide line elsewhere sets the page's width.
  const pdf = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: true, joinLines: true })).find((v) => v.element === '部署文件')?.status;
  const wide = '清 河 县 农 村 商 业 银 行 城 关 支 行 关 于 诚 信 建 设 工 作 开 展 情 况 的 说 明 报 告 及 附 件 材 料 清 单 说 明';
  it('依据县政府办公室《清河县农村信用体系↵建设实施方案》推进… cites the plan', () => {
    expect(pdf([wide, '今 年 支 行 依 据 县 政 府 办 公 室 《清 河 县 农 村 信 用 体 系', '建 设 实 施 方 案》 推 进 信 用 村 评 定。'])).toBe('present');
  });
  it('the 〔year〕 of a 文号 left open likewise', () => {
    expect(pdf([wide, '今 年 支 行 按 照 县 政 府 办 公 室 清 政 办 〔2026', '〕 12 号 文 件 推 进 信 用 村 评 定。'])).toBe('present');
  });
  it('outside: a handbook joined across the line end is still no deployment document', () => {
    expect(pdf([wide, '今 年 支 行 开 展 《清 河 县 信 用', '手 册》 学 习。'])).toBe('missing');
  });
});

describe('session 18 (charge): a bare comparative 更 before a good state at the clause\'s end is a state reached (as 更加)', () => {
  const rows: [string, '+' | '-', string][] = [
    ['亲子关系更融洽', '+', '不少家长反映，亲子关系更融洽。'],
    ['an aim (要让…更规范)', '-', '下阶段要让摊位管理更规范。'],
    ['an attribute (更规范的), not at the clause\'s end', '-', '制定更规范的摊位管理制度。'],
  ];
  for (const [what, expected, s] of rows) {
    it(`${expected === '+' ? 'an outcome' : 'no outcome'}: ${what}: ${s}`, () => {
      expect(status(own('一、工作情况', s), '取得成效')).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
});

describe('session 18 (charge): 科 in 科技 / 科学 / 科普 / 科研 is no office', () => {
  const own = (s: string) => ['清河县住建局关于扬尘治理工作的报告', s, '清河县住建局'];
  it('坚持科技监管，… names no office in charge', () => {
    expect(status(own('三、坚持科技监管，实行分级管控，全县在建工地安装扬尘在线监测设备。'), '主体责任')).toBe('missing');
  });
  it('outside: an office ending in 科 (质安科) leading', () => {
    expect(status(own('质安科牵头，在全县在建工地安装扬尘在线监测设备。'), '主体责任')).toBe('present');
  });
});

describe('session 18 (charge): a table cell holding only the outcomes\' label claims none', () => {
  it('4｜取得成效｜/｜（略）｜/ claims nothing', () => {
    expect(status(own('一、工作情况', '序号｜工作任务｜责任部室｜完成情况', '4｜取得成效｜/｜（略）｜/'), '取得成效')).toBe('missing');
  });
  it('outside: the cell after the label tells the outcome', () => {
    expect(status(own('一、工作情况', '序号｜工作任务｜责任部室｜完成情况', '4｜取得成效｜/｜群众满意度达到96%｜/'), '取得成效')).toBe('present');
  });
  it('outside: 取得成效 in running text with its degree (取得明显成效)', () => {
    expect(status(own('一、工作情况', '垃圾分类工作取得明显成效。'), '取得成效')).toBe('present');
  });
});
