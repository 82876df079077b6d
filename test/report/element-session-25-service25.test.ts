/**
 * Session 25 (service25): the twenty-third set's rulings on broadcasts, programme transcripts, review meetings and 点单
 * records, each rule with rows just inside, on and just outside its line, in this test's own words (not taken from
 * fixtures/elements/):
 * - a broadcast script's content is teaching, its broadcasting told as done an action, a script not aired no measure, a
 *   播放记录 row with its plays one (element-broadcast.ts);
 * - a host's, narrator's or reviewer's keyed line claims nothing for the unit, a station airing a programme is the
 *   station's, the head coming to answer no deed, 将 + an adverb + a verb the future (element-broadcast.ts, element-measures.ts);
 * - a superior's praise of the unit's work told as given is a recognition; criticism none (element-recognition.ts);
 * - a resident's 点单 is the resident's, 派单 / 接单 told done the unit's, 待接单 rows nothing, 评单 满意 an outcome
 *   (element-orders.ts).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const seg = (lines: string[]) => segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
function found(lines: string[], element: string): string[] {
  const s = seg(lines);
  return elementEvidence(s)[element]!.map((e) => s.sentences[e.sentence]!.text);
}

const RADIO = '河湾村防火宣传广播情况说明';
const TV = '县市场监管局关于电视问政节目反映问题的情况说明';
const REVIEW = '县交通运输局关于落实创文督查点评意见的说明';
const ORDERS = '桥东社区新时代文明实践点单服务情况说明';

describe('session 25: a broadcast script is teaching, its airing told as done an action', () => {
  it('an address opens a script only in a file about a broadcast: a 主持词 tells its event held', () => {
    const line = '各位居民朋友，大家好！今天我们在社区广场举行垃圾分类亲子游园活动。';
    expect(found(['幸福里社区垃圾分类游园活动主持词', line], '具体措施')).toEqual(['今天我们在社区广场举行垃圾分类亲子游园活动。']);
    expect(found(['幸福里社区垃圾分类广播稿', line], '具体措施')).toEqual([]);
  });
  it('inside: the script keyed or addressed to listeners claims no measure', () => {
    for (const line of ['广播稿：各位村民，秋冬季节请不要在田间焚烧秸秆，发现火情请拨打119。', '各位乡亲：上坟请不要烧纸放鞭炮，请大家文明祭扫。']) {
      expect(found([RADIO, line], '具体措施')).toEqual([]);
    }
  });
  it('on the line: the script quoted, the airing after it told with its plays, counts', () => {
    const line = '稿中写道：“各位村民，请不要在田间焚烧秸秆。”10月起村大喇叭每天早晚各播放一次，共播放60次。';
    expect(found([RADIO, line], '具体措施')).toEqual([line]);
  });
  it('just outside: broadcasting told as done — a tally, a frequency, villages reached', () => {
    for (const line of ['防火广播稿在全镇9个村的大喇叭播放，累计播放540次。', '村大喇叭每天早晚各播放一次。', '通过应急广播平台推送到沿山18个村。']) {
      expect(found([RADIO, line], '具体措施')).toEqual([line]);
    }
  });
  it('not aired: a plan, a record left empty, airing after a repair', () => {
    for (const line of ['播放安排：拟于下月起每天早晚播放。', '喇叭功放损坏，设备修好后播放，播放记录暂空。', '播放时间待定。']) {
      expect(found([RADIO, line], '具体措施')).toEqual([]);
    }
  });
  it('a 播放记录: rows with plays or 已播 are the broadcast done, 未播 rows and the header nothing', () => {
    const header = '日期｜时段｜内容｜播放次数｜播音员';
    expect(found([RADIO, header, '10月1日—10月31日｜7:00—7:10｜秸秆禁烧｜31｜张红'], '具体措施')).toEqual(['10月1日—10月31日｜7:00—7:10｜秸秆禁烧｜31｜张红']);
    expect(found([RADIO, '日期｜时段｜内容｜状态｜播音员', '11月2日｜7:00—7:10｜冬季防火｜已播｜张红'], '具体措施')).toEqual(['11月2日｜7:00—7:10｜冬季防火｜已播｜张红']);
    expect(found([RADIO, '日期｜时段｜内容｜状态｜播音员', '11月2日｜7:00—7:10｜冬季防火｜未播｜—'], '具体措施')).toEqual([]);
  });
});

describe('session 25: other voices of a programme claim nothing for the unit', () => {
  it('inside: the host, the narration, a reviewer', () => {
    for (const line of ['主持人：超市为什么向学生卖烟？你们检查过几次？', '解说：记者在校门口的小卖部看到，店主把香烟摆在柜台最显眼处，一次卖出12包。', '点评员：监管部门应当加大检查力度，开展专项整治。']) {
      expect(found([TV, line], '具体措施')).toEqual([]);
    }
  });
  it('on the line: the station airing the short film and the head coming to answer are no deed', () => {
    expect(found([TV, '5月8日，县电视台《问政时刻》播出校园周边售烟的暗访短片，我局副局长李明到场回答。'], '具体措施')).toEqual([]);
  });
  it('just outside: the unit head\'s answer telling what the unit did is its account', () => {
    const line = '李明：节目播出后，我局当晚组织执法人员检查校园周边商店46家，查处违规售烟3起。';
    expect(found([TV, line], '具体措施')).toEqual([line]);
  });
  it('将 with an adverb before the verb is a pledge', () => {
    expect(found([TV, '李明：我们将立即组织执法人员开展拉网式排查。'], '具体措施')).toEqual([]);
    expect(found([TV, '李明：我们将尽快开展校园周边专项检查。'], '具体措施')).toEqual([]);
  });
});

describe('session 25: a superior\'s praise told as given is a recognition', () => {
  it('inside: the review group praising the unit\'s work, in the writer\'s words or its own', () => {
    for (const line of ['在6月督查点评会上，点评组对我局公交站台整治工作予以肯定。', '督查组点评：“县交通运输局公交站台整治成效明显，站台干净整洁；但部分站牌信息未更新。”', '7月复查时县创文指挥部认为站台整洁有序，予以肯定。']) {
      expect(found([REVIEW, line], '取得成效')).toEqual([line]);
    }
  });
  it('on the line: criticism alone, or praise of people the unit commends, is none', () => {
    for (const line of ['督查组点评：“部分站牌信息未更新，站台卫生不到位。”', '点评组指出我局公交站台保洁不到位。', '我局对表现突出的志愿者给予表扬。']) {
      expect(found([REVIEW, line], '取得成效')).toEqual([]);
    }
  });
});

describe('session 25: a 点单 record', () => {
  it('inside: requests logged and pending are nothing the unit did', () => {
    for (const line of ['8月社区共收到点单9单，其中助浴咨询3单、家电维修4单、其他2单。', '9月5日 居民王大姐：想请人修水管（待派单）', '平台受理点单6单，主要是助餐和助浴，目前均为待接单状态。']) {
      expect(found([ORDERS, line], '具体措施')).toEqual([]);
    }
  });
  it('on the line: 派单 told done with its count or its party is the unit\'s measure', () => {
    for (const line of ['本月收到点单12单，派单12单，接单10单。', '社区已派单给“邻里帮”志愿服务队上门服务。']) {
      expect(found([ORDERS, line], '具体措施')).toEqual([line]);
    }
  });
  it('just outside: how the mechanism runs, no order told dispatched', () => {
    expect(found([ORDERS, '群众通过小程序点单，中心根据需求派单给志愿服务队，服务结束后由群众评单。'], '具体措施')).toEqual([]);
  });
  it('a record\'s row: the service told done is a measure, a 待接单 row none', () => {
    const header = '点单｜派单｜接单服务｜评单';
    expect(found([ORDERS, header, '助浴｜巾帼志愿服务队｜上门助浴5次｜满意'], '具体措施')).toEqual(['助浴｜巾帼志愿服务队｜上门助浴5次｜满意']);
    expect(found([ORDERS, header, '加装电梯咨询｜待派单｜—｜—'], '具体措施')).toEqual([]);
  });
  it('评单 满意 told by those served is an outcome; 待评 none', () => {
    expect(found([ORDERS, '评单：满意。'], '取得成效')).toEqual(['评单：满意。']);
    expect(found([ORDERS, '评单满意11单、基本满意1单。'], '取得成效')).toEqual(['评单满意11单、基本满意1单。']);
    expect(found([ORDERS, '评单：待评。'], '取得成效')).toEqual([]);
  });
});

describe('session 25: an honours list', () => {
  const HONOURS = '县水利局2026年荣誉清单';
  it('a row with its level cell names an honour, no measure', () => {
    expect(found([HONOURS, '全省河湖长制工作先进县｜省水利厅｜2026.05｜省级'], '具体措施')).toEqual([]);
  });
  it('just outside: the same words without a level cell in a prose account stay read as they were', () => {
    const line = '组织河湖巡查36次，清理河道垃圾120吨。';
    expect(found([HONOURS, line], '具体措施')).toEqual([line]);
  });
  it('入围 alone is a target, an honour received an outcome', () => {
    expect(found([HONOURS, '全市“最美河长”（河道股 王强）｜市水利局｜市级｜已入围'], '取得成效')).toEqual([]);
    expect(found([HONOURS, '我局河道管护项目获评全市水利系统优秀项目。'], '取得成效')).toEqual(['我局河道管护项目获评全市水利系统优秀项目。']);
  });
});
