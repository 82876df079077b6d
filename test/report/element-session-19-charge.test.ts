/**
 * Session 19 (issue 11 "who is inside the unit", "what changed", "what a quantity is"), helper `charge19`. Rows just inside, on
 * the edge and just outside each principle, written in this test's own words (not taken from fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

const report = (lines: string[]) => judgeElements(analyzeText({ pages: [lines.join('\n')], paged: false, joinLines: false, headings: [] }));
const status = (lines: string[], element: string) => report(lines).find((v) => v.element === element)?.status;
const TITLE = '清河县住房和城乡建设局关于老旧小区整治情况的说明';
const own = (...body: string[]) => [TITLE, ...body, '清河县住房和城乡建设局', '2026年11月2日'];
const BASE = '局党组高度重视老旧小区整治，多次召开会议研究。';

type Row = [string, '+' | '-', string[]];
function rows(element: string, list: Row[], wrap: (body: string[]) => string[] = (b) => own(...b)) {
  for (const [what, expected, body] of list) {
    it(`${expected === '+' ? 'present' : 'missing'}: ${what}: ${body.join(' / ')}`, () => {
      expect(status(wrap(body), element)).toBe(expected === '+' ? 'present' : 'missing');
    });
  }
}

describe('session 19 (charge): a reviewer\'s note and an alternative wording in a draft claim nothing', () => {
  rows('主体责任', [
    ['a note naming its reviewer asks for the leader', '-', [BASE, '【批注 李科长：第一段要写明牵头领导和责任股室。】']],
    ['a 修改意见 note', '-', [BASE, '【修改意见：要写清由谁牵头、谁具体负责。】']],
    ['an alternative wording offered', '-', [BASE, '【或：由分管副局长牵头】']],
    ['the same charge told in the text', '+', [BASE, '由分管副局长牵头，村镇股具体负责。【批注 李科长：这段可以。】']],
  ]);
  rows('取得成效', [
    ['a note judging the outcomes', '-', ['我局对12个小区的雨污管网进行了改造。', '【修改意见：成效明显，群众满意，但要补数据。】']],
    ['the outcome told, a note after it', '+', ['改造后小区雨天不再积水，居民普遍满意。【修改意见：可以。】']],
  ]);
});

describe('session 19 (charge): a draft\'s routing lines name who handled the paper, not who is in charge', () => {
  rows('主体责任', [
    ['报送 and 联系人 with offices and names only', '-', [BASE, '报送：综合股　联系人：周干事']],
    ['报送人 with a post and a name', '-', [BASE, '报送人：办公室主任 吴敏']],
    ['签发 / 审核 / 编辑 credits', '-', [BASE, '签发：王建国　　审核：李明　　编辑：赵丽']],
    ['a keyed line telling work done is body', '+', [BASE, '审核：由办公室主任吴敏负责对上报数据逐项复核。']],
  ]);
});

describe('session 19 (charge): a speech\'s subtitle names the unit; another body it names is outside', () => {
  const speech = (...body: string[]) => ['一粥一饭 当思来处不易——县发展和改革局节约型机关专题党课讲稿', '同志们：', ...body, '县发展和改革局', '2026年8月2日'];
  rows('主体责任', [
    ['another county body in charge', '-', ['三、我们局是怎么做的', BASE + '县机关事务服务中心负责全县公共机构节能的日常管理和考核。']],
    ['the unit\'s own office in charge', '+', ['三、我们局是怎么做的', BASE + '局办公室负责机关节能的日常管理和考核。']],
  ], (b) => speech(...b));
});

describe('session 19 (charge): a firm the unit brings in by tender is another party', () => {
  rows('主体责任', [
    ['the firm\'s manager in charge', '-', [BASE, '我局通过招标引入物业公司对小区实行保洁，物业公司项目经理刘强负责现场调度。']],
    ['bought in as a service', '-', [BASE, '我局采购保洁公司服务，保洁公司经理刘强负责现场调度。']],
    ['the unit\'s own officer in charge beside the firm', '+', [BASE, '我局通过招标引入物业公司对小区实行保洁，由村镇股股长刘强负责现场调度。']],
  ]);
});

describe('session 19 (charge): a table row read with its header\'s keys', () => {
  const HEAD = '序号｜工作任务｜责任领导｜责任股室｜完成时限｜完成情况';
  rows('主体责任', [
    ['a leader and an office in the charge columns', '+', [BASE, HEAD, '1｜楼道杂物清理｜副局长王平｜村镇股｜6月底｜推进中']],
    ['an office only', '+', [BASE, HEAD, '1｜楼道杂物清理｜｜村镇股｜6月底｜推进中']],
    ['the charge cells left blank', '-', [BASE, HEAD, '1｜楼道杂物清理｜｜｜6月底｜推进中']],
    ['a header with no charge column', '-', [BASE, '序号｜工作任务｜配合单位｜完成时限', '1｜楼道杂物清理｜县消防救援大队｜6月底']],
  ]);
});

describe('session 19 (charge): the unit\'s own office by its short name, and a 长制 post', () => {
  rows('主体责任', [
    ['a 街道 office leading', '+', ['清河县城关街道关于背街小巷整治情况的说明', BASE, '街道城建办牵头考核。', '城关街道办事处']],
    ['a county office leading', '-', ['清河县城关街道关于背街小巷整治情况的说明', BASE, '县创文办牵头考核。', '城关街道办事处']],
    ['officials holding 巷长 posts', '+', ['清河县城关街道关于背街小巷整治情况的说明', BASE, '辖区背街小巷由街道班子成员担任巷长。', '城关街道办事处']],
  ], (b) => b);
});

describe('session 19 (charge): 数据实例 — an ordinal range is ordinals', () => {
  rows('数据实例', [
    ['issues 3 to 5 of a bulletin', '-', ['清河县住建局创文工作简报（第3—5期）', '局党组高度重视老旧小区整治。']],
    ['issues counted', '+', ['清河县住建局创文工作简报', '今年共编发创文简报5期。']],
  ], (b) => b);
});

describe('session 19 (charge): 取得成效 — a heading pairing a state with its shortcoming is about both', () => {
  rows('取得成效', [
    ['变化与差距', '+', ['三、清河的变化与差距', '近年来，城区背街小巷的面貌明显改观。']],
    ['家底和短板', '+', ['二、城管的家底和短板', '近年来，城区背街小巷的面貌明显改观。']],
    ['a shortcomings heading alone', '-', ['三、存在的差距', '近年来，城区背街小巷的面貌明显改观。']],
  ]);
});

describe('session 19 (charge): 取得成效 — looking back under a plans heading', () => {
  rows('取得成效', [
    ['set against last year', '+', ['四、下一步安排', '局里将于6月开展楼道清理月活动。', '与去年同期相比，小区楼道的卫生状况已有明显改观。']],
    ['over the years', '+', ['四、下一步安排', '局里将于6月开展楼道清理月活动。', '多年来，居民爱护公共环境的意识明显增强。']],
    ['looking back but an aim in it', '-', ['四、下一步安排', '与去年同期相比，力争小区楼道的卫生状况明显改观。']],
    ['a plan only', '-', ['四、下一步安排', '局里将进一步改善小区楼道的卫生状况。']],
  ]);
});

describe('session 19 (charge): 取得成效 — states reached, said in other ways', () => {
  rows('取得成效', [
    ['a habit formed, named at length', '+', ['孩子们养成了饭前洗手、主动让座、垃圾入桶的习惯。']],
    ['a habit told as already one', '+', ['居民们下楼扔垃圾顺手分类已成习惯。']],
    ['a habit to be formed (a measure)', '-', ['我局印发倡议书，引导居民养成饭前洗手、主动让座、垃圾入桶的习惯。']],
    ['a comparative reached, perfective', '+', ['小区的老人们更爱下楼走动了。']],
    ['a comparative that is worse', '-', ['小区的整治任务更重了。']],
    ['now set against before, a good state', '+', ['如今走进小区，楼道干净整洁。']],
    ['now, but not yet', '-', ['现在小区楼道还不够整洁。']],
    ['the satisfied share reached', '+', ['入户测评中“满意”比例达到95%。']],
    ['a share of no state reached', '-', ['女性志愿者比例达到60%。']],
    ['a place\'s look changed much', '+', ['村容村貌变化很大。']],
    ['changed little', '-', ['村容村貌变化不大。']],
    ['an atmosphere told as strong', '+', ['小区的创建氛围较浓。']],
    ['not strong', '-', ['小区的创建氛围不浓。']],
    ['crowds coming back', '+', ['步行街开街以来人气逐步回升。']],
    ['praise with a degree between', '+', ['游客对街区风貌的评价普遍较好。']],
  ]);
});

describe('session 19 (charge): 取得成效 — a wish, a denial and a way of seeing claim nothing', () => {
  rows('取得成效', [
    ['the served wishing', '-', ['市民期盼小区环境更整洁。']],
    ['the thing wished for, solved', '+', ['市民期盼的停车难问题得到解决。']],
    ['an outcome denied', '-', ['检查了多少家，不等于解决了多少问题。']],
    ['not yet an outcome', '-', ['我们的工作还谈不上成效。']],
    ['how well people see', '-', ['楼道是否整洁，居民看得清清楚楚。']],
    ['a place in a doubled good state', '+', ['整治后楼道干干净净。']],
  ]);
});

describe('session 19 (charge, review18): what rises is the head of its noun phrase', () => {
  rows('取得成效', [
    ['a count of the unit\'s visits, whoever is visited', '-', ['本季度入户走访独居老人的次数环比增长20%。']],
    ['places served reaching a state, counted', '+', ['辖区开展垃圾分类的小区由14个增加到37个。']],
    ['a share of institutions served', '+', ['基层医疗机构能够开展中医适宜技术的比例由68%提高到85%。']],
    ['a share of the unit\'s own output', '-', ['在发布稿件中，原创短视频占比由18%上升到31%。']],
  ]);
});

describe('session 19 (charge, tuned on 10501–10985 after the check): a post owned by another body named before it', () => {
  const bureau = (...b: string[]) => ['清河县政务服务中心关于幸福社区共建工作的总结', BASE, ...b, '清河县政务服务中心'];
  const community = (...b: string[]) => ['清河县幸福社区关于楼道清理工作的总结', '社区两委高度重视。', ...b, '幸福社区居民委员会'];
  rows('主体责任', [
    ['the community\'s secretary, named, in the bureau\'s report', '-', ['幸福社区党委书记张华牵头组织网格员做好巡查。']],
    ['the community\'s secretary, bare, in the bureau\'s report', '-', ['社区书记负责与服务队对接活动需求。']],
    ['the unit itself as the subject of 包联', '-', ['今年，我中心包联幸福社区。']],
    ['every institution\'s head, mid-clause', '-', ['我中心张贴提示，明确各医疗机构负责人为本机构周边秩序第一责任人。']],
    ['the unit\'s own post', '+', ['中心主任王平负责包联工作。']],
  ], (b) => bureau(...b));
  rows('主体责任', [
    ['the community\'s secretary in its own report', '+', ['社区书记负责与服务队对接活动需求。']],
    ['named in its own report', '+', ['幸福社区党委书记张华牵头组织网格员做好巡查。']],
  ], (b) => community(...b));
  rows('主体责任', [
    ['the school\'s post named bare in its league branch\'s report (卫校 → 学校)', '+', ['清河卫校团委关于志愿服务工作的说明', '学校党总支副书记李明负责项目统筹。', '清河卫校团委']],
  ], (b) => b);
});
