import { RULES } from '../rules';
import type { OrgSnapshot } from '../snapshot';
import {
    AUTH,
    DESKTOP,
    ECA,
    WEB,
    clone,
    findingsOf,
    firedFor,
    loadSnapshot,
    reportOf,
    userReportOf,
    withUnavailable
} from './engineTestKit';

type Case = string | { label: string; snapshot: () => OrgSnapshot };

interface OrgRuleExpectation {
    rule: string;
    fires: [Case, (string | null)[]][];
    silent: Case[];
}

function allInstalled(scenario: string): OrgSnapshot {
    const s = clone(loadSnapshot(scenario));
    for (const app of s.apps.data ?? []) {
        app.installed = true;
        app.objectType = app.catalogName === ECA ? 'ExternalClientApplication' : 'ConnectedApplication';
        app.id = `0H45g00000Test${app.catalogName.length}AAA`;
        app.optionsAllowAdminApprovedUsersOnly = false;
    }
    return s;
}

const APPS_UNAVAILABLE: Case = {
    label: 'prod-admin-approved-with-grants with apps unavailable',
    snapshot: () => withUnavailable(loadSnapshot('prod-admin-approved-with-grants'), 'apps', 'PermissionsViewSetup')
};
const PERMITTED_NULL: Case = {
    label: 'prod-ready-least-privilege with Permitted Users unreadable on Jetstream',
    snapshot: () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        const web = s.apps.data?.find((a) => a.catalogName === WEB);
        if (web) web.optionsAllowAdminApprovedUsersOnly = null;
        return s;
    }
};
const NOTHING_ALL_INSTALLED: Case = {
    label: 'prod-nothing-installed with every app installed',
    snapshot: () => allInstalled('prod-nothing-installed')
};

const ORG_RULES: OrgRuleExpectation[] = [
    {
        rule: 'reader.section-unavailable',
        fires: [['prod-reader-without-view-setup', [null, null, null]]],
        silent: ['prod-ready-least-privilege', 'prod-reader-lacks-customize-application']
    },
    {
        rule: 'reader.section-partial',
        fires: [
            ['prod-approve-field-missing', [null]],
            ['prod-reader-lacks-customize-application', [null]]
        ],
        silent: ['prod-ready-least-privilege']
    },
    {
        rule: 'app.install-unknown',
        fires: [[APPS_UNAVAILABLE, [AUTH, DESKTOP, ECA, WEB]]],
        silent: ['prod-nothing-installed', 'prod-ready-least-privilege']
    },
    {
        rule: 'app.not-installed',
        fires: [
            ['prod-nothing-installed', [AUTH, DESKTOP, WEB]],
            ['sandbox-not-installed', [DESKTOP, WEB]]
        ],
        silent: ['prod-ready-least-privilege', 'prod-all-installed-self-authorize']
    },
    {
        rule: 'app.used-not-installed',
        fires: [
            ['prod-tokens-uninstalled-apps', [DESKTOP, WEB]],
            ['sandbox-not-installed', [WEB]]
        ],
        silent: ['prod-nothing-installed', 'prod-all-installed-self-authorize']
    },
    {
        rule: 'app.production-not-installed',
        fires: [['prod-nothing-installed', [AUTH, DESKTOP, WEB]]],
        silent: ['sandbox-not-installed', 'prod-ready-least-privilege']
    },
    { rule: 'app.sandbox-not-installed', fires: [['sandbox-not-installed', [DESKTOP, WEB]]], silent: ['prod-nothing-installed'] },
    {
        rule: 'app.admin-approved-no-grants',
        fires: [['prod-admin-approved-no-grants', [WEB]]],
        silent: ['prod-admin-approved-with-grants', 'prod-all-installed-self-authorize']
    },
    {
        rule: 'app.permitted-users-unknown',
        fires: [
            ['prod-reader-without-view-setup', [WEB]],
            [PERMITTED_NULL, [WEB]]
        ],
        silent: ['prod-ready-least-privilege', 'prod-all-installed-self-authorize']
    },
    {
        rule: 'app.self-authorize',
        fires: [['prod-all-installed-self-authorize', [AUTH, DESKTOP, WEB]]],
        silent: ['prod-ready-least-privilege']
    },
    { rule: 'grant.session-based', fires: [['prod-admin-approved-with-grants', [WEB]]], silent: ['prod-ready-least-privilege'] },
    { rule: 'grant.group-outdated', fires: [['prod-admin-approved-with-grants', [null]]], silent: ['prod-ready-least-privilege'] },
    { rule: 'grant.expiring-assignments', fires: [['prod-admin-approved-with-grants', [null]]], silent: ['prod-ready-least-privilege'] },
    {
        rule: 'bypass.approve-field-missing',
        fires: [['prod-approve-field-missing', [null]]],
        silent: ['prod-nothing-installed', 'prod-reader-without-view-setup']
    },
    {
        rule: 'bypass.custom-admin-lacks-approve',
        fires: [
            ['prod-nothing-installed', [null]],
            ['prod-admin-approved-no-grants', [null]],
            ['sandbox-not-installed', [null]]
        ],
        silent: ['prod-ready-least-privilege', NOTHING_ALL_INSTALLED]
    },
    {
        rule: 'bypass.approve-uninstalled-broad',
        fires: [['prod-tokens-uninstalled-apps', [null]]],
        silent: ['prod-nothing-installed', 'sandbox-not-installed']
    },
    {
        rule: 'org.sandbox-approve-missing',
        fires: [['sandbox-missing-approve-permission', [null]]],
        silent: ['sandbox-not-installed', 'prod-approve-field-missing']
    },
    {
        rule: 'bypass.use-any-api-client-no-bypass',
        fires: [['prod-tokens-uninstalled-apps', [null]]],
        silent: ['prod-all-installed-self-authorize', 'prod-nothing-installed']
    },
    {
        rule: 'bypass.use-any-api-client-broad',
        fires: [['prod-tokens-uninstalled-apps', [null]]],
        silent: ['prod-all-installed-self-authorize']
    },
    {
        rule: 'org.api-access-control-provisioned',
        fires: [
            ['prod-all-installed-self-authorize', [null]],
            ['prod-tokens-uninstalled-apps', [null]]
        ],
        silent: ['prod-nothing-installed']
    },
    { rule: 'app.refresh-immediate', fires: [['prod-reader-without-view-setup', [DESKTOP]]], silent: ['prod-ready-least-privilege'] },
    {
        rule: 'app.refresh-policy',
        fires: [
            ['prod-ready-least-privilege', [AUTH, DESKTOP, ECA, WEB]],
            ['prod-reader-without-view-setup', [WEB]]
        ],
        silent: ['prod-nothing-installed']
    },
    { rule: 'app.high-assurance', fires: [['prod-admin-approved-with-grants', [WEB]]], silent: ['prod-ready-least-privilege'] },
    { rule: 'app.ip-manual-check', fires: [['prod-ready-least-privilege', [DESKTOP, WEB]]], silent: ['prod-nothing-installed'] },
    {
        rule: 'signin.failures',
        fires: [
            ['prod-admin-approved-no-grants', [WEB]],
            ['prod-admin-approved-with-grants', [DESKTOP]],
            ['sandbox-missing-approve-permission', [WEB]]
        ],
        silent: ['prod-ready-least-privilege', 'prod-all-installed-self-authorize']
    },
    {
        rule: 'signin.outside-login-hours',
        fires: [
            [
                {
                    label: 'prod-ready-least-privilege with “Restricted Time” sign-ins to Jetstream Desktop',
                    snapshot: () => {
                        const s = clone(loadSnapshot('prod-ready-least-privilege'));
                        s.signIns.data?.push({
                            application: 'Jetstream Desktop',
                            status: 'Restricted Time',
                            userId: null,
                            userName: null,
                            attempts: 2,
                            lastAttempt: null
                        });
                        return s;
                    }
                },
                [DESKTOP]
            ]
        ],
        silent: ['prod-admin-approved-no-grants', 'prod-ready-least-privilege']
    },
    { rule: 'eca.not-installed', fires: [['prod-nothing-installed', [ECA]]], silent: ['prod-admin-approved-with-grants'] },
    {
        rule: 'app.installed',
        fires: [
            ['prod-ready-least-privilege', [AUTH, DESKTOP, ECA, WEB]],
            ['prod-tokens-uninstalled-apps', [AUTH]]
        ],
        silent: ['prod-nothing-installed']
    },
    {
        rule: 'app.admin-approved-grants',
        fires: [['prod-ready-least-privilege', [AUTH, DESKTOP, ECA, WEB]]],
        silent: ['prod-admin-approved-no-grants']
    }
];

interface UserRuleExpectation {
    rule: string;
    fires: [scenario: string, who: string, apps: (string | null)[]][];
    silent: [scenario: string, who: string][];
}

const USER_RULES: UserRuleExpectation[] = [
    {
        rule: 'user.facts-unavailable',
        fires: [['prod-reader-lacks-customize-application', 'sarah', [null]]],
        silent: [['prod-reader-lacks-customize-application', 'miles']]
    },
    {
        rule: 'user.inactive',
        fires: [['prod-all-installed-self-authorize', 'omar', [null]]],
        silent: [['prod-all-installed-self-authorize', 'hiro']]
    },
    {
        rule: 'user.api-disabled',
        fires: [['prod-all-installed-self-authorize', 'lena', [null]]],
        silent: [['prod-all-installed-self-authorize', 'hiro']]
    },
    {
        rule: 'user.needs-install',
        fires: [['prod-nothing-installed', 'marcus', [AUTH, DESKTOP, WEB]]],
        silent: [['prod-nothing-installed', 'dana']]
    },
    {
        rule: 'user.not-granted',
        fires: [
            ['prod-admin-approved-no-grants', 'peter', [WEB]],
            ['prod-admin-approved-with-grants', 'albert', [AUTH, DESKTOP, ECA]]
        ],
        silent: [['prod-admin-approved-with-grants', 'jill']]
    },
    {
        rule: 'user.session-based-only',
        fires: [['prod-admin-approved-with-grants', 'rebecca', [WEB]]],
        silent: [['prod-admin-approved-with-grants', 'jill']]
    },
    {
        rule: 'user.relies-on-approve-uninstalled',
        fires: [['prod-nothing-installed', 'dana', [AUTH, DESKTOP, WEB]]],
        silent: [['prod-nothing-installed', 'marcus']]
    },
    {
        rule: 'user.relies-on-use-any-api-client',
        fires: [['prod-tokens-uninstalled-apps', 'pepper', [DESKTOP, WEB]]],
        silent: [['prod-tokens-uninstalled-apps', 'tony']]
    },
    {
        rule: 'user.existing-token-only',
        fires: [['prod-tokens-uninstalled-apps', 'tony', [WEB]]],
        silent: [['prod-tokens-uninstalled-apps', 'rhodes']]
    },
    {
        rule: 'user.group-outdated',
        fires: [['prod-admin-approved-with-grants', 'carlos', [DESKTOP, WEB]]],
        silent: [['prod-admin-approved-with-grants', 'jill']]
    },
    {
        rule: 'user.grant-expiring',
        fires: [['prod-admin-approved-with-grants', 'jill', [AUTH, DESKTOP, ECA, WEB]]],
        silent: [['prod-admin-approved-with-grants', 'carlos']]
    },
    {
        rule: 'user.signin-failures',
        fires: [['prod-admin-approved-no-grants', 'peter', [WEB]]],
        silent: [['prod-admin-approved-no-grants', 'michael']]
    },
    {
        rule: 'user.can-connect',
        fires: [['prod-all-installed-self-authorize', 'hiro', [AUTH, DESKTOP, WEB]]],
        silent: [['prod-all-installed-self-authorize', 'omar']]
    }
];

function snapshotOf(c: Case): OrgSnapshot {
    return typeof c === 'string' ? loadSnapshot(c) : c.snapshot();
}

function labelOf(c: Case): string {
    return typeof c === 'string' ? c : c.label;
}

describe('every org and app rule fires where it should and stays silent where it should not', () => {
    for (const { rule, fires, silent } of ORG_RULES) {
        for (const [c, apps] of fires) {
            it(`${rule} fires on ${labelOf(c)} for ${apps.map(String).join(', ')}`, () => {
                expect(firedFor(reportOf(snapshotOf(c)), rule)).toEqual(apps);
            });
        }
        for (const c of silent) {
            it(`${rule} stays silent on ${labelOf(c)}`, () => {
                expect(firedFor(reportOf(snapshotOf(c)), rule)).toEqual([]);
            });
        }
    }
});

describe('every user rule fires where it should and stays silent where it should not', () => {
    for (const { rule, fires, silent } of USER_RULES) {
        for (const [scenario, who, apps] of fires) {
            it(`${rule} fires for ${who} in ${scenario}`, () => {
                expect(firedFor(userReportOf(scenario, who), rule)).toEqual(apps);
            });
        }
        for (const [scenario, who] of silent) {
            it(`${rule} stays silent for ${who} in ${scenario}`, () => {
                expect(firedFor(userReportOf(scenario, who), rule)).toEqual([]);
            });
        }
    }
});

describe('the rule catalog', () => {
    it('has a fire and a silent test above for every rule', () => {
        const tested = new Set([...ORG_RULES.map((r) => r.rule), ...USER_RULES.map((r) => r.rule)]);
        expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
        for (const r of [...ORG_RULES, ...USER_RULES]) {
            expect(r.fires.length).toBeGreaterThan(0);
            expect(r.silent.length).toBeGreaterThan(0);
        }
    });

    it('gives every rule a stable unique id, static catalog text and a dated source', () => {
        const ids = RULES.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const rule of RULES) {
            expect(rule.id).toMatch(/^(reader|app|grant|bypass|org|signin|eca|user)\.[a-z-]+$/);
            expect(rule.title.length).toBeGreaterThan(5);
            expect(rule.description.length).toBeGreaterThan(40);
            expect(rule.remediationSummary.length).toBeGreaterThan(5);
            expect(rule.source.url).toMatch(/^https:\/\//);
            expect(rule.source.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(['org', 'app', 'user']).toContain(rule.scope);
        }
    });

    it('cites the December 2025 Use Any API Client change and the September 2025 restriction where they apply', () => {
        const byId = new Map(RULES.map((r) => [r.id, r]));
        expect(byId.get('bypass.use-any-api-client-no-bypass')?.source.url).toContain('005228838');
        expect(byId.get('bypass.use-any-api-client-no-bypass')?.source.effectiveDate).toBe('2025-12-08');
        expect(byId.get('app.not-installed')?.source.url).toContain('005132365');
        expect(byId.get('bypass.custom-admin-lacks-approve')?.source.url).toContain('005132365');
        expect(byId.get('app.refresh-policy')?.source.url).toContain('connected_app_limit_idle_ttl');
        expect(byId.get('signin.failures')?.source.url).toContain('000212208');
    });
});

describe('finding content', () => {
    it('not installed: names who can still connect, who holds authorizations, and gives the My Domain install link', () => {
        const [finding] = findingsOf(reportOf('prod-nothing-installed'), 'app.not-installed');
        expect(finding?.title).toBe('Jetstream is not installed');
        expect(finding?.explanation).toContain('only the 3 users holding Approve Uninstalled Connected Apps');
        expect(finding?.explanation).toContain('System administrators are not exempt');
        expect(finding?.explanation).toContain(
            'users who already authorized it keep working until their token expires or is revoked (except apps that use the OAuth 2.0 device flow; Jetstream’s docs say it does not).'
        );
        expect(RULES.find((r) => r.id === 'app.not-installed')?.description).toContain(
            'existing authorizations keep working until they expire or are revoked (except apps that use the OAuth 2.0 device flow; Jetstream’s docs say it does not).'
        );
        expect(finding?.evidence.join('\n')).toContain(
            'profile “System Administrator” (3 active users; the standard System Administrator profile, identified as the standard profile with Modify All Data)'
        );
        expect(finding?.evidence.join('\n')).toContain('Nobody holds an existing authorization.');
        expect(finding?.remediation[0]?.link).toEqual({
            label: 'Install Jetstream',
            url: 'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF',
            kind: 'install'
        });
        expect(finding?.remediation[1]?.link?.url).toBe('/lightning/setup/ConnectedAppsUsage/home');
    });

    it('not installed with nobody able to bypass: says nobody', () => {
        const [finding] = findingsOf(reportOf('sandbox-missing-approve-permission'), 'app.not-installed');
        expect(finding?.explanation).toContain('Today nobody can make a new Jetstream connection');
    });

    it('used but not installed: lists the token holders, idle tokens, the OAuth Usage bug and, in a sandbox, the license fix', () => {
        const [web] = findingsOf(reportOf('prod-tokens-uninstalled-apps'), 'app.used-not-installed').filter((f) => f.catalogName === WEB);
        expect(web?.title).toBe('Jetstream is used by 9 users but not installed');
        expect(web?.evidence[0]).toContain('9 users hold 10 existing authorizations (last used 2026-11-27): Tony Marsh, Ana Lima');
        expect(web?.explanation).toContain('may not appear on Connected Apps OAuth Usage');
        expect(web?.remediation.some((s) => s.text.includes('Match Production Licenses'))).toBe(false);
        const [sandbox] = findingsOf(reportOf('sandbox-not-installed'), 'app.used-not-installed');
        expect(sandbox?.remediation.some((s) => s.text.includes('Match Production Licenses'))).toBe(true);
        expect(sandbox?.remediation[0]?.link?.url).toMatch(
            /^https:\/\/acme--uat\.sandbox\.my\.salesforce\.com\/identity\/app\/AppInstallApprovalPage\.apexp\?app_id=0Ci4S000000CaUB/
        );
    });

    it('holders list capped with no holder found: "none among the first N read", cannot determine, never "nobody"', () => {
        const capped = loadSnapshot('sandbox-missing-approve-permission');
        capped.permissionHolders.truncated = true;
        const report = reportOf(capped);
        const [notInstalled] = findingsOf(report, 'app.not-installed');
        expect(notInstalled?.explanation).not.toMatch(/nobody/i);
        expect(notInstalled?.evidence[1]).toBe(
            'No holder of Approve Uninstalled Connected Apps among the first 2 profiles, permission sets and groups read (list capped): whether anyone holds it cannot be determined.'
        );
        const [sandbox] = findingsOf(report, 'org.sandbox-approve-missing');
        expect(sandbox?.evidence).toEqual([
            'No holder of Approve Uninstalled Connected Apps among the first 2 profiles, permission sets and groups read (list capped): whether anyone holds it cannot be determined.'
        ]);
        const web = report.ways.find((w) => w.way === 'web');
        expect(web?.reasons.find((s) => s.question === 'Does anyone hold Approve Uninstalled Connected Apps?')?.answer).toBe('unknown');
        expect(web?.summary).not.toMatch(/nobody/i);
        expect(report.apps.find((a) => a.catalogName === WEB)?.whoCanConnect).not.toMatch(/nobody/i);
        const [approve] = report.bypassPermissions;
        expect(approve?.determinable).toBe(false);
        expect(approve?.advice).toBe(
            'None among the first 2 profiles, permission sets and groups read (list capped): who holds it cannot be determined (not “nobody”).'
        );
        // Uncapped, the same org says nobody.
        expect(findingsOf(reportOf('sandbox-missing-approve-permission'), 'app.not-installed')[0]?.explanation).toContain('Today nobody');
    });

    it('used but not installed with every token idle (a never-used one by its creation date): says none keeps working', () => {
        const snapshot = loadSnapshot('prod-tokens-uninstalled-apps');
        for (const t of snapshot.authorizations.data ?? []) {
            if (t.appName !== 'Jetstream Desktop') continue;
            t.lastUsedDate = null; // Jim Rhodes' only Desktop token, created 2025-07-07
        }
        const [desktop] = findingsOf(reportOf(snapshot), 'app.used-not-installed').filter((f) => f.catalogName === DESKTOP);
        expect(desktop?.title).toBe('Jetstream Desktop is used by 1 user but not installed');
        expect(desktop?.evidence[1]).toBe('1 token unused for more than 30 days probably expired already under the idle limit.');
        expect(desktop?.explanation).toMatch(
            /^Every existing Jetstream Desktop authorization has gone unused for more than 30 days and has probably expired under the idle limit \(last use is read from OauthToken\.LastUsedDate, or CreatedDate if never used\): nobody keeps working, and reconnecting needs the app installed\./
        );
        const [web] = findingsOf(reportOf('prod-tokens-uninstalled-apps'), 'app.used-not-installed').filter((f) => f.catalogName === WEB);
        expect(web?.explanation).toMatch(/^Existing Jetstream authorizations used within the last 30 days keep working/);
    });

    it('sandbox not installed: links the production install (derived My Domain) and the sandbox install', () => {
        const [web] = findingsOf(reportOf('sandbox-not-installed'), 'app.sandbox-not-installed');
        expect(web?.remediation[0]?.link?.url).toBe(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
        expect(web?.remediation[2]?.link?.url).toContain('https://acme--uat.sandbox.my.salesforce.com/');
        expect(web?.explanation).toContain('Install Jetstream in production first');
    });

    it('admin-approved with grants: counts exactly the assignees, excluding session-based sets', () => {
        const [web] = findingsOf(reportOf('prod-admin-approved-with-grants'), 'app.admin-approved-grants').filter(
            (f) => f.catalogName === WEB
        );
        // System Administrator 4 + Jetstream Users 14 + Jetstream Power Users 5; the break-glass set (2) is session-based.
        expect(web?.title).toBe('Jetstream: only granted users can connect (up to 23 users)');
        expect(web?.evidence).toContain('permission set “Jetstream Break Glass (session)”: 2 active users (session-based: not counted).');
    });

    it('self-authorize: recommends a dedicated Jetstream Users permission set', () => {
        const [web] = findingsOf(reportOf('prod-all-installed-self-authorize'), 'app.self-authorize');
        expect(web?.explanation).toContain('broader than needed');
        expect(web?.remediation.map((s) => s.text).join(' ')).toContain('“Jetstream Users” permission set');
        expect(web?.evidence[0]).toBe('API Enabled is granted by 3 profiles, permission sets or groups (up to 258 active users).');
        const auth = findingsOf(reportOf('prod-all-installed-self-authorize'), 'app.self-authorize').find((f) => f.catalogName === AUTH);
        expect(auth?.title).toBe('Jetstream Auth: any user can log in to Jetstream with it');
        expect(auth?.explanation).toContain('every active user log in to Jetstream with Jetstream Auth');
    });

    it('custom admin profiles: says clones of System Administrator did not get the permission', () => {
        const [f] = findingsOf(reportOf('prod-nothing-installed'), 'bypass.custom-admin-lacks-approve');
        expect(f?.explanation).toContain('including those cloned from System Administrator');
        expect(f?.evidence[0]).toContain('profile “Acme Admin” (4 active users)');
    });

    it('Approve Uninstalled field absent: cannot determine, never nobody', () => {
        const report = reportOf('prod-approve-field-missing');
        const [f] = findingsOf(report, 'bypass.approve-field-missing');
        expect(f?.explanation).toContain('not “nobody”');
        const desktop = findingsOf(report, 'app.not-installed').find((x) => x.catalogName === DESKTOP);
        expect(desktop?.explanation).toContain('which cannot be listed here');
    });

    it('Use Any API Client: explains the December 2025 change and flags API Access Control for a manual check', () => {
        const report = reportOf('prod-tokens-uninstalled-apps');
        const [noBypass] = findingsOf(report, 'bypass.use-any-api-client-no-bypass');
        expect(noBypass?.explanation).toContain('8 December 2025');
        expect(noBypass?.evidence[1]).toBe('Without Approve Uninstalled Connected Apps: “API Power Users”.');
        const [aac] = findingsOf(report, 'org.api-access-control-provisioned');
        expect(aac?.remediation[0]?.link?.url).toBe('/lightning/setup/ApiAccessControl/home');
    });

    it('refresh policy: reconnect cadence in plain words, with the unverified unit said honestly', () => {
        const report = reportOf('prod-all-installed-self-authorize');
        const titles = findingsOf(report, 'app.refresh-policy').map((f) => f.title);
        expect(titles).toEqual([
            'Jetstream: users reconnect after 30 days without use',
            'Jetstream Desktop: users reconnect after 7 units (unit unverified) without use',
            'Jetstream Auth: users reconnect every 90 units (unit unverified)'
        ]);
        const desktop = report.apps.find((a) => a.catalogName === DESKTOP);
        expect(desktop?.refreshTokenPolicy).toContain('unit not exposed by the API');
    });

    it('IP manual check: lists the web app’s egress IPs and says the desktop app uses the user’s network', () => {
        const report = reportOf('prod-ready-least-privilege');
        const [web, desktop] = findingsOf(report, 'app.ip-manual-check');
        expect(web?.evidence[0]).toBe('Jetstream’s documented outbound IPs: 74.220.50.22, 74.220.50.23, 74.220.50.24.');
        expect(desktop?.evidence[0]).toContain('user’s own network');
    });

    it('sign-in failures: who was blocked and which rule explains it', () => {
        const [f] = findingsOf(reportOf('prod-admin-approved-no-grants'), 'signin.failures');
        expect(f?.title).toBe('3 users failed to sign in to Jetstream recently');
        expect(f?.evidence[0]).toBe(
            'Peter Gibbons: 4 attempts “Failed: Not approved for access”, last 2026-11-27 (explained by app.admin-approved-no-grants).'
        );
        expect(f?.explanation).toContain('nobody is pre-authorized');
        const [granted] = findingsOf(reportOf('prod-admin-approved-with-grants'), 'signin.failures');
        expect(granted?.evidence[0]).toContain('(explained by user.not-granted)');
        const [notInstalled] = findingsOf(reportOf('sandbox-missing-approve-permission'), 'signin.failures');
        expect(notInstalled?.explanation).toContain('not installed');
    });

    it('sign-in failures the check cannot explain say so', () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        s.signIns.data?.push({
            application: 'Jetstream',
            status: 'Invalid Password',
            userId: null,
            userName: null,
            attempts: 2,
            lastAttempt: null
        });
        s.signIns.data?.push({
            application: 'Jetstream Desktop',
            status: 'Restricted IP',
            userId: null,
            userName: null,
            attempts: 1,
            lastAttempt: null
        });
        const [web, desktop] = findingsOf(reportOf(s), 'signin.failures');
        expect(web?.evidence[0]).toBe('All users (not grouped by user): 2 attempts “Invalid Password” (explained by unknown).');
        expect(web?.explanation).toContain('cannot infer');
        expect(desktop?.explanation).toContain('IP restrictions');
    });

    it('admin-approved external client app without grants: Use Any API Client holders still connect, so not "every connection fails"', () => {
        const s = clone(loadSnapshot('prod-admin-approved-with-grants'));
        s.grants.data = (s.grants.data ?? []).filter((g) => g.catalogName !== ECA);
        const holders = s.permissionHolders.data;
        if (!holders) throw new Error('fixture has holders');
        holders.fieldsAvailable.useAnyApiClient = true;
        for (const h of holders.holders) h.useAnyApiClient = h.assignable.label === 'System Administrator';
        const [eca] = findingsOf(reportOf(s), 'app.admin-approved-no-grants').filter((f) => f.catalogName === ECA);
        expect(eca?.evidence).toContain('Only the 4 holders of Use Any API Client can reach this external client app.');
        expect(eca?.explanation).not.toContain('every connection fails');
        expect(eca?.explanation).toContain(
            'None with active users is, so only the 4 holders of Use Any API Client can connect (it reaches any external client app); everyone else fails'
        );
        const [web] = findingsOf(reportOf('prod-admin-approved-no-grants'), 'app.admin-approved-no-grants');
        expect(web?.explanation).toContain('None with active users is, so every connection fails');
    });

    it('a status with "ip" inside a word (membership, relationship) is not an IP restriction', () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        for (const status of ['Failed: Community membership required', 'Failed: Relationship not found']) {
            s.signIns.data?.push({ application: 'Jetstream', status, userId: null, userName: null, attempts: 1, lastAttempt: null });
        }
        const [web] = findingsOf(reportOf(s), 'signin.failures');
        expect(web?.evidence).toEqual([
            'All users (not grouped by user): 1 attempt “Failed: Community membership required” (explained by unknown).',
            'All users (not grouped by user): 1 attempt “Failed: Relationship not found” (explained by unknown).'
        ]);
        expect(web?.explanation).not.toContain('IP restrictions');
    });

    it('section unavailable: names the missing permission and points to permission sets', () => {
        const report = reportOf('prod-reader-without-view-setup');
        const grants = findingsOf(report, 'reader.section-unavailable')[0];
        expect(grants?.title).toBe('Cannot determine: Profiles, permission sets and groups granted each app could not be read');
        expect(grants?.evidence).toContain('Missing permission: View Setup and Configuration (PermissionsViewSetup).');
        expect(grants?.remediation[0]?.text).toContain('View Setup and Configuration');
        const partial = findingsOf(reportOf('prod-approve-field-missing'), 'reader.section-partial')[0];
        expect(partial?.evidence).toContain('Field absent from this org’s describe: PermissionSet.PermissionsCanApproveUninstalledApps.');
        expect(partial?.remediation[0]?.text).toContain('does not exist in this org');
    });

    it('truncated sections say the numbers are lower bounds', () => {
        const s = clone(loadSnapshot('prod-tokens-uninstalled-apps'));
        s.authorizations.status = 'partial';
        s.authorizations.truncated = true;
        s.authorizations.reason = null;
        const report = reportOf(s);
        expect(findingsOf(report, 'reader.section-partial')[0]?.evidence).toEqual([
            'The reader’s row cap was reached: counts are lower bounds (“at least”).'
        ]);
        expect(findingsOf(report, 'reader.section-partial')[0]?.remediation[0]?.text).toContain('Run the check again');
        expect(findingsOf(report, 'app.used-not-installed')[0]?.evidence[0]).toMatch(/^at least 9 users hold 10/);
        expect(findingsOf(report, 'app.used-not-installed')[1]?.evidence[0]).toMatch(/^at least 1 user holds 1 existing authorization/);
    });

    it('an unavailable token section is never read as “nobody has connected”', () => {
        const report = reportOf(
            withUnavailable(loadSnapshot('prod-tokens-uninstalled-apps'), 'authorizations', 'PermissionsCustomizeApplication')
        );
        expect(firedFor(report, 'app.used-not-installed')).toEqual([]);
        expect(findingsOf(report, 'app.not-installed')[0]?.evidence).toContain(
            'Existing authorizations could not be read (see the “cannot determine” finding).'
        );
        expect(report.apps.find((a) => a.catalogName === WEB)?.authorizations).toBeNull();
    });

    it('partly readable tokens: an empty list is not proof that nobody connected', () => {
        const report = reportOf('prod-reader-lacks-customize-application');
        const auth = findingsOf(report, 'app.not-installed').find((f) => f.catalogName === AUTH);
        expect(auth?.evidence).toContain(
            'No existing authorizations among the tokens the check could see (only part of them were readable).'
        );
    });

    it('evidence is capped for very large orgs', () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        const base = s.grants.data?.[0];
        if (!base) throw new Error('fixture has grants');
        for (let i = 0; i < 30; i++) {
            s.grants.data?.push({
                ...base,
                grantedTo: { ...base.grantedTo, permissionSetId: `0PS${i}`, label: `Set ${i}`, activeAssignees: i }
            });
        }
        const [web] = findingsOf(reportOf(s), 'app.admin-approved-grants');
        expect(web?.evidence).toHaveLength(21);
        expect(web?.evidence[20]).toBe('…and 11 more grants.');
    });

    it('admin-approved with grants that reach nobody: lists them and still fires', () => {
        const s = clone(loadSnapshot('prod-admin-approved-with-grants'));
        s.grants.data = (s.grants.data ?? []).filter((g) => g.catalogName !== WEB || g.grantedTo.hasActivationRequired);
        const [web] = findingsOf(reportOf(s), 'app.admin-approved-no-grants');
        expect(web?.evidence[0]).toBe('Granted only to permission set “Jetstream Break Glass (session)” (2 active users, session-based).');
        expect(reportOf(s).ways.find((w) => w.way === 'web')?.reasons[2]?.detail).toBe(
            'Only grants without active users or through session-based permission sets.'
        );
    });

    it('Approve Uninstalled field absent in a sandbox: suggests matching production licenses', () => {
        const s = clone(loadSnapshot('prod-approve-field-missing'));
        if (s.org.data) s.org.data.isSandbox = true;
        const [f] = findingsOf(reportOf(s), 'bypass.approve-field-missing');
        expect(f?.remediation.map((r) => r.text)).toContain(
            'In a sandbox, “Match Production Licenses to Sandbox without a Refresh” adds the permission.'
        );
        expect(firedFor(reportOf(s), 'org.sandbox-approve-missing')).toEqual([null]);
    });
});
