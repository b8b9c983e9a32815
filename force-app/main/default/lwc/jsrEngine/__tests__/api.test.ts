import * as engine from '../jsrEngine';
import { loadScenarioUser, loadSnapshot } from './engineTestKit';

describe('the engine entry (c/jsrEngine)', () => {
    it('exports the fixed API the tab, the preview and the CLI code against', () => {
        for (const fn of [
            engine.evaluateSnapshot,
            engine.evaluateUser,
            engine.parseSnapshot,
            engine.parseUserFacts,
            engine.parseUserSearchResults,
            engine.decodeOAuthError,
            engine.reportToMarkdown,
            engine.reportToCsv
        ]) {
            expect(typeof fn).toBe('function');
        }
        expect(new engine.SnapshotError('m', '$.x')).toBeInstanceOf(Error);
        expect(engine.RULES.length).toBeGreaterThanOrEqual(30);
        expect(engine.WAY_LABELS).toEqual({
            web: 'Jetstream web app',
            desktop: 'Jetstream desktop app',
            loginWithSalesforce: 'Log in to Jetstream with Salesforce',
            inOrgPackage: 'Jetstream in-org package'
        });
        expect(engine.WAY_ORDER).toEqual(['web', 'desktop', 'loginWithSalesforce', 'inOrgPackage']);
        expect(engine.SNAPSHOT_SCHEMA_VERSION).toBe(2);
        expect(engine.REPORT_SCHEMA_VERSION).toBe(2);
        expect(engine.IDLE_LIMIT_DAYS).toBe(30);
    });

    it('parses, evaluates and checks one user end to end from JSON strings, as the tab does', () => {
        const snapshot = engine.parseSnapshot(JSON.stringify(loadSnapshot('prod-nothing-installed')));
        const report = engine.evaluateSnapshot(snapshot);
        expect(report.reportSchemaVersion).toBe(engine.REPORT_SCHEMA_VERSION);
        expect(report.org.myDomainUrl).toBe('https://acme.my.salesforce.com');
        const facts = engine.parseUserFacts(JSON.stringify(loadScenarioUser('prod-nothing-installed', 'priya')));
        const user = engine.evaluateUser(snapshot, facts);
        expect(user.ways.find((w) => w.way === 'web')?.canConnect).toBe('no');
        expect(report.overall.startHere).toBe(report.plan[0]);
        expect(engine.VERDICT_LABELS.notUsed).toBe('Not used');
    });
});
