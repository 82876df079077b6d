/**
 * Session 14 (issue 11, "What counts as an element"): principles about a document's structure and
 * who acts, each with a near miss on the other side, written in this test's own words (not taken from
 * fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

/** Per element, the rule evidence's words (the learned second opinion not applied). */
function evidence(lines: string[]): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n')), styled: [] });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string) => (evidence(lines)[element] ?? []).length > 0;

describe('session 14: a document\'s own apparatus is never evidence', () => {
  const body = '今年我局对城区公交站台开展了文明乘车宣传。';
  it('its own 文号 above the title, with or without 签发人, cites no document', () => {
    expect(has(['清河县林业局文件', '清林发〔2026〕12号　　签发人：赵大伟', '县文明办：', body], '部署文件')).toBe(false);
    expect(has(['清林发〔2026〕12号', '签发人：赵大伟', body], '部署文件')).toBe(false);
    expect(has(['签发人：赵大伟　清林发〔2026〕12号', body], '部署文件')).toBe(false);
  });
  it('a 文号 cited in running text or under a citing key still is a document', () => {
    expect(has(['清林发〔2026〕12号', '依据：县文明办〔2026〕3号', body], '部署文件')).toBe(true);
    expect(has(['清林发〔2026〕12号', '根据县文明办〔2026〕3号文件要求，我局开展了文明乘车宣传。'], '部署文件')).toBe(true);
  });
  it('抄送, 印发, 联系人 and the 附件 list tell nothing of the work', () => {
    const footer = ['附件：1.站台文明劝导岗值守记录（36份）', '2.清河县公交站台整治工作方案', '联系人：刘敏　0316-7225563', '抄送：县公交公司，县出租汽车行业协会。', '清河县林业局办公室　　2026年11月20日印发'];
    const e = evidence(['清河县林业局关于文明乘车工作的说明', ...footer]);
    expect(e['数据实例']).toEqual([]);
    expect(e['具体措施']).toEqual([]);
    expect(e['主体责任']).toEqual([]);
  });
  it('a numbered line that does not follow 附件 is read as the body', () => {
    expect(has(['清河县林业局关于文明乘车工作的说明', '一、主要做法', '1.在城区公交站台张贴文明乘车公益广告120幅'], '数据实例')).toBe(true);
  });
});

describe('session 14: who acts — an outside writer\'s own actions and team are not the unit\'s', () => {
  it('a 督查组 or evaluator looking, visiting and sampling is no measure of the unit\'s; what it learned the unit did is', () => {
    expect(has(['县创文督查组对县园林中心公园管理工作进行了督查，实地查看了滨河公园，并走访了晨练市民20人。'], '具体措施')).toBe(false);
    expect(has(['受县文明办委托，清河某咨询公司于5月对县图书馆开展评估，逐一检查了阅览室座椅和饮水设施。'], '具体措施')).toBe(false);
    expect(has(['记者近日以读者身份走进县图书馆，随机借阅了三本图书。'], '具体措施')).toBe(false);
    expect(has(['督查组了解到，该馆在城区设置自助借还书机8台，每周六组织亲子阅读活动。'], '具体措施')).toBe(true);
  });
  it('the writer\'s team and its head are nobody in charge in the unit; the unit\'s head told to a reporter is', () => {
    expect(has(['评估组由师范学院副教授王某任组长，采取查阅资料和问卷调查相结合的方式进行。'], '主体责任')).toBe(false);
    expect(has(['馆长李某告诉记者，馆里由她负总责，分管副馆长具体抓。'], '主体责任')).toBe(true);
  });
  it('the unit\'s own 督查组 acts for it', () => {
    expect(has(['我局组织督查组对城区12条主干道开展了夜间巡查，清理占道摊点35处。'], '具体措施')).toBe(true);
  });
});

describe('session 14: mood — proposals, requests, pledges and appeals claim nothing done', () => {
  it('a proposal (建议…) by the writer or the unit is no measure; a suggestion adopted and acted on is', () => {
    expect(has(['（二）建议在乡镇卫生院逐步设立心理咨询室，推动心理服务向基层延伸。'], '具体措施')).toBe(false);
    expect(has(['督查组建议该局建立夜间巡查制度，对渣土运输车辆实行全过程监管。'], '具体措施')).toBe(false);
    expect(has(['根据群众建议，我局在城区增设了公交候车亭12座。'], '具体措施')).toBe(true);
  });
  it('a request made by the report itself (我行申请在…设立 / 现就…申请) is no measure', () => {
    expect(has(['我行申请在城关营业网点设立“劳动者港湾”服务站点。'], '具体措施')).toBe(false);
    expect(has(['申请专项经费2.4万元用于购置座椅和饮水机，采购手续正在办理。'], '具体措施')).toBe(true);
  });
  it('after 我们倡议： / 郑重承诺：, the items are intentions up to the next styled heading', () => {
    const appeal = ['关于文明祭扫的倡议书', '为此，我们倡议：', '积极参加所在社区“双报到”志愿服务，每月至少参加一次志愿活动。', '文明祭扫，在墓区设置鲜花回收点。'];
    expect(has(appeal, '具体措施')).toBe(false);
    expect(has(['关于文明祭扫的说明', '今年我们组织开展了“双报到”志愿服务，每月至少参加一次志愿活动。'], '具体措施')).toBe(true);
  });
});

describe('session 14: verbs that are not what they look like', () => {
  it('a negation with a manner adverb between (未另行组织) still negates', () => {
    expect(has(['本局未另行组织问卷和走访，调研组对县统计调查队提供的问卷结果进行整理分析。'], '具体措施')).toBe(false);
    expect(has(['本局另行组织问卷调查和入户走访，走访居民120户。'], '具体措施')).toBe(true);
  });
  it('申请 is not 请 (inviting someone), 落实施工 is not 实施, 进行动员 is not 行动, 配网 is no 配', () => {
    expect(has(['申请县级配套资金用于路灯维修。'], '具体措施')).toBe(false);
    expect(has(['邀请县医院医生为老人义诊。'], '具体措施')).toBe(true);
    expect(has(['严格落实施工现场围挡要求。'], '具体措施')).toBe(false);
    expect(has(['召开专题会议进行动员部署。'], '具体措施')).toBe(false);
    expect(has(['城区配网入地项目企业自筹比例一般不超过七成。'], '具体措施')).toBe(false);
    expect(has(['将城区划为42个网格，每格配网格执法员和保洁员。'], '具体措施')).toBe(true);
  });
});

describe('session 14: the one in charge is inside the unit', () => {
  it('a contractor\'s or serving firm\'s people in charge are not the unit\'s', () => {
    expect(has(['清河县城市管理局关于公厕管理的说明', '城区公厕保洁由中标的环境服务公司承担，公司项目经理周某负责每日调度。'], '主体责任')).toBe(false);
    expect(has(['清河县机关事务中心关于节能工作的说明', '大院的节能管理由物业公司项目经理负总责。'], '主体责任')).toBe(false);
    expect(has(['清河县农业农村局关于秸秆利用的说明', '委托县绿丰农机合作社承担打捆作业，由合作社理事长牵头调配机械。'], '主体责任')).toBe(false);
  });
  it('in a firm\'s or project\'s own report its managers are its own; the unit\'s leader beside a coop is too', () => {
    expect(has(['紫荆花园项目部文明养犬管理情况说明', '项目经理韩某对小区文明养犬管理负总责，秩序维护部主管郭某具体负责巡查劝导。'], '主体责任')).toBe(true);
    expect(has(['黑石沟村诚信建设工作情况说明', '村党支部书记石某兼合作社理事长、负总责。'], '主体责任')).toBe(true);
  });
  it('everyone in charge is no one in charge', () => {
    expect(has(['县政务服务中心关于窗口服务的说明', '答：窗口服务由中心全体干部职工共同负责。'], '主体责任')).toBe(false);
    expect(has(['县政务服务中心关于窗口服务的说明', '窗口服务由中心主任负总责，综合科具体负责。'], '主体责任')).toBe(true);
  });
});

describe('session 14: others\' heads, ages, pointers, subjects', () => {
  it('a group another body set up, led by a 副县长, and a 县委…委书记 or 市局领导 are outside the unit', () => {
    expect(has(['清河县教育局关于校车安全的说明', '县政府成立校车安全管理工作领导小组，由分管副县长任组长。'], '主体责任')).toBe(false);
    expect(has(['清河县教育局关于校车安全的说明', '我局成立校车安全管理工作领导小组，由分管副局长任组长。'], '主体责任')).toBe(true);
    expect(has(['清河县司法局关于平安建设的说明', '县委政法委书记为全县平安建设第一责任人。'], '主体责任')).toBe(false);
  });
  it('the heads of every village or firm of a kind are others; the unit\'s own office leading is the unit\'s', () => {
    expect(has(['清河县应急管理局关于防汛的说明', '各村村委会主任负责本村群众转移。'], '主体责任')).toBe(false);
    expect(has(['城关街道关于背街小巷整治的说明', '背街小巷整治由城建办牵头。'], '主体责任')).toBe(true);
    expect(has(['城关街道关于背街小巷整治的说明', '背街小巷整治由县文明办牵头。'], '主体责任')).toBe(false);
  });
  it('the age of what was built is no outcome; a facility built and counted is', () => {
    expect(has(['其中建成超过十五年的老旧人行道约37公里。'], '取得成效')).toBe(false);
    expect(has(['今年新建成口袋公园3个。'], '取得成效')).toBe(true);
  });
  it('a pointer to another part tells nothing', () => {
    expect(has(['与第三部分相同，不再重复。'], '取得成效')).toBe(false);
  });
  it('a verb phrase as a subject (信用建设是… / 培训市场总体平稳) is no measure', () => {
    expect(has(['信用建设是一项系统工程，必须久久为功。'], '具体措施')).toBe(false);
    expect(has(['校外培训市场总体平稳有序。'], '具体措施')).toBe(false);
    expect(has(['今年开展校外培训市场专项整治，检查培训机构46家。'], '具体措施')).toBe(true);
  });
  it('the topic\'s activity held at a named place or with its participants counted is a measure', () => {
    expect(has(['城关镇端午节活动情况说明', '在城关小学开展端午节活动，共有200名学生参加。'], '具体措施')).toBe(true);
    expect(has(['城关镇端午节活动情况说明', '我镇开展端午节活动。'], '具体措施')).toBe(false);
  });
});

describe('session 14: a counted action in a 提纲 line', () => {
  it('an action on a named matter counted in cases is a measure; kinds only or a counter\'s volume is not', () => {
    expect(has(['噪声扰民治理汇报提纲', '● 夜查48次 · 查处违规夜间施工11起 · 调解噪声纠纷75件'], '具体措施')).toBe(true);
    expect(has(['开展各类活动36场。'], '具体措施')).toBe(false);
    expect(has(['今年受理困难群众救助申请1240件。'], '具体措施')).toBe(false);
    expect(has(['一季度登记业务量9860件。'], '具体措施')).toBe(false);
  });
});

describe('session 14: a fund named by its purpose, and a duty still to be assigned', () => {
  it('购置补贴 / 改造资金 name a fund, not work done; 发放补贴 is a measure', () => {
    expect(has(['按照补贴政策，申请县级购置补贴600万元，其余由公司自筹解决。'], '具体措施')).toBe(false);
    expect(has(['为困难老人发放取暖补贴，共发放46户。'], '具体措施')).toBe(true);
  });
  it('我行将安排专人值守 is a plan; 我行安排专人值守 was done', () => {
    expect(has(['设立后，我行将安排专人值守，做到每日开放。'], '具体措施')).toBe(false);
    expect(has(['站点设立后，我行安排专人值守，做到每日开放。'], '具体措施')).toBe(true);
  });
});

describe('session 14: a document\'s words quoted after a verb of writing are the document\'s', () => {
  it('测评体系…写明：“由…牵头抓总…” names nobody in charge; a leader\'s own words quoted still tell', () => {
    expect(has(['测评体系在这一指标下写明：“由党委（党组）主要负责同志牵头抓总，公益广告布设规范。”'], '主体责任')).toBe(false);
    expect(has(['局长在会上说：“这项工作由我负总责，分管副局长具体抓。”'], '主体责任')).toBe(true);
  });
});

describe('session 14: 入选者 names people, not a recognition', () => {
  it('展示历年入选者 claims nothing; 入选…名录 is a recognition', () => {
    expect(has(['在政务新媒体开设“好人榜”专题页，集中展示历年入选者。'], '取得成效')).toBe(false);
    expect(has(['县图书馆入选全省最美阅读空间名录。'], '取得成效')).toBe(true);
  });
});
