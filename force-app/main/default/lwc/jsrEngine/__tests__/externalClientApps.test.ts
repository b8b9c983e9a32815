// External Client Apps the org reader could not query: the reader names ExternalClientApplication (or its fields,
// or the policy object ExtlClntAppOauthPlcyCnfg) in the apps section's missingFields and leaves installed = false.
// That false is "no row seen", not "not installed": these tests pin the engine to "cannot determine".
import { decodeOAuthError } from '../oauthErrors';
import type { AppVerdict, DecodedError, ReadinessReport, UserReport, UserWayVerdict, WayVerdict } from '../report';
import type { AppInstall, OrgSnapshot, UserFacts } from '../snapshot';
import { evaluateUser } from '../user';
import {
    ECA,
    ECA_NOT_QUERYABLE_REASON,
    clone,
    findingsOf,
    firedFor,
    loadScenarioUser,
    loadSnapshot,
    reportOf,
    withoutEcaGrants,
    withUsage
} from './engineTestKit';

/** What JSR_ExternalClientAppReader.cls writes when it cannot query the ECA object: partial, named, installed = false. */
function ecaNotQueryable(scenario: string, missingFields: string[] = ['ExternalClientApplication']): OrgSnapshot {
    // The in-org package counts in these tests: marked expected (its package default is "not used").
    const s = withUsage(loadSnapshot(scenario), ECA, 'expected');
    s.apps.status = 'partial';
    s.apps.reason = ECA_NOT_QUERYABLE_REASON;
    s.apps.missingFields = missingFields;
    const eca = installOf(s, ECA);
    Object.assign(eca, {
        installed: false,
        objectType: null,
        id: null,
        name: null,
        createdDate: null,
        lastModifiedDate: null,
        ecaPolicy: null
    });
    return s;
}

function installOf(s: OrgSnapshot, catalogName: string): AppInstall {
    const found = s.apps.data?.find((a) => a.catalogName === catalogName);
    if (!found) throw new Error(`no install row ${catalogName}`);
    return found;
}

function appOf(report: ReadinessReport, catalogName: string): AppVerdict {
    const found = report.apps.find((a) => a.catalogName === catalogName);
    if (!found) throw new Error(`no app ${catalogName}`);
    return found;
}

function inOrgWay(report: ReadinessReport): WayVerdict {
    const found = report.ways.find((w) => w.way === 'inOrgPackage');
    if (!found) throw new Error('no inOrgPackage way');
    return found;
}

describe('External Client Apps the reader could not query', () => {
    it('control: a readable ECA object with no row is "not installed" (the same snapshot without missingFields)', () => {
        const report = reportOf(withUsage(loadSnapshot('prod-nothing-installed'), ECA, 'expected'));
        expect(appOf(report, ECA).install).toBe('notInstalled');
        expect(firedFor(report, 'eca.not-installed')).toEqual([ECA]);
        expect(inOrgWay(report).verdict).toBe('blocked');
        // Not used by default: then neutral, no finding.
        const byDefault = reportOf('prod-nothing-installed');
        expect(inOrgWay(byDefault).verdict).toBe('notUsed');
        expect(firedFor(byDefault, 'eca.not-installed')).toEqual([]);
    });

    it.each([
        ['the object is not queryable', ['ExternalClientApplication']],
        ['fields the reader needs are absent', ['ExternalClientApplication.MasterLabel', 'ExternalClientApplication.CreatedDate']]
    ])('%s: the in-org package is "cannot determine", never "not installed"', (_label, missingFields) => {
        const snapshot = ecaNotQueryable('prod-nothing-installed', missingFields);
        const report = reportOf(snapshot);
        const eca = appOf(report, ECA);
        expect(eca.install).toBe('cannotDetermine');
        expect(eca.permittedUsers).toBe('unknown');
        expect(eca.whoCanConnect).toBe(
            `Cannot determine: External Client Apps could not be read in this org (${missingFields.join(', ')}), so whether Jetstream for Salesforce is installed cannot be determined.`
        );
        expect(findingsOf(report, 'eca.not-installed')).toEqual([]);
        const unknown = findingsOf(report, 'app.install-unknown');
        expect(firedFor(report, 'app.install-unknown')).toEqual([ECA]);
        expect(unknown[0]?.howWeKnow.evidence[0]).toContain(missingFields.join(', '));
        expect(unknown[0]?.howWeKnow.evidence[1]).toBe(`Reader: ${snapshot.apps.reason ?? ''}`);
        expect(unknown[0]?.remediation[0]?.text).toBe('Look for Jetstream for Salesforce in Setup: External Client App Manager.');
        const way = inOrgWay(report);
        expect(way.verdict).toBe('cannotDetermine');
        const installStep = way.reasons.find((r) => r.question === 'Is Jetstream for Salesforce installed?');
        expect(installStep?.answer).toBe('unknown');
        expect(installStep?.detail).toContain(`(${missingFields.join(', ')})`);
    });

    it('leaves the connected apps as read: their install states and findings do not change', () => {
        const before = reportOf(withUsage(loadSnapshot('prod-nothing-installed'), ECA, 'expected'));
        const after = reportOf(ecaNotQueryable('prod-nothing-installed'));
        const connected = (r: ReadinessReport) => r.apps.filter((a) => a.kind === 'ConnectedApp').map((a) => [a.catalogName, a.install]);
        expect(connected(after)).toEqual(connected(before));
        expect(findingsOf(after, 'app.not-installed')).toEqual(findingsOf(before, 'app.not-installed'));
        expect(after.ways.filter((w) => w.way !== 'inOrgPackage')).toEqual(before.ways.filter((w) => w.way !== 'inOrgPackage'));
    });

    it('overrides installed = true as well: the reader could not have seen a row it could not query', () => {
        const s = ecaNotQueryable('prod-ready-least-privilege');
        installOf(s, ECA).installed = true;
        expect(appOf(reportOf(s), ECA).install).toBe('cannotDetermine');
    });

    it('a user check says "unknown" for the in-org package and points to the External Client App Manager', () => {
        const snapshot = ecaNotQueryable('prod-ready-least-privilege');
        const facts = loadScenarioUser('prod-ready-least-privilege', 'robert');
        const before = evaluateUser(loadSnapshot('prod-ready-least-privilege'), facts).ways.find((w) => w.way === 'inOrgPackage');
        const after = evaluateUser(snapshot, facts).ways.find((w) => w.way === 'inOrgPackage');
        expect(before?.canConnect).not.toBe('unknown');
        expect(after?.canConnect).toBe('unknown');
        const installStep = after?.chain.find((s) => s.question === 'Is Jetstream for Salesforce installed in this org?');
        expect(installStep?.answer).toBe('unknown');
        expect(installStep?.detail).toContain('(ExternalClientApplication)');
        expect(after?.unblockAction).toBe('Check Setup: External Client App Manager for Jetstream for Salesforce.');
    });
});

describe('External Client App OAuth policies the reader could not query', () => {
    function policyNotQueryable(): OrgSnapshot {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        s.apps.status = 'partial';
        s.apps.reason = 'External Client App OAuth policies (ExtlClntAppOauthPlcyCnfg) cannot be queried in this org.';
        s.apps.missingFields = ['ExtlClntAppOauthPlcyCnfg'];
        installOf(s, ECA).ecaPolicy = null;
        return s;
    }

    it('keeps the install (a row was read) and names the policy object in a cannot-determine finding', () => {
        const report = reportOf(policyNotQueryable());
        const eca = appOf(report, ECA);
        expect(eca.install).toBe('installed');
        expect(eca.permittedUsers).toBe('unknown');
        const unknown = findingsOf(report, 'app.permitted-users-unknown');
        expect(firedFor(report, 'app.permitted-users-unknown')).toEqual([ECA]);
        expect(unknown[0]?.items[0]?.detail).toBe('Its OAuth policies cannot be read in this org: the Permitted Users policy is unknown.');
        expect(unknown[0]?.howWeKnow.evidence).toEqual(['Not readable: ExtlClntAppOauthPlcyCnfg.']);
        expect(inOrgWay(report).verdict).toBe('cannotDetermine');
    });

    it('control: the same install with its policy read is judged on the policy', () => {
        const report = reportOf('prod-ready-least-privilege');
        expect(appOf(report, ECA).permittedUsers).toBe('adminApproved');
        expect(findingsOf(report, 'app.permitted-users-unknown')).toEqual([]);
        expect(inOrgWay(report).verdict).toBe('ready');
    });
});

describe('the OAuth error decoder on an External Client App the reader could not query', () => {
    const fixText = (decoded: DecodedError): string => decoded.fix.map((step) => step.text).join('\n');
    const ecaStep = (snapshot: OrgSnapshot): string | undefined =>
        decodeOAuthError('OAUTH_EC_APP_NOT_FOUND', snapshot).fix.find((step) => step.text.includes('Jetstream for Salesforce:'))?.text;

    it('control: a readable ECA object with no row is "not installed"', () => {
        expect(ecaStep(loadSnapshot('prod-nothing-installed'))).toMatch(/Jetstream for Salesforce: not installed in this org\.$/);
    });

    it.each([
        ['the object is not queryable', ['ExternalClientApplication']],
        ['fields the reader needs are absent', ['ExternalClientApplication.MasterLabel']]
    ])('%s: OAUTH_EC_APP_NOT_FOUND says the install state is unknown and why, never "not installed"', (_label, missingFields) => {
        const step = ecaStep(ecaNotQueryable('prod-nothing-installed', missingFields));
        expect(step).toContain('Jetstream for Salesforce: install state unknown in this org');
        expect(step).toContain(`External Client Apps could not be read in this org (${missingFields.join(', ')})`);
        expect(step).not.toMatch(/not installed in this org/);
    });

    it('does not report a row it could not have read as "installed as ..."', () => {
        const s = ecaNotQueryable('prod-ready-least-privilege');
        Object.assign(installOf(s, ECA), { installed: true, name: 'Jetstream_Canvas', objectType: 'ExternalClientApplication' });
        const step = ecaStep(s);
        expect(step).toContain('install state unknown');
        expect(step).not.toContain('installed as');
    });

    it('leaves the connected apps as read: the install links of the uninstalled connected apps stay', () => {
        const message = 'error=invalid_client&error_description=app+must+be+installed+into+org';
        const before = decodeOAuthError(message, loadSnapshot('prod-nothing-installed'));
        const after = decodeOAuthError(message, ecaNotQueryable('prod-nothing-installed'));
        expect(after.fix).toEqual(before.fix);
        expect(fixText(after)).toMatch(/Jetstream Desktop \(not installed\)/);
    });

    it('an apps section marked unavailable is "install state unknown" even when it carries rows', () => {
        const s = clone(loadSnapshot('prod-nothing-installed'));
        s.apps.status = 'unavailable';
        s.apps.reason = 'The installed apps could not be read.';
        const text = fixText(decodeOAuthError('Jetstream Desktop: app must be installed into org', s));
        expect(text).toMatch(/Jetstream Desktop \(install state unknown\)/);
        expect(text).not.toMatch(/Jetstream Desktop \(not installed\)/);
    });
});

// The user facts' grants section is read with its own look-up of the installed apps (JSR_UserGrantsReader calls
// JSR_AppsReader.readInstalledAppIds on that section): when ExternalClientApplication cannot be queried there, the reader
// names it in the grants section's missingFields, marks it partial and returns no grant of the External Client App,
// because it has no id to look grants up by. That absence is not "not granted".
describe('a user check whose facts could not read External Client Apps', () => {
    const SCENARIO = 'prod-ready-least-privilege';
    const ECA_GRANT_STEP = 'Is Robert Thorn pre-authorized for Jetstream for Salesforce?';

    /** Robert's facts as JSR_UserGrantsReader writes them when the ECA object (or one of its fields) cannot be read. */
    const factsWithoutEcaGrants = (missingFields?: string[]): UserFacts =>
        withoutEcaGrants(loadScenarioUser(SCENARIO, 'robert'), missingFields);

    function inOrgPackage(report: UserReport): UserWayVerdict {
        const found = report.ways.find((w) => w.way === 'inOrgPackage');
        if (!found) throw new Error('no inOrgPackage way');
        return found;
    }

    it('control: the same facts with the grant simply absent (object read) say "not granted"', () => {
        const facts = factsWithoutEcaGrants();
        Object.assign(facts.grants, { status: 'ok', reason: null, missingFields: [] });
        const report = evaluateUser(loadSnapshot(SCENARIO), facts);
        expect(inOrgPackage(report).canConnect).toBe('no');
        expect(inOrgPackage(report).chain.at(-1)?.answer).toBe('no');
        expect(firedFor(report, 'user.not-granted')).toEqual([ECA]);
    });

    it.each([
        ['the object is not queryable', ['ExternalClientApplication']],
        ['fields the reader needs are absent', ['ExternalClientApplication.MasterLabel', 'ExternalClientApplication.CreatedDate']]
    ])('%s: the in-org package grant is "cannot determine", never "not granted"', (_label, missingFields) => {
        const report = evaluateUser(loadSnapshot(SCENARIO), factsWithoutEcaGrants(missingFields));
        const pkg = inOrgPackage(report);
        expect(pkg.canConnect).toBe('unknown');
        const grantStep = pkg.chain.find((s) => s.question === ECA_GRANT_STEP);
        expect(grantStep).toEqual({
            question: ECA_GRANT_STEP,
            answer: 'unknown',
            detail: `External Client Apps could not be read with this user’s facts (${missingFields.join(', ')}), so whether a grant of Jetstream for Salesforce reaches Robert Thorn cannot be determined.`
        });
        // Active, not frozen, API Enabled, installed, not self-authorize (admin-approved), then the grant: unknown.
        expect(pkg.chain.map((s) => s.answer)).toEqual(['yes', 'no', 'yes', 'yes', 'no', 'unknown']);
        expect(pkg.unblockAction).toBe(
            'Check Robert Thorn’s profile and permission sets against the ones Jetstream for Salesforce is granted to.'
        );
        expect(pkg.unblockLinks[0]?.url).toBe('/lightning/setup/ManageExternalClientApplication/home');
        expect(report.findings.filter((f) => f.ruleId === 'user.not-granted')).toEqual([]);
    });

    it('leaves the connected apps as read: the other ways do not change', () => {
        const before = evaluateUser(loadSnapshot(SCENARIO), loadScenarioUser(SCENARIO, 'robert'));
        const after = evaluateUser(loadSnapshot(SCENARIO), factsWithoutEcaGrants());
        expect(after.ways.filter((w) => w.way !== 'inOrgPackage')).toEqual(before.ways.filter((w) => w.way !== 'inOrgPackage'));
    });

    it('a grant of the External Client App that was read still counts', () => {
        const facts = factsWithoutEcaGrants();
        facts.grants.data = clone(loadScenarioUser(SCENARIO, 'robert').grants.data ?? []);
        const pkg = inOrgPackage(evaluateUser(loadSnapshot(SCENARIO), facts));
        expect(pkg.canConnect).toBe('yes');
        expect(pkg.chain.find((s) => s.question === ECA_GRANT_STEP)?.answer).toBe('yes');
    });

    it('a Use Any API Client holder can connect: it reaches any external client app, whatever the grants', () => {
        const facts = factsWithoutEcaGrants();
        for (const a of facts.assignments.data ?? []) a.useAnyApiClient = a.assignable.label === 'Jetstream Users';
        const pkg = inOrgPackage(evaluateUser(loadSnapshot(SCENARIO), facts));
        expect(pkg.canConnect).toBe('yes');
        const step = pkg.chain.find((s) => s.question === ECA_GRANT_STEP);
        expect(step?.answer).toBe('yes');
        expect(step?.detail).toBe(
            'Whether a grant reaches them cannot be read, but Robert Thorn holds Use Any API Client, which reaches any external client app even when it is admin-approved.'
        );
    });

    it('when the snapshot could not read External Client Apps either, the install step is already unknown and nothing says "no"', () => {
        const report = evaluateUser(ecaNotQueryable(SCENARIO), factsWithoutEcaGrants());
        const pkg = inOrgPackage(report);
        expect(pkg.canConnect).toBe('unknown');
        // "Is Robert Thorn frozen? no" is read; nothing about the package says "no".
        expect(pkg.chain.filter((s) => !s.question.endsWith('frozen?')).map((s) => s.answer)).not.toContain('no');
        expect(report.findings.filter((f) => f.severity === 'error' && f.items.some((i) => i.catalogName === ECA))).toEqual([]);
    });
});
