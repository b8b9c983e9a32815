import { benchMain, formatBench, median, runBench, TARGET_RATIO } from '../bench';

const SMALL = { activeUsers: 1_000, holders: 60, oauthTokens: 80, signInGroups: 40, grants: 30 };

describe('median', () => {
    it('takes the middle value, or the mean of the two middle values', () => {
        expect(median([5, 1, 3])).toBe(3);
        expect(median([4, 1, 3, 2])).toBe(2.5);
        expect(() => median([])).toThrow();
    });
});

describe('runBench', () => {
    it('times parse and engine separately, after warm-up, and reports the ratio of the medians', () => {
        let tick = 0;
        // A fake clock: each reading advances 1 ms, so parse and engine each measure exactly 1 ms.
        let cpu = 0;
        const result = runBench({ runs: 3, warmup: 1, snapshot: SMALL, clock: () => tick++, cpuClock: () => (cpu += 2) });
        expect(result.parseMs).toEqual([1, 1, 1]);
        expect(result.engineMs).toEqual([1, 1, 1]);
        expect(result.ratio).toBe(1);
        expect(result.parseCpuMs).toEqual([2, 2, 2]);
        expect(result.cpuRatio).toBe(1);
        expect(result.pairedRatio).toBe(1);
        expect(result.bytes).toBeGreaterThan(10_000);
        expect(result.findings).toBeGreaterThan(0);
        expect(formatBench(result)).toMatch(/engine \/ parse = 1\.00x \(wall clock medians\); meets the target of <= 1x/);
        expect(formatBench(result)).toMatch(/CPU time +parse median 2\.0 ms, engine median 2\.0 ms: 1\.00x/);
        expect(formatBench({ ...result, ratio: 1.5 })).toMatch(/MISSES the target/);
    });
});

describe('benchMain', () => {
    it('prints the figures and exits 0 without --check', () => {
        const log: string[] = [];
        let tick = 0;
        expect(benchMain(['--runs', '1'], (t) => log.push(t), { warmup: 0, snapshot: SMALL, clock: () => tick++ })).toBe(0);
        expect(log[0]).toMatch(/JSON\.parse\s+median 1\.0 ms/);
        expect(TARGET_RATIO).toBe(1);
    });

    it('returns 1 with --check when the engine is slower than parse', () => {
        let calls = 0;
        // Readings per run: parse 10 -> 20 (10 ms), engine 30 -> 45 (15 ms): ratio 1.5.
        const clock = () => {
            calls++;
            return calls % 4 === 0 ? calls * 10 + 5 : calls * 10;
        };
        const log: string[] = [];
        expect(benchMain(['--runs', '2', '--check'], (t) => log.push(t), { warmup: 0, snapshot: SMALL, clock })).toBe(1);
    });

    it('passes --holders to the generator', () => {
        const log: string[] = [];
        let tick = 0;
        expect(benchMain(['--runs', '1', '--holders', '30'], (t) => log.push(t), { warmup: 0, snapshot: SMALL, clock: () => tick++ })).toBe(
            0
        );
        expect(log[0]).toMatch(/, 30 holders/);
    });

    it.each([[['--runs', '0']], [['--runs', 'x']], [['--seed', '1.5']], [['--holders', '-3']]])('prints usage for %j', (argv) => {
        const log: string[] = [];
        expect(benchMain(argv, (t) => log.push(t), { snapshot: SMALL })).toBe(2);
        expect(log[0]).toMatch(/^Usage: npm run bench/);
    });
});
