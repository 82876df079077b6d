/**
 * `ledger-check merge shard-*.json [-f …]`: the shard files of one run → the report one run of
 * the whole folder gives (same formats, same exit code). Shards that are not the n parts of one
 * run (one missing or twice, other rules, tool version or options) are refused: exit 2.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { collect, planOutputs, writeReports, type CheckFlags } from './check.js';
import { outputTouchesRoot } from '../output.js';
import { t } from '../text.js';
import { visible } from '../../format/terminal.js';
import type { MergeProblem } from '../../report/merge.js';
import type { Lang } from '../../types.js';
import { thumbnailPhotos } from '../../thumbnails.js';
import { issueWords, osWords } from '../../messages/system.js';

const TEXT: Record<Lang, { problem: (p: MergeProblem) => string; none: string }> = {
  zh: {
    none: '没有给出分片文件：ledger-check merge shard-1.json shard-2.json …',
    problem: (p) => {
      switch (p.code) {
        case 'read': return `无法读取分片文件 ${p.file}：${osWords(p.reason, 'zh')}`;
        case 'too-large': return `分片文件过大：${p.file}（${p.size} 字节，上限 ${p.limit}）`;
        // JSON.parse's own English (Unexpected token …) is no clerk's message: what it means, in Chinese.
        case 'not-json': return `分片文件不是 JSON，或不完整（可能没写完或复制时被截断）：${p.file}`;
        // zod's own English (Invalid input: expected …) is no clerk's message: the problem in words.
        case 'invalid': return `不是 ledger-check 分片文件，或已损坏：${p.file}（${p.where ? `${p.where}：` : ''}${issueWords(p.issue, 'zh')}）`;
        case 'report': return `这是检查报告（--format json 的输出），不是分片文件：${p.file}；分片用 ledger-check <文件夹> --shard i/n -o shard-i.json 生成`;
        case 'count': return `分片份数不一致：${p.file} 是 ${p.count} 份之一，其他分片是 ${p.expected} 份`;
        case 'duplicate': return `同一分片给了两次：第 ${p.index} 份是 ${p.other}，又是 ${p.file}`;
        case 'missing': return p.count ? `缺少分片：共 ${p.count} 份，缺第 ${p.indices.join('、')} 份` : '没有分片';
        case 'version': return `分片由另一版本的 ledger-check 生成：${p.file} 是 ${p.version}，本程序是 ${p.expected}；请用同一版本检查和合并`;
        case 'rules': return `分片用的规则不同：${p.file} 与 ${p.other} 的规则文件不一致；请用同一规则文件重新检查`;
        case 'run': return `分片的检查选项不同（${p.field}）：${p.file} 与 ${p.other}；请用相同的选项重新检查`;
        case 'review': return `分片用的人工确认记录不同：${p.file} 与 ${p.other}`;
        case 'overlap': return `两个分片都含有 ${p.path}：${p.other} 和 ${p.file}（不是同一次分片检查的结果）`;
      }
    },
  },
  en: {
    none: 'no shard files given: ledger-check merge shard-1.json shard-2.json …',
    problem: (p) => {
      switch (p.code) {
        case 'read': return `cannot read shard file ${p.file}: ${osWords(p.reason, 'en')}`;
        case 'too-large': return `shard file too large: ${p.file} (${p.size} bytes, limit ${p.limit})`;
        case 'not-json': return `shard file is not JSON: ${p.file} (${p.reason})`;
        case 'invalid': return `not a ledger-check shard file, or damaged: ${p.file} (${p.where ? `${p.where}: ` : ''}${issueWords(p.issue, 'en')})`;
        case 'report': return `this is a check's report (the output of --format json), not a shard file: ${p.file}; shards are made by ledger-check <folder> --shard i/n -o shard-i.json`;
        case 'count': return `shard counts differ: ${p.file} is one of ${p.count}, the others of ${p.expected}`;
        case 'duplicate': return `the same shard given twice: part ${p.index} is ${p.other} and ${p.file}`;
        case 'missing': return p.count ? `missing shards: ${p.count} parts, part ${p.indices.join(', ')} missing` : 'no shards';
        case 'version': return `shard made by another version of ledger-check: ${p.file} is ${p.version}, this is ${p.expected}; check and merge with one version`;
        case 'rules': return `shards checked with different rules: ${p.file} and ${p.other}; check them again with one rule file`;
        case 'run': return `shards checked with different options (${p.field}): ${p.file} and ${p.other}; check them again with the same options`;
        case 'review': return `shards applied different review records: ${p.file} and ${p.other}`;
        case 'overlap': return `two shards both hold ${p.path}: ${p.other} and ${p.file} (not parts of one sharded check)`;
      }
    },
  },
};

type MergeFlags = Pick<CheckFlags, 'format' | 'output' | 'quiet' | 'color' | 'splitUnits'>;

export function register(program: Command, io: CliIO, env: { isTTY: boolean; columns?: number; noColor: boolean; forceColor: boolean }): void {
  program
    .command('merge')
    .description('join the shard files of one run (--shard i/n) into the report one run would give / 合并分片检查结果')
    .argument('<shard...>', 'shard files (all n parts of one run)')
    .option('-f, --format <name[:file]>', 'output format: pretty, json, junit, sarif, gitlab, html, xlsx (xlsx to a file only); repeat for several; name:file writes to a file', collect, [])
    .option('-o, --output <file>', 'write the (single) screen format to this file instead')
    .option('--quiet', 'list errors only (warnings are still counted)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--split-units <dir>', 'also write one workbook per unit into this folder (xlsx), to send back to each unit')
    .action(async (files: string[], o: MergeFlags) => {
      const lang = io.lang();
      const fail2 = (msg: string) => {
        io.stderr(`ledger-check: ${visible(msg)}\n`);
        io.setExitCode(2);
      };
      const color = o.color ?? (env.noColor ? false : env.forceColor ? true : undefined);
      const flags = { ...o, lang, color };
      const plan = planOutputs({ ...flags, format: o.format ?? [] } as CheckFlags, lang);
      if (typeof plan === 'string') return fail2(plan);
      if (!files.length) return fail2(TEXT[lang].none);
      let merged;
      // Loaded by `merge` only: the shard schema (zod) is not needed at every start.
      const { MergeError, mergeShards, readShard } = await import('../../report/merge.js');
      try {
        merged = mergeShards(files.map((f) => readShard(f)));
      } catch (e) {
        if (e instanceof MergeError) return fail2(TEXT[lang].problem(e.problem));
        throw e;
      }
      const { report, skeleton } = merged;
      const folder = report.root;
      for (const tg of plan) if (tg.file && outputTouchesRoot(tg.file, folder)) return fail2(t(lang).outputInside(tg.file));
      if (o.splitUnits !== undefined && outputTouchesRoot(o.splitUnits, folder)) return fail2(t(lang).outputInside(o.splitUnits));
      // Thumbnails come from the material where the shards found it (the checkout a CI job restored).
      const thumbs = thumbnailPhotos(skeleton.files.filter((f) => f.photo), report).map((f) => ({ path: f.path, abs: path.join(folder, f.path) }));
      if (!(await writeReports(report, plan, flags, io, env, { folder, thumbs }))) return;
      io.setExitCode(report.summary.status === 'pass' ? 0 : 1);
    });
}
