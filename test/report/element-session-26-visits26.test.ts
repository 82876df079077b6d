/**
 * Session 26 (visits26): the twenty-fourth set's rulings on a 工作群 export, a 走访日志, a 家校共育 record and a 评价汇总, each rule
 * with lines just inside, on and just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - a chat turn opening with its date, time and sender is a message of its own (hard-returns.ts);
 * - a request to the group's members (请参会人员接龙…) tells nothing done (element-shared.ts);
 * - a visit told as done, a 家长会 held, a lesson given, a point set up, a raised problem fixed are measures; calls and visits
 *   received and requests logged are office routine (element-served-deeds.ts);
 * - those served saying a change reached, a superior's 通报表扬, approval as one, a saving counted are outcomes
 *   (element-served-said.ts).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { joinHardReturns } from '../../src/text/hard-returns.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

const CHAT = '城南社区创文工作群聊天记录';
const LOG = '县水利局包联干部入户走访日志';
const SCHOOL = '清河县第九小学家长会情况说明';

describe('session 26: a chat turn stands alone', () => {
  const turns = ['书记 罗平：收到', '委员 田丰：收到', '网格员 王芳：收到', '网格员-田丰：今天在东区楼道清理小广告，装了宣传栏2块[图片]', '主任 钟明：居民自发成立了巡逻队，下周再说'];
  const dated = turns.map((t, i) => `2026-04-0${i + 2} 0${i + 1}:00 ${t}`);
  it('inside: turns with a date, a time and a sender stay apart, and one member\'s words silence no other\'s deed', () => {
    expect(joinHardReturns([CHAT, ...dated].join('\n')).split('\n')).toHaveLength(6);
    const deeds = found([CHAT, ...dated], '具体措施');
    expect(deeds).toHaveLength(1);
    expect(deeds[0]).toContain('清理小广告');
  });
  it('on the line: a bracketed stamp with seconds is a turn too', () => {
    const stamped = turns.map((t, i) => `[2026/04/0${i + 2} 0${i + 1}:00:15] ${t}`);
    expect(joinHardReturns([CHAT, ...stamped].join('\n')).split('\n')).toHaveLength(6);
  });
  it('outside: a date and time opening a printed line with no sender keyed after it is no turn: joined as before', () => {
    const printed = [CHAT, '2026-04-02 08:00 前后各组长把本周楼道', '清理的情况报上来，网格员田丰说东区楼道', '小广告已经清理，装了宣传栏2块，主任钟明', '说居民自发成立了巡逻队，下周再议'];
    expect(joinHardReturns(printed.join('\n')).split('\n')).toHaveLength(2);
  });
  it('a request to the group\'s members tells nothing done; the unit inviting people in does', () => {
    expect(found([CHAT, '请参会人员接龙签到。'], '具体措施')).toEqual([]);
    expect(found([CHAT, '请大家接龙报名志愿服务。'], '具体措施')).toEqual([]);
    expect(found([CHAT, '社区邀请县医院专家开展义诊，服务居民86人。'], '具体措施')).toHaveLength(1);
  });
});

describe('session 26: the unit\'s service to those it serves is its measure', () => {
  it('inside: a visit told as done, a 家长会 held, a lesson given, a point set up', () => {
    for (const line of ['3月12日，包联干部上门家访困难学生。', '干部上门做工作，帮助散养户在村外租用圈舍。', '本月送教上门9户。', '4月8日，学校在报告厅召开六年级家长会。', '检察官到城关中学给学生上了一堂防诈骗课。', '节日期间在火车站广场设咨询点。']) {
      expect(found([LOG, line], '具体措施')).toEqual([line]);
    }
  });
  it('on the line: a problem raised and fixed at once is a fix told done; raised alone is none', () => {
    expect(found([SCHOOL, '家长提出校门口接送拥堵，学校当周即调整了放学时间。'], '具体措施')).toHaveLength(1);
    expect(found([SCHOOL, '家长提出校门口接送拥堵。'], '具体措施')).toEqual([]);
  });
  it('outside: a visit pending, wished or only asked for, and calls received and logged, are no deed', () => {
    for (const line of ['下月将入户走访困难群众。', '走访的残疾人家庭对服务表示满意。', '电话回访的服务对象满意的占96%。', '网格员入户走访时必须佩戴工作证。', '如果群众需求增加，将视情况增设咨询点。', '4月9日｜对象：王大爷｜问题：希望干部上门走访｜处理：已登记，待安排｜记录人：李明', '本季度接待群众来电来访31人次，登记诉求9条。', '共接听电话40个。']) {
      expect(found([LOG, line], '具体措施')).toEqual([]);
    }
  });
  it('a grower is a person, not a planting; planting told done is a deed', () => {
    expect(found([LOG, '5月2日｜来电：东河村种植户李大姐｜问题：想学嫁接技术｜处理：已登记｜登记人：周平'], '具体措施')).toEqual([]);
    expect(found([LOG, '组织干部在河堤种植柳树300棵。'], '具体措施')).toHaveLength(1);
  });
});

describe('session 26: what those served say has changed is an outcome', () => {
  it('inside: a change reached, said, fed back or keyed by its speaker', () => {
    for (const line of ['小结：张奶奶说楼道的烟味没了。', '家长在群里反馈，孩子放学后主动背书了。', '李明家长：孩子回家会自己整理书包了。', '家长反馈，孩子主动承担扫地等家务。']) {
      expect(found([SCHOOL, line], '取得成效')).toEqual([line]);
    }
  });
  it('on the line: a promise is no change (表示愿意), a new habit said without 了 is none', () => {
    expect(found([SCHOOL, '家长表示愿意配合学校。'], '取得成效')).toEqual([]);
    expect(found([SCHOOL, '家长说孩子主动背书。'], '取得成效')).toEqual([]);
  });
  it('outside: a problem brought or a problem\'s cell is no outcome', () => {
    for (const line of ['居民反映楼道灯坏了。', '5月9日｜对象：小军家｜问题：家长说孩子不上学了｜处理：班主任谈心｜家访人：吴静', '居民说希望多开展活动。']) {
      expect(found([LOG, line], '取得成效')).toEqual([]);
    }
    expect(found([LOG, '家长来信说，学校家委会自行组织了接送队，希望教育局协调校车。'], '取得成效')).toEqual([]);
  });
  it('a superior\'s 通报表扬 of the unit, a top mark, approval as one, a saving counted, a habit told before and now', () => {
    for (const line of ['县教育局发来通报，表扬我校家校共育做得扎实。', '县创文办暗访，我局窗口测评满分。', '10起全部简办，村民普遍认同。', '新人家庭省去婚宴，每户节省开支约3万元。', '过去村里办满月酒要摆几十桌，如今多数人家主动简办。']) {
      expect(found([LOG, line], '取得成效')).toEqual([line]);
    }
  });
  it('outside: criticism, an award to people, a before and now with nothing changed', () => {
    for (const line of ['县创文办通报批评了我局。', '县妇联对表现突出的志愿者通报表扬。', '过去村里办满月酒要摆几十桌，如今还是照旧。']) {
      expect(found([LOG, line], '取得成效')).toEqual([]);
    }
  });
});
