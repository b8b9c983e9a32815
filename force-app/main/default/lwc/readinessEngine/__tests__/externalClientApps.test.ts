// External Client Apps the org reader could not query: the reader names ExternalClientApplication (or its fields,
// or the policy object ExtlClntAppOauthPlcyCnfg) in the apps section's missingFields and leaves installed = false.
// That false is "no row seen", not "not installed": these tests pin the engine to "cannot determine".
import { decodeOAuthError } from '../oauthErrors';
import type { AppVerdict, DecodedError, ReadinessReport, WayVerdict } from '../report';
import type { AppInstall, OrgSnapshot } from '../snapshot';
import { evaluateUser } from '../user';
import { ECA, clone, findingsOf, loadScenarioUser, loadSnapshot, reportOf } from './engineTestKit';

/** What ExternalClientAppReader.cls writes when it cannot query the ECA object: partial, named, installed = false. */
function ecaNotQueryable(scenario: string, missingFields: string[] = ['ExternalClientApplication']): OrgSnapshot {
    const s = clone(loadSnapshot(scenario));
    s.apps.status = 'partial';
    s.apps.reason =
        'This org does not let you query ExternalClientApplication, so whether Jetstream for Salesforce is installed cannot be determined.';
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
        const report = reportOf('prod-nothing-installed');
        expect(appOf(report, ECA).install).toBe('notInstalled');
        expect(findingsOf(report, 'eca.not-installed').map((f) => f.catalogName)).toEqual([ECA]);
        expect(inOrgWay(report).verdict).toBe('blocked');
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
        expect(unknown.map((f) => f.catalogName)).toEqual([ECA]);
        expect(unknown[0]?.evidence[0]).toContain(missingFields.join(', '));
        expect(unknown[0]?.evidence[1]).toBe(`Reader: ${snapshot.apps.reason ?? ''}`);
        expect(unknown[0]?.remediation[0]?.text).toBe('Look for Jetstream for Salesforce in Setup: External Client App Manager.');
        const way = inOrgWay(report);
        expect(way.verdict).toBe('cannotDetermine');
        const installStep = way.reasons.find((r) => r.question === 'Is Jetstream for Salesforce installed?');
        expect(installStep?.answer).toBe('unknown');
        expect(installStep?.detail).toContain(`(${missingFields.join(', ')})`);
    });

    it('leaves the connected apps as read: their install states and findings do not change', () => {
        const before = reportOf('prod-nothing-installed');
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
        expect(unknown.map((f) => f.catalogName)).toEqual([ECA]);
        expect(unknown[0]?.evidence).toEqual([
            'External Client App OAuth policies could not be read in this org (ExtlClntAppOauthPlcyCnfg): the Permitted Users policy is unknown.'
        ]);
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
