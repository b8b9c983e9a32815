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
    textOf,
    userReportOf,
    withUnavailable,
    withUsage
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

const STARK_WITHOUT_ACTIVITY: Case = {
    label: 'prod-tokens-uninstalled-apps without the activity call (the catalog’s own app still read)',
    snapshot: () => withUnavailable(loadSnapshot('prod-tokens-uninstalled-apps'), 'appsInUse', 'PermissionsCustomizeApplication')
};

const ORG_RULES: OrgRuleExpectation[] = [
    {
        rule: 'org.other-apps-not-installed',
        fires: [
            ['prod-tokens-uninstalled-apps', ['Acme_Field_Sync', null]],
            [STARK_WITHOUT_ACTIVITY, ['Acme_Field_Sync']]
        ],
        silent: ['prod-ready-least-privilege', 'prod-admin-approved-no-grants']
    },
    {
        rule: 'reader.section-unavailable',
        fires: [['prod-reader-without-view-setup', [null]]],
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
    { rule: 'app.high-assurance', fires: [['prod-admin-approved-with-grants', [WEB]]], silent: ['prod-ready-least-privilege'] },
    { rule: 'app.ip-manual-check', fires: [['prod-ready-least-privilege', [DESKTOP, WEB]]], silent: ['prod-nothing-installed'] },
    {
        rule: 'app.frozen-users',
        fires: [['prod-frozen-and-ip-refused', [DESKTOP, WEB]]],
        silent: ['prod-ready-least-privilege', 'prod-reader-without-view-setup']
    },
    {
        rule: 'org.mfa-check',
        fires: [
            ['prod-ready-least-privilege', [null]],
            ['sandbox-not-installed', [null]]
        ],
        silent: [
            {
                label: 'prod-nothing-installed with every way marked not used',
                snapshot: () =>
                    [WEB, DESKTOP, AUTH].reduce((s, name) => withUsage(s, name, 'notUsed'), loadSnapshot('prod-nothing-installed'))
            }
        ]
    },
    {
        rule: 'signin.ip-refused',
        fires: [['prod-frozen-and-ip-refused', [WEB]]],
        silent: ['prod-ready-least-privilege', 'prod-admin-approved-no-grants']
    },
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
    {
        rule: 'eca.not-installed',
        fires: [
            [
                {
                    label: 'prod-nothing-installed, in-org package marked expected',
                    snapshot: () => withUsage(loadSnapshot('prod-nothing-installed'), ECA, 'expected')
                },
                [ECA]
            ]
        ],
        // The package default is "not used": an org that does not use the in-org package never sees it.
        silent: ['prod-admin-approved-with-grants', 'prod-nothing-installed']
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
        rule: 'user.frozen',
        fires: [['prod-frozen-and-ip-refused', 'deckard', [null]]],
        silent: [['prod-frozen-and-ip-refused', 'rachael']]
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
        expect(byId.get('app.refresh-immediate')?.source.url).toContain('connected_app_limit_idle_ttl');
        expect(byId.get('signin.failures')?.source.url).toContain('000212208');
    });
});

function rowOf(report: ReturnType<typeof reportOf>, ruleId: string, catalogName: string | null) {
    for (const f of findingsOf(report, ruleId)) {
        const item = f.items.find((i) => i.catalogName === catalogName);
        if (item) return { finding: f, item };
    }
    return undefined;
}

describe('finding content', () => {
    it('not installed: one finding, a row per app with its install link, who can still connect, how we know', () => {
        const report = reportOf('prod-nothing-installed');
        const findings = findingsOf(report, 'app.not-installed');
        expect(findings).toHaveLength(1);
        const [finding] = findings;
        expect(finding?.title).toBe('Jetstream, Jetstream Desktop and Jetstream Auth are not installed');
        expect(finding?.severity).toBe('warning');
        expect(finding?.explanation).toContain('only the 3 users holding Approve Uninstalled Connected Apps');
        expect(finding?.explanation).toContain('System administrators are not exempt');
        expect(RULES.find((r) => r.id === 'app.not-installed')?.description).toContain(
            'Existing authorizations keep working (except apps that use the OAuth 2.0 device flow; Jetstream’s docs say it does not) until it goes 30 days unused (the idle limit Jetstream set on its apps) or is revoked: by the user, by an admin, or by Salesforce, which since April 2026 revokes every refresh token of a user it freezes.'
        );
        expect(finding?.howWeKnow.evidence.join('\n')).toContain(
            'Approve Uninstalled Connected Apps: 3 active users through “System Administrator”.'
        );
        expect(finding?.howWeKnow.evidence.join('\n')).toContain('Nobody holds an existing authorization.');
        expect(finding?.items[0]?.links[0]).toEqual({
            label: 'Install Jetstream',
            url: 'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF',
            kind: 'install'
        });
        expect(finding?.remediation.some((step) => step.link?.url === '/lightning/setup/ConnectedAppsUsage/home')).toBe(true);
    });

    it('not installed with nobody able to bypass: an error that says nobody can connect', () => {
        const [finding] = findingsOf(reportOf('sandbox-missing-approve-permission'), 'app.not-installed');
        expect(finding?.severity).toBe('error');
        expect(finding?.explanation).toContain('Today nobody can make a new connection');
    });

    it('used but not installed: who is still connected, the OAuth Usage bug and, in a sandbox, the license fix', () => {
        const report = reportOf('prod-tokens-uninstalled-apps');
        const web = rowOf(report, 'app.used-not-installed', WEB);
        expect(web?.finding.title).toBe('10 users connected to Jetstream and Jetstream Desktop, which are not installed');
        expect(web?.item.detail).toMatch(/^9 users still connected/);
        expect(web?.finding.howWeKnow.evidence[0]).toContain(
            '9 users hold 10 existing authorizations (last used 2026-11-27): Tony Marsh, Ana Lima'
        );
        expect(web?.finding.explanation).toContain('may not appear on Connected Apps OAuth Usage');
        expect(textOf(web!.finding)).not.toContain('Match Production Licenses');
        const [sandbox] = findingsOf(reportOf('sandbox-not-installed'), 'app.used-not-installed');
        expect(sandbox?.remediation.some((step) => step.text.includes('Match Production Licenses'))).toBe(true);
        expect(sandbox?.remediation[0]?.link?.url).toMatch(
            /^https:\/\/acme--uat\.sandbox\.my\.salesforce\.com\/identity\/app\/AppInstallApprovalPage\.apexp\?app_id=0Ci4S000000CaUB/
        );
    });

    it('holders list capped with no holder found: cannot determine who may bypass, never "nobody"', () => {
        const capped = loadSnapshot('sandbox-missing-approve-permission');
        capped.permissionHolders.truncated = true;
        const report = reportOf(capped);
        const [notInstalled] = findingsOf(report, 'app.not-installed');
        expect(notInstalled?.severity).toBe('warning');
        expect(notInstalled?.explanation).not.toMatch(/nobody/i);
        expect(notInstalled?.howWeKnow.evidence).toContain(
            'No holder of Approve Uninstalled Connected Apps among the holders read (list capped): cannot determine.'
        );
        expect(findingsOf(report, 'org.sandbox-approve-missing')[0]?.items[0]?.detail).toBe(
            'No holder among the first 2 profiles, permission sets and groups read (list capped).'
        );
        const web = report.ways.find((w) => w.way === 'web');
        expect(web?.verdict).toBe('actionNeeded');
        expect(web?.reasons.find((step) => step.question === 'Does anyone hold Approve Uninstalled Connected Apps?')?.answer).toBe(
            'unknown'
        );
        expect(web?.summary).not.toMatch(/nobody/i);
        expect(report.apps.find((a) => a.catalogName === WEB)?.whoCanConnect).not.toMatch(/nobody/i);
        const [approve] = report.bypassPermissions;
        expect(approve?.determinable).toBe(false);
        expect(approve?.advice).toBe(
            'None among the first 2 profiles, permission sets and groups read (list capped): who holds it cannot be determined (not “nobody”).'
        );
        // Read in full, the same org is blocked: nobody.
        expect(findingsOf(reportOf('sandbox-missing-approve-permission'), 'app.not-installed')[0]?.explanation).toContain('Today nobody');
    });

    it('used but not installed with every token idle (a never-used one by its creation date): says none keeps working', () => {
        const snapshot = loadSnapshot('prod-tokens-uninstalled-apps');
        for (const group of snapshot.authorizations.data ?? []) {
            if (group.appName !== 'Jetstream Desktop') continue;
            // Jim Rhodes' only Desktop token, never used: its last use is its creation, 2025-07-07.
            for (const use of group.uses) use.lastUse = '2025-07-07T09:00:00.000Z';
            for (const t of group.sample) t.lastUsedDate = null;
        }
        const desktop = rowOf(reportOf(snapshot), 'app.used-not-installed', DESKTOP);
        expect(desktop?.item.detail).toBe(
            '1 user connected before, all unused for more than 30 days: probably expired, none keeps working.'
        );
        expect(desktop?.finding.howWeKnow.caveats[0]).toContain('OauthToken.LastUsedDate');
    });

    it('sandbox not installed: here now (lost at the next refresh) and in production before the next refresh', () => {
        const [finding] = findingsOf(reportOf('sandbox-not-installed'), 'app.not-installed');
        const texts = finding?.remediation.map((step) => step.text) ?? [];
        expect(texts[0]).toBe('Install Jetstream in this sandbox now (lost at its next refresh).');
        expect(finding?.remediation[0]?.link?.url).toContain('https://acme--uat.sandbox.my.salesforce.com/');
        expect(texts[1]).toContain('in production before the next refresh');
        expect(finding?.remediation[1]?.link?.url).toBe(
            'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF'
        );
    });

    it('self-authorize: a recommendation for a dedicated Jetstream Users permission set, never action needed', () => {
        const report = reportOf('prod-all-installed-self-authorize');
        const [finding] = findingsOf(report, 'app.self-authorize');
        expect(finding?.severity).toBe('recommendation');
        expect(finding?.explanation).toContain('broader than most orgs need');
        expect(finding?.remediation.map((step) => step.text).join(' ')).toContain('“Jetstream Users” permission set');
        expect(finding?.howWeKnow.evidence[0]).toBe(
            'API Enabled is granted by 3 profiles, permission sets or groups (up to 258 active users); the largest: “Standard User” (251), “System Administrator” (5), “Integration Admin” (2).'
        );
        expect(rowOf(report, 'app.self-authorize', AUTH)?.item.detail).toBe('Any active user can log in to Jetstream with it.');
        expect(report.overall.verdict).toBe('ready');
    });

    it('custom admin profiles: a row per profile, saying clones of System Administrator did not get the permission', () => {
        const [finding] = findingsOf(reportOf('prod-nothing-installed'), 'bypass.custom-admin-lacks-approve');
        expect(finding?.explanation).toContain('including clones of System Administrator');
        expect(finding?.items[0]?.label).toBe('profile “Acme Admin”');
        expect(finding?.items[0]?.links[0]?.url).toMatch(/^\/lightning\/setup\/EnhancedProfiles\/page\?address=%2F00e/);
    });

    it('Approve Uninstalled field absent: cannot determine, never nobody', () => {
        const report = reportOf('prod-approve-field-missing');
        expect(findingsOf(report, 'bypass.approve-field-missing')[0]?.explanation).toContain('not “nobody”');
        expect(findingsOf(report, 'app.not-installed')[0]?.explanation).toContain('who holds it cannot be read here');
    });

    it('Use Any API Client: explains the December 2025 change and flags API Access Control for a manual check', () => {
        const report = reportOf('prod-tokens-uninstalled-apps');
        const [noBypass] = findingsOf(report, 'bypass.use-any-api-client-no-bypass');
        expect(noBypass?.explanation).toContain('8 December 2025');
        expect(noBypass?.explanation).toContain('Jetstream’s own page still lists it as a bypass');
        expect(noBypass?.items.find((i) => i.label === 'permission set “API Power Users”')?.detail).toContain(
            'does not grant Approve Uninstalled Connected Apps'
        );
        const [aac] = findingsOf(report, 'org.api-access-control-provisioned');
        expect(aac?.remediation[0]?.link?.url).toBe('/lightning/setup/ApiAccessControl/home');
    });

    it('refresh policy: the cadence on the app card, the unverified unit under How we know, not in the text', () => {
        const report = reportOf('prod-all-installed-self-authorize');
        const desktop = report.apps.find((a) => a.catalogName === DESKTOP);
        expect(desktop?.reconnectCadence).toBe(
            'Users reconnect after 7 (unit not shown by the API) without use, at the latest after 30 days without use.'
        );
        expect(desktop?.caveats[0]).toContain('does not expose the unit');
        expect(JSON.stringify(report.findings)).not.toContain('unit unverified');
    });

    it('IP manual check: lists the web app’s egress IPs and says the desktop app uses the user’s network', () => {
        const report = reportOf('prod-ready-least-privilege');
        expect(rowOf(report, 'app.ip-manual-check', WEB)?.item.detail).toBe(
            'Connects from Jetstream’s servers: a profile with Login IP Ranges must include 74.220.50.22, 74.220.50.23 and 74.220.50.24.'
        );
        expect(rowOf(report, 'app.ip-manual-check', DESKTOP)?.item.detail).toContain('user’s own network');
        expect(rowOf(report, 'app.ip-manual-check', DESKTOP)?.item.detail).toContain('Jetstream’s addresses do not matter here');
        const [f] = findingsOf(report, 'app.ip-manual-check');
        expect(f?.severity).toBe('info');
        expect(f?.howWeKnow.evidence.join('\n')).toContain('Not readable with SOQL');
        expect(f?.remediation.map((r) => r.text).join('\n')).toContain('Login Hours');
        expect(f?.howWeKnow.source.effectiveDate).toBe('2026-05-28');
    });

    it('sign-in failures: who was blocked and the likely cause in words, never a rule id', () => {
        const [f] = findingsOf(reportOf('prod-admin-approved-no-grants'), 'signin.failures');
        expect(f?.title).toBe('3 users failed to sign in to Jetstream recently');
        expect(f?.severity).toBe('info');
        expect(f?.items[0]?.detail).toBe('3 users, 7 failed attempts; likely cause: nobody is pre-authorized for the app.');
        expect(f?.howWeKnow.evidence[0]).toBe('Peter Gibbons: 4 attempts “Failed: Not approved for access”, last 2026-11-27.');
        expect(findingsOf(reportOf('prod-admin-approved-with-grants'), 'signin.failures')[0]?.items[0]?.detail).toContain(
            'they are not pre-authorized'
        );
        expect(findingsOf(reportOf('sandbox-missing-approve-permission'), 'signin.failures')[0]?.items[0]?.detail).toContain(
            'not installed'
        );
    });

    it('sign-in failures the check cannot explain say so; "ip" inside a word is not an IP restriction', () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        const push = (application: string, status: string) =>
            s.signIns.data?.push({ application, status, userId: null, userName: null, attempts: 1, lastAttempt: null });
        push('Jetstream', 'Failed: Community membership required');
        push('Jetstream Desktop', 'Restricted IP');
        const report = reportOf(s);
        expect(rowOf(report, 'signin.failures', WEB)?.item.detail).toContain('a reason the check cannot infer');
        expect(rowOf(report, 'signin.failures', DESKTOP)?.item.detail).toContain('an IP restriction');
    });

    it('admin-approved external client app without grants: Use Any API Client holders still connect, a warning', () => {
        const s = clone(loadSnapshot('prod-admin-approved-with-grants'));
        s.grants.data = (s.grants.data ?? []).filter((g) => g.catalogName !== ECA);
        const holders = s.permissionHolders.data;
        if (!holders) throw new Error('fixture has holders');
        holders.fieldsAvailable.useAnyApiClient = true;
        for (const h of holders.holders) h.useAnyApiClient = h.assignable.label === 'System Administrator';
        const report = reportOf(s);
        const eca = rowOf(report, 'app.admin-approved-no-grants', ECA);
        expect(eca?.finding.severity).toBe('warning');
        expect(eca?.item.detail).toBe('Nobody is pre-authorized; only holders of Use Any API Client reach it.');
        expect(report.ways.find((w) => w.way === 'inOrgPackage')?.verdict).toBe('actionNeeded');
        const [web] = findingsOf(reportOf('prod-admin-approved-no-grants'), 'app.admin-approved-no-grants');
        expect(web?.severity).toBe('error');
        expect(web?.explanation).toContain('None with active users is, so every connection fails');
    });

    it('section unavailable: names the part, the missing permission and points to permission sets', () => {
        const report = reportOf('prod-reader-without-view-setup');
        const [f] = findingsOf(report, 'reader.section-unavailable');
        expect(f?.title).toBe('5 parts of the org could not be read');
        expect(f?.items.map((i) => i.label)).toContain('Frozen users (User Login)');
        expect(f?.items.map((i) => i.label)).toContain('Profiles, permission sets and groups granted each app');
        expect(f?.howWeKnow.evidence).toContain('Missing permission: View Setup and Configuration (PermissionsViewSetup).');
        expect(f?.remediation[0]?.text).toContain('View Setup and Configuration');
        const [partial] = findingsOf(reportOf('prod-approve-field-missing'), 'reader.section-partial');
        expect(partial?.howWeKnow.evidence).toContain('Not in this org’s describe: PermissionSet.PermissionsCanApproveUninstalledApps.');
        expect(partial?.remediation[0]?.text).toContain('cannot be read in this org');
    });

    it('truncated sections say the numbers are lower bounds', () => {
        const s = clone(loadSnapshot('prod-tokens-uninstalled-apps'));
        s.authorizations.status = 'partial';
        s.authorizations.truncated = true;
        s.authorizations.reason = null;
        const report = reportOf(s);
        const [partial] = findingsOf(report, 'reader.section-partial');
        expect(partial?.howWeKnow.evidence).toEqual(['The reader’s row cap was reached: counts are lower bounds (“at least”).']);
        expect(partial?.remediation[0]?.text).toContain('Run the check again');
        expect(findingsOf(report, 'app.used-not-installed')[0]?.howWeKnow.evidence[0]).toMatch(/^at least 9 users hold 10/);
    });

    it('an unavailable token section is never read as “nobody has connected”', () => {
        const report = reportOf(
            withUnavailable(loadSnapshot('prod-tokens-uninstalled-apps'), 'authorizations', 'PermissionsCustomizeApplication')
        );
        expect(firedFor(report, 'app.used-not-installed')).toEqual([]);
        expect(findingsOf(report, 'app.not-installed')[0]?.howWeKnow.evidence).toContain('Existing authorizations could not be read.');
        expect(report.apps.find((a) => a.catalogName === WEB)?.authorizations).toBeNull();
    });

    it('partly readable tokens: an empty list is not proof that nobody connected', () => {
        const [f] = findingsOf(reportOf('prod-reader-lacks-customize-application'), 'app.not-installed');
        expect(f?.howWeKnow.evidence).toContain(
            'No existing authorization among the tokens the check could see (only part of them were readable).'
        );
    });

    it('rows and evidence are capped for very large orgs', () => {
        const s = clone(loadSnapshot('prod-admin-approved-with-grants'));
        const base = s.grants.data?.find((g) => g.grantedTo.expiringAssignees > 0);
        if (!base) throw new Error('fixture has an expiring grant');
        for (let i = 0; i < 130; i++) {
            s.grants.data?.push({
                ...base,
                grantedTo: { ...base.grantedTo, permissionSetId: `0PS${i}`, label: `Set ${i}`, activeAssignees: i }
            });
        }
        const [expiring] = findingsOf(reportOf(s), 'grant.expiring-assignments');
        expect(expiring?.items).toHaveLength(101);
        expect(expiring?.items[100]?.label).toBe('…and 31 more');
        expect(expiring?.howWeKnow.evidence).toHaveLength(21);
    });

    it('admin-approved with grants that reach nobody: lists them and still fires', () => {
        const s = clone(loadSnapshot('prod-admin-approved-with-grants'));
        s.grants.data = (s.grants.data ?? []).filter((g) => g.catalogName !== WEB || g.grantedTo.hasActivationRequired);
        const report = reportOf(s);
        expect(rowOf(report, 'app.admin-approved-no-grants', WEB)?.finding.howWeKnow.evidence[0]).toBe(
            'Granted only to permission set “Jetstream Break Glass (session)” (2 active users, session-based).'
        );
        expect(report.ways.find((w) => w.way === 'web')?.reasons[2]?.detail).toBe(
            'Only grants without active users, or through session-based permission sets.'
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
