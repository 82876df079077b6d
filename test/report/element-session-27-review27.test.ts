/**
 * Session 27 (review27): the review of session 26's rules fixed at their roots, each with hand-written boundary cases (just
 * inside / on / just outside the line). Inputs written for these tests, not taken from fixtures/elements/.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { servedDeed } from '../../src/text/element-served-deeds.js';
import { praiseNotified, servedSaidChange } from '../../src/text/element-served-said.js';
import { headerRowOnly } from '../../src/text/element-broadcast.js';
import { recognition } from '../../src/text/element-recognition.js';
import { headAssigns } from '../../src/text/element-responsibility.js';
import { PEOPLES_WORDS } from '../../src/text/element-result-classes.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}
const T = '县城管局关于创文工作的情况说明';
const SCHOOL = '城关镇第一小学关于家校共育工作的情况说明';
const COMMUNITY = '西关社区关于便民服务工作的情况说明';

describe('servedDeed: a deed called off, a structure, a fix demanded and the timetable are no measures', () => {
  it('a meeting held is one; put off or called off is none', () => {
    expect(servedDeed('6月3日召开了三年级家长会。')).not.toBeNull();
    expect(servedDeed('原定6月召开的三年级家长会推迟到下学期。')).toBeNull();
    expect(servedDeed('6月召开三年级家长会的计划已暂停。')).toBeNull();
  });
  it('a point set up is one; 下设 / 内设 (structure) and a point closed are none', () => {
    expect(servedDeed('在菜市场门口设立了便民服务点。')).not.toBeNull();
    expect(servedDeed('中心内设3个服务台。')).toBeNull();
    expect(servedDeed('菜市场门口的便民服务点已于5月撤除。')).toBeNull();
  });
  it('a fix told done is one; demanded, made a condition or a stock phrase is none', () => {
    expect(servedDeed('居民反映路灯不亮，社区当天即修复了。')).not.toBeNull();
    expect(servedDeed('居民反映的问题，必须当天即处理。')).toBeNull();
    expect(servedDeed('对居民反映的问题确保及时解决。')).toBeNull();
    expect(servedDeed('若居民反映井盖缺失，次日即更换。')).toBeNull();
  });
  it('a lesson given to those served is one; the timetable\'s lessons are none', () => {
    expect(servedDeed('民警到校给五年级上了一堂交通安全课。')).not.toBeNull();
    expect(servedDeed('下午学生照常上了数学课。')).toBeNull();
  });
});

describe('servedSaidChange: think in direction — a change told reached for the better', () => {
  it('a problem gone is one; a good of theirs lost is none', () => {
    expect(servedSaidChange('居民说楼下的噪音没了。')).not.toBeNull();
    expect(servedSaidChange('摊主反映，搬迁以后客源没了。')).toBeNull();
  });
  it('a good habit begun is one; a bad habit begun is none', () => {
    expect(servedSaidChange('家长反映孩子开始自己叠被子了。')).not.toBeNull();
    expect(servedSaidChange('家长反映孩子开始迟到了。')).toBeNull();
  });
  it('a bad habit dropped is one (不再 / by its frequency); a good habit dropped is none', () => {
    expect(servedSaidChange('奶奶说孙子不再熬夜打游戏。')).not.toBeNull();
    expect(servedSaidChange('妈妈说孩子不老是玩手机了。')).not.toBeNull();
    expect(servedSaidChange('妈妈说孩子不锻炼了。')).toBeNull();
    // A bad state dropped, not named in any list: 不…了 reads it, as it reads all but a good habit or duty lost.
    expect(servedSaidChange('办事群众反映，现在窗口排队不那么心烦了。')).not.toBeNull();
    expect(servedSaidChange('家长说孩子不上学了。')).toBeNull();
  });
  it('a conditional change is none; 专家 speaks for no household, 小军家 does', () => {
    expect(servedSaidChange('居民说，只要修好路灯，晚上出门就放心了。')).toBeNull();
    expect(servedSaidChange('专家说，村里的臭味没了。')).toBeNull();
    expect(servedSaidChange('小军家说，院里的臭味没了。')).not.toBeNull();
  });
  it('a saving counted is one; forecast or targeted is none', () => {
    expect(servedSaidChange('简办后每户节省开支3000元。')).not.toBeNull();
    expect(servedSaidChange('简办后，每户有望节省开支3000元。')).toBeNull();
    expect(servedSaidChange('目标是每户节省开支3000元。')).toBeNull();
  });
  it('approval reached is one; wished is none', () => {
    expect(servedSaidChange('新做法推出后，居民普遍认可。')).not.toBeNull();
    expect(servedSaidChange('力争让居民普遍认可。')).toBeNull();
  });
  it('before and now: a change is one; the same still is none', () => {
    expect(servedSaidChange('以前村里红白事大操大办，如今大多人家主动简办。')).not.toBeNull();
    expect(servedSaidChange('以前村里红白事大操大办，如今大多人家仍旧如此。')).toBeNull();
  });
});

describe('praiseNotified: the praise is the unit\'s, given', () => {
  it('the unit praised is one; others praised, the unit left out, is none', () => {
    expect(praiseNotified('县住建局通报表扬了我局的整改工作。')).not.toBeNull();
    expect(praiseNotified('县住建局通报表扬了3个单位，其中包括我局。')).not.toBeNull();
    expect(praiseNotified('县住建局通报表扬了3个单位。')).toBeNull();
    expect(praiseNotified('县住建局通报表扬，本局未列入名单。')).toBeNull();
  });
  it('aimed at or a rating denied is none', () => {
    expect(praiseNotified('努力获得县住建局通报表扬。')).toBeNull();
    expect(praiseNotified('县住建局年终考核我局被评为优秀。')).not.toBeNull();
    expect(praiseNotified('县住建局年终考核我局没有评为优秀。')).toBeNull();
  });
});

describe('headerRowOnly: a two-row header', () => {
  it('the row under a group row (repeated cells) is header; under a plain header row it is data; first row is header', () => {
    expect(headerRowOnly('人数｜次数｜人数｜次数', '入户走访｜入户走访｜电话回访｜电话回访')).toBe(true);
    expect(headerRowOnly('清理路段｜东关街｜完成', '内容｜地点｜状态')).toBe(false);
    expect(headerRowOnly('内容｜地点｜状态')).toBe(true);
  });
});

describe('false missing fixed: the unit\'s own deeds read again', () => {
  it('邀请 / 聘请 are the unit inviting; 请各单位 is required of others', () => {
    expect(found([T, '聘请第三方机构对全县公厕进行评估。'], '具体措施')).toHaveLength(1);
    expect(found([T, '请各单位于5月底前完成自查。'], '具体措施')).toEqual([]);
  });
  it('a past half-year is told done; the half-year to come is an intention', () => {
    expect(found([T, '前年下半年起，我局在城区推行“垃圾不落地”。'], '具体措施')).toHaveLength(1);
    expect(found([T, '下半年起，我局在城区推行“垃圾不落地”。'], '具体措施')).toEqual([]);
  });
  it('the unit monitoring with a 疾控中心 is its deed; the 疾控中心 alone is another\'s', () => {
    expect(found([T, '我局会同县疾控中心对农贸市场开展鼠密度监测。'], '具体措施')).toHaveLength(1);
    expect(found([T, '县疾控中心对农贸市场开展鼠密度监测。'], '具体措施')).toEqual([]);
  });
  it('a traffic police brigade naming itself 交警大队 in its own report', () => {
    expect(found(['县公安局交通警察大队关于文明交通工作的情况说明', '县交警大队在城区主干道设置劝导岗8个。'], '具体措施')).toHaveLength(1);
  });
  it('建设 before 街头 / 街角 is the verb; 建设街 / 建设北路 is a road', () => {
    expect(found([T, '建设街角小公园3处。'], '具体措施')).toHaveLength(1);
    expect(found([T, '建设北路｜7:00—8:30｜待定'], '具体措施')).toEqual([]);
  });
  it('a hotline set up is a mechanism; 值班电话畅通 stays routine', () => {
    expect(found([T, '设立24小时值班电话，专人接听市民投诉。'], '具体措施')).toHaveLength(1);
    expect(found([T, '节假日值班电话畅通。'], '具体措施')).toEqual([]);
  });
  it('a coverage rate is data; a product\'s strength is none', () => {
    expect(found(['县卫健局关于病媒生物防制工作的情况说明', '城区92%的农贸市场配备了灭蝇灯。'], '数据实例')).toHaveLength(1);
    expect(found(['县卫健局关于病媒生物防制工作的情况说明', '使用2.5%溴敌隆毒饵灭鼠。'], '数据实例')).toEqual([]);
  });
  it('praise after a purpose clause is given; praise wished for is none', () => {
    expect(found([T, '为保证测评顺利，我局提前完成整改，县创文办对此给予肯定。'], '取得成效')).toHaveLength(1);
    expect(found([T, '我局提前完成整改，希望县创文办对此给予肯定。'], '取得成效')).toEqual([]);
  });
});

/**
 * Twenty pieces of session 26's rules that no test decided (the review's list): a hand-written case each that only that piece
 * decides — each was checked by removing the piece (the case failed) and restoring it.
 */
describe('session 26\'s pieces, each decided by a case of its own', () => {
  it('servedDeed POINT: a point set up for those served', () => {
    expect(servedDeed('在菜市场门口设立了便民服务点。')).not.toBeNull();
  });
  it('servedDeed PROBLEM_CELL: a visit named in a problem\'s cell is the problem', () => {
    expect(servedDeed('问题：网格员入户走访时态度生硬')).toBeNull();
  });
  it('servedDeed ROUTINE: passed on to a team, nothing done yet', () => {
    expect(servedDeed('已转交上门服务队处理')).toBeNull();
  });
  it('servedSaidChange HABIT: a good habit begun, said', () => {
    expect(servedSaidChange('家长说孩子开始自己叠被子了。')).not.toBeNull();
  });
  it('servedSaidChange HABIT\'s COMPLAINT guard: a habit begun out of a complaint', () => {
    expect(servedSaidChange('家长说孩子被欺负以后开始躲着同学了。')).toBeNull();
  });
  it('servedSaidChange BEFORE_NOW: a custom changed, told before and now', () => {
    expect(servedSaidChange('以前村里红白事大操大办，如今大多人家主动简办。')).not.toBeNull();
  });
  it('servedSaidChange PROBLEM_CELL: a change word inside a problem\'s cell', () => {
    expect(servedSaidChange('反映内容：居民说门口的垃圾桶没了')).toBeNull();
  });
  it('praiseNotified TO_PEOPLE: a superior praising volunteers, not the unit', () => {
    expect(praiseNotified('县文明办对表现突出的志愿者通报表扬。')).toBeNull();
  });
  it('praiseNotified 批评 / 约谈: the unit criticised, others praised', () => {
    expect(praiseNotified('市创文办对我局通报批评，并要求对照通报表扬单位的做法整改。')).toBeNull();
  });
  it('headerRowOnly row-before: a row under a header as wide is data', () => {
    expect(headerRowOnly('清理路段｜东关街｜完成', '内容｜地点｜状态')).toBe(false);
  });
  it('headerRowOnly FIGURE_CELL: a row with a figure\'s cell is data', () => {
    expect(headerRowOnly('免费培训｜58｜41')).toBe(false);
  });
  it('maskReceived: calls received and logged are no measure', () => {
    expect(found([T, '接待商户来电来访17家。'], '具体措施')).toEqual([]);
  });
  it('the media gating: a set stopped, in a report of no medium, keeps its repair', () => {
    expect(found([T, '我局对已停播的广场大屏进行维修。'], '具体措施')).toHaveLength(1);
  });
  it('PRODUCT_STRENGTH masking: a product\'s strength is no data', () => {
    expect(found(['县卫健局关于病媒生物防制工作的情况说明', '使用2.5%溴敌隆毒饵灭鼠。'], '数据实例')).toEqual([]);
  });
  // The only case found that this piece decides: the growers' own signing (theirs, not the unit's planting); with bare 种植 the
  // sentence reads as a measure.
  it('种植(?!户…): growers named are no planting', () => {
    expect(found([T, '经协调，种植大户与超市签订了供货协议。'], '具体措施')).toEqual([]);
  });
  it('recognition NOT_PRAISE 不满: praise turned to displeasure', () => {
    expect(recognition('县创文办对我局的整改给予肯定，同时对进度表示不满。')).toBeNull();
  });
  it('recognition aimedAt on QUOTED: a quoted praise only wished for', () => {
    expect(recognition('希望督查组点评：“我局整改扎实，成效明显。”')).toBeNull();
  });
  it('headAssigns 我 / 本: the unit naming itself by its county name is no body above', () => {
    expect(headAssigns('我局（县城管局）局长批示由执法大队牵头负责。')).not.toBeNull();
  });
  it('PEOPLES_WORDS WORSENED: a worsening quoted is a complaint', () => {
    expect(PEOPLES_WORDS.exec('村民说：“这两年负担更重了。”')).toBeNull();
    expect(found([T, '村民说：“这两年负担更重了。”'], '取得成效')).toEqual([]);
  });
});

describe('the new guards stop at their words', () => {
  it('a purpose (为保证) is no demand of the fix; 将 as 把 is no forecast; 使 makes approval reached', () => {
    expect(servedDeed('为保证群众满意，对居民反映的问题当天即解决了。')).not.toBeNull();
    expect(servedSaidChange('居民说，自从社区将垃圾站搬走，臭味没了。')).not.toBeNull();
    expect(servedSaidChange('整治工作使群众普遍认可。')).not.toBeNull();
    expect(servedSaidChange('通过将酒席压缩到10桌，每户节省开支2万元。')).not.toBeNull();
  });
});
