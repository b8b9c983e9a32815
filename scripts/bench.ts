// The engine benchmark (npm run bench): evaluateSnapshot on the generated large-org snapshot against JSON.parse of
// the same text, median of several runs. Target: engine time <= 1x parse time.
import { performance } from 'node:perf_hooks';
import { evaluateSnapshot } from '../force-app/main/default/lwc/jsrEngine/jsrEngine';
import type { OrgSnapshot } from '../force-app/main/default/lwc/jsrEngine/snapshot';
import {
    describeSummary,
    generateLargeSnapshotWithSummary,
    type LargeSnapshotOptions,
    type LargeSnapshotSummary
} from '../samples/build/largeOrg';

export const TARGET_RATIO = 1;

export function median(values: readonly number[]): number {
    if (values.length === 0) throw new Error('median of no values');
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface BenchOptions {
    runs?: number;
    warmup?: number;
    snapshot?: LargeSnapshotOptions;
    now?: Date;
    /** Wall clock in ms (default performance.now). */
    clock?: () => number;
    /** Process CPU time in ms (default process.cpuUsage, user + system): less disturbed by other processes on a
     * shared machine than the wall clock. */
    cpuClock?: () => number;
}

export interface BenchResult {
    runs: number;
    bytes: number;
    parseMs: number[];
    engineMs: number[];
    medianParseMs: number;
    medianEngineMs: number;
    /** median engine / median parse (wall clock) */
    ratio: number;
    parseCpuMs: number[];
    engineCpuMs: number[];
    /** median engine / median parse (CPU time) */
    cpuRatio: number;
    /** median of engine_i / parse_i, each pair measured back to back (robust to slow load changes) */
    pairedRatio: number;
    findings: number;
    summary: LargeSnapshotSummary;
}

export function runBench(options: BenchOptions = {}): BenchResult {
    const runs = options.runs ?? 9;
    const warmup = options.warmup ?? 2;
    const clock = options.clock ?? (() => performance.now());
    const cpuClock =
        options.cpuClock ??
        (() => {
            const usage = process.cpuUsage();
            return (usage.user + usage.system) / 1000;
        });
    const now = options.now ?? new Date('2026-11-29T06:00:00.000Z');
    const { snapshot, summary } = generateLargeSnapshotWithSummary(options.snapshot);
    const text = JSON.stringify(snapshot);
    const parseMs: number[] = [];
    const engineMs: number[] = [];
    const parseCpuMs: number[] = [];
    const engineCpuMs: number[] = [];
    let findings = 0;
    for (let i = 0; i < warmup + runs; i++) {
        let cpuStarted = cpuClock();
        let started = clock();
        const parsed = JSON.parse(text) as OrgSnapshot;
        const parseTime = clock() - started;
        const parseCpu = cpuClock() - cpuStarted;
        // The engine gets its own freshly parsed copy, so nothing it might cache on the objects carries over.
        const input = JSON.parse(text) as OrgSnapshot;
        cpuStarted = cpuClock();
        started = clock();
        const report = evaluateSnapshot(input, { now });
        const engineTime = clock() - started;
        const engineCpu = cpuClock() - cpuStarted;
        findings = report.findings.length;
        if (parsed.schemaVersion !== 1) throw new Error('parse produced no snapshot');
        if (i >= warmup) {
            parseMs.push(parseTime);
            engineMs.push(engineTime);
            parseCpuMs.push(parseCpu);
            engineCpuMs.push(engineCpu);
        }
    }
    const medianParseMs = median(parseMs);
    const medianEngineMs = median(engineMs);
    return {
        runs,
        bytes: Buffer.byteLength(text),
        parseMs,
        engineMs,
        medianParseMs,
        medianEngineMs,
        ratio: medianParseMs > 0 ? medianEngineMs / medianParseMs : Number.POSITIVE_INFINITY,
        parseCpuMs,
        engineCpuMs,
        cpuRatio: median(parseCpuMs) > 0 ? median(engineCpuMs) / median(parseCpuMs) : Number.POSITIVE_INFINITY,
        pairedRatio: median(engineMs.map((engine, i) => engine / Math.max(parseMs[i] ?? 0, Number.EPSILON))),
        findings,
        summary
    };
}

export function formatBench(result: BenchResult): string {
    const ms = (value: number): string => `${value.toFixed(1)} ms`;
    const verdict = result.ratio <= TARGET_RATIO ? 'meets' : 'MISSES';
    return [
        describeSummary(result.summary, result.bytes),
        `runs: ${result.runs} (after warm-up), Node ${process.version}`,
        `JSON.parse        median ${ms(result.medianParseMs)}, min ${ms(Math.min(...result.parseMs))}  (runs: ${result.parseMs.map((v) => v.toFixed(1)).join(', ')})`,
        `evaluateSnapshot  median ${ms(result.medianEngineMs)}, min ${ms(Math.min(...result.engineMs))}  (runs: ${result.engineMs.map((v) => v.toFixed(1)).join(', ')})`,
        `CPU time          parse median ${ms(median(result.parseCpuMs))}, engine median ${ms(median(result.engineCpuMs))}: ${result.cpuRatio.toFixed(2)}x`,
        `paired runs       median of engine/parse per run: ${result.pairedRatio.toFixed(2)}x`,
        `engine / parse = ${result.ratio.toFixed(2)}x (wall clock medians); ${verdict} the target of <= ${TARGET_RATIO}x (${result.findings} findings)`
    ].join('\n');
}

/** npm run bench -- [--runs N] [--seed N] [--holders N] [--check]: --check exits 1 when the ratio misses the target. */
export function benchMain(argv: string[], log: (text: string) => void, options: BenchOptions = {}): number {
    const value = (flag: string): number | undefined => {
        const index = argv.indexOf(flag);
        return index < 0 ? undefined : Number(argv[index + 1]);
    };
    const runs = value('--runs') ?? options.runs ?? 9;
    const seed = value('--seed');
    const holders = value('--holders');
    const badCount = (n: number | undefined): boolean => n !== undefined && (!Number.isInteger(n) || n < 1);
    if (badCount(runs) || (seed !== undefined && !Number.isInteger(seed)) || badCount(holders)) {
        log('Usage: npm run bench -- [--runs N (default 9)] [--seed N] [--holders N (default 5000)] [--check]');
        return 2;
    }
    const snapshot = { ...options.snapshot, seed: seed ?? options.snapshot?.seed, holders: holders ?? options.snapshot?.holders };
    const result = runBench({ ...options, runs, snapshot });
    log(formatBench(result));
    return argv.includes('--check') && result.ratio > TARGET_RATIO ? 1 : 0;
}

// npm run bench -- [--runs N] [--seed N] [--holders N]
if (require.main === module) process.exitCode = benchMain(process.argv.slice(2), (text) => console.log(text));
