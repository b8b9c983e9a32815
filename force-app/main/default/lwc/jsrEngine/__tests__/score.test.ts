import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateSnapshot } from '../evaluate';
import type { Finding, ReadinessReport, Severity, WayVerdict } from '../report';
import { overallStatus, readinessScore, SCORE_PENALTY } from '../score';
import type { OrgSnapshot } from '../snapshot';
import { clone, loadScenarioUser, loadScenarios, loadSnapshot, reportOf } from './engineTestKit';
import { evaluateUser } from '../user';

function finding(severity: Severity): Finding {
    return {
        ruleId: 'test',
        severity,
        title: 't',
        catalogName: null,
        explanation: '',
        evidence: [],
        remediation: [],
        source: { title: '', url: '', effectiveDate: '' }
    };
}

function ways(...verdicts: WayVerdict['verdict'][]): WayVerdict[] {
    const ids = ['web', 'desktop', 'loginWithSalesforce', 'inOrgPackage'] as const;
    return verdicts.map((verdict, i) => ({ way: ids[i] ?? 'web', label: '', catalogName: null, verdict, summary: '', reasons: [] }));
}

/** Every list in the snapshot reversed: the order Apex happened to return rows in must not change the verdict. */
function reversedLists(snapshot: OrgSnapshot): OrgSnapshot {
    const s = clone(snapshot);
    s.catalog.data?.reverse();
    s.apps.data?.reverse();
    s.grants.data?.reverse();
    s.authorizations.data?.reverse();
    s.signIns.data?.reverse();
    s.permissionHolders.data?.holders.reverse();
    s.permissionHolders.data?.sampleUsers.reverse();
    return s;
}

describe('score', () => {
    it('is 100 minus 15 per error and 5 per warning, never below 0; info and pass cost nothing', () => {
        expect(SCORE_PENALTY).toEqual({ error: 15, warning: 5, info: 0, pass: 0 });
        expect(readinessScore([])).toBe(100);
        expect(readinessScore([finding('error'), finding('warning'), finding('info'), finding('pass')])).toBe(80);
        expect(readinessScore(Array.from({ length: 8 }, () => finding('error')))).toBe(0);
    });

    it('matches the formula on every fixture', () => {
        for (const { id } of loadScenarios()) {
            const { overall, findings } = reportOf(id);
            const expected = Math.max(0, 100 - 15 * overall.counts.error - 5 * overall.counts.warning);
            expect({ id, score: overall.score }).toEqual({ id, score: expected });
            expect(overall.counts.error + overall.counts.warning + overall.counts.info + overall.counts.pass).toBe(findings.length);
        }
    });

    it('is stable: same snapshot, same report; row order does not matter; now defaults to capturedAt', () => {
        for (const { id } of loadScenarios()) {
            const snapshot = loadSnapshot(id);
            const first = evaluateSnapshot(snapshot);
            expect(evaluateSnapshot(snapshot)).toEqual(first);
            expect(evaluateSnapshot(snapshot, { now: new Date(snapshot.capturedAt) })).toEqual(first);
            const reordered = evaluateSnapshot(reversedLists(snapshot));
            expect(reordered.overall).toEqual(first.overall);
            expect(reordered.ways.map((w) => [w.way, w.verdict])).toEqual(first.ways.map((w) => [w.way, w.verdict]));
            expect(reordered.findings.map((f) => `${f.ruleId} ${f.catalogName} ${f.title}`)).toEqual(
                first.findings.map((f) => `${f.ruleId} ${f.catalogName} ${f.title}`)
            );
        }
    });

    it('an unparseable capturedAt falls back to the epoch instead of throwing', () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        s.capturedAt = 'not a date';
        expect(evaluateSnapshot(s).overall.verdict).toBe('ready');
    });
});

describe('overall verdict', () => {
    it('ready only without errors or warnings and with every primary way ready', () => {
        expect(overallStatus([finding('info')], ways('ready', 'ready', 'ready', 'blocked'), false).verdict).toBe('ready');
        expect(overallStatus([finding('warning')], ways('ready', 'ready', 'ready', 'ready'), false).verdict).toBe('actionNeeded');
        expect(overallStatus([], ways('ready', 'actionNeeded', 'ready', 'ready'), false).verdict).toBe('actionNeeded');
    });

    it('blocked when every primary way is blocked; login with Salesforce is not primary in a sandbox', () => {
        expect(overallStatus([finding('error')], ways('blocked', 'blocked', 'blocked', 'ready'), false).verdict).toBe('blocked');
        expect(overallStatus([finding('error')], ways('blocked', 'blocked', 'ready', 'ready'), true).verdict).toBe('blocked');
        expect(overallStatus([finding('error')], ways('blocked', 'blocked', 'ready', 'ready'), false).verdict).toBe('actionNeeded');
    });

    it('cannot determine when no primary way could be judged', () => {
        expect(overallStatus([], ways('cannotDetermine', 'cannotDetermine', 'cannotDetermine', 'ready'), false).verdict).toBe(
            'cannotDetermine'
        );
        expect(overallStatus([], [], false).verdict).toBe('cannotDetermine');
    });

    it('headlines say what to start with', () => {
        expect(overallStatus([], ways('ready', 'ready', 'ready'), false).headline).toBe(
            'Ready: every way of connecting Jetstream works (score 100/100).'
        );
        const blocked = reportOf('sandbox-missing-approve-permission').overall.headline;
        expect(blocked).toBe('Blocked: no new Jetstream connection can succeed; start with “Jetstream is not installed” (score 50/100).');
        expect(reportOf('prod-all-installed-self-authorize').overall.headline).toBe(
            'Action needed: 0 errors and 3 warnings; start with “Jetstream: any user with API Enabled can connect” (score 85/100).'
        );
        expect(overallStatus([finding('error')], ways('ready', 'actionNeeded'), false).headline).toBe(
            'Action needed: 1 error and 0 warnings; start with “t” (score 85/100).'
        );
    });
});

describe('the report follows the contract', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../../../../../schema/readiness-report.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(schema, 'report');
    const validateReport = ajv.getSchema('report#/definitions/ReadinessReport');
    const validateUser = ajv.getSchema('report#/definitions/UserReport');

    it('every fixture report and user report validates against schema/readiness-report.schema.json', () => {
        if (!validateReport || !validateUser) throw new Error('schema definitions missing');
        for (const scenario of loadScenarios()) {
            const snapshot = loadSnapshot(scenario.id);
            const report: ReadinessReport = evaluateSnapshot(snapshot);
            expect({ id: scenario.id, ok: validateReport(report), errors: validateReport.errors ?? null }).toEqual({
                id: scenario.id,
                ok: true,
                errors: null
            });
            expect(JSON.parse(JSON.stringify(report))).toEqual(report);
            for (const u of scenario.users) {
                const userReport = evaluateUser(snapshot, loadScenarioUser(scenario.id, u.search.username));
                expect({ user: u.search.username, ok: validateUser(userReport), errors: validateUser.errors ?? null }).toEqual({
                    user: u.search.username,
                    ok: true,
                    errors: null
                });
            }
        }
    });
});
