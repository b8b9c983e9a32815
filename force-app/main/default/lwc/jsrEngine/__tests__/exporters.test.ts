import { reportToMarkdown, reportToCsv, csvField, toCsv, escapeMarkdown, absoluteUrl, sentences, CSV_TABLES } from '../exporters';
import type { AppVerdict, Finding, ReadinessReport, UserReport } from '../report';

// A hand-built report: the exporters are formatters of the ReadinessReport shape, tested independently of the rules.
function finding(overrides: Partial<Finding>): Finding {
    return {
        ruleId: 'app.not-installed',
        severity: 'error',
        title: 'Jetstream is not installed',
        catalogName: 'Jetstream_Web',
        explanation: 'New users cannot connect.',
        evidence: ['No ConnectedApplication named Jetstream'],
        remediation: [
            {
                text: 'Install Jetstream.',
                link: {
                    label: 'Install Jetstream',
                    url: 'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF',
                    kind: 'install'
                }
            },
            {
                text: 'Then set Permitted Users.',
                link: { label: 'Manage Connected Apps', url: '/lightning/setup/ConnectedApplication/home', kind: 'setup' }
            },
            { text: 'Tell the team.', link: null }
        ],
        source: {
            title: 'Salesforce help 005132365',
            url: 'https://help.salesforce.com/s/articleView?id=005132365&type=1',
            effectiveDate: '2025-09-01'
        },
        ...overrides
    };
}

function app(overrides: Partial<AppVerdict>): AppVerdict {
    return {
        catalogName: 'Jetstream_Web',
        label: 'Jetstream',
        kind: 'ConnectedApp',
        way: 'web',
        purpose: 'The web app.',
        install: 'notInstalled',
        permittedUsers: 'notInstalled',
        whoCanConnect: 'Only users with Approve Uninstalled Connected Apps.',
        grants: [],
        grantsReadable: true,
        grantsUnreadableReason: null,
        grantsAtLeast: false,
        refreshTokenPolicy: 'Not installed: Salesforce defaults',
        reconnectCadence: 'Users reconnect after 30 days without use.',
        sessionPolicy: 'No High Assurance requirement',
        authorizations: {
            users: 2,
            tokens: 3,
            lastUsed: '2026-11-01T00:00:00.000Z',
            appInstalled: false,
            usedButNotInstalled: true,
            atLeast: false,
            sample: [
                { userId: '005A', name: 'Dana Whitfield', username: 'dana@acme.com', lastUsed: '2026-11-01T00:00:00.000Z', useCount: 12 },
                { userId: '005B', name: '=HYPERLINK("http://evil")', username: '+cmd@acme.com', lastUsed: null, useCount: null }
            ]
        },
        installLink: {
            label: 'Install Jetstream',
            url: 'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF',
            kind: 'install'
        },
        installRecommended: true,
        manageLink: { label: 'Manage Connected Apps', url: '/lightning/setup/ConnectedApplication/home', kind: 'setup' },
        ...overrides
    };
}

function report(overrides: Partial<ReadinessReport> = {}): ReadinessReport {
    return {
        reportSchemaVersion: 1,
        capturedAt: '2026-11-20T10:00:00.000Z',
        org: { id: '00D000000000001', name: 'Acme | Corp', isSandbox: false, myDomainUrl: 'https://acme.my.salesforce.com' },
        overall: {
            verdict: 'blocked',
            score: 40,
            counts: { error: 1, warning: 1, info: 0, pass: 1 },
            headline: 'No new user can connect.'
        },
        apps: [
            app({}),
            app({
                catalogName: 'Jetstream_Desktop',
                label: 'Jetstream Desktop',
                way: 'desktop',
                install: 'installed',
                permittedUsers: 'adminApproved',
                whoCanConnect: 'Assignees of Jetstream Users.',
                grants: [
                    {
                        kind: 'PermissionSet',
                        name: 'Jetstream_Users',
                        label: 'Jetstream Users',
                        activeAssignees: 12,
                        via: 'direct',
                        componentPermissionSetName: null,
                        notes: []
                    },
                    {
                        kind: 'PermissionSetGroup',
                        name: 'Dev_Tools',
                        label: 'Dev Tools',
                        activeAssignees: 3,
                        via: 'group',
                        componentPermissionSetName: 'Jetstream_Users',
                        notes: ['group status Outdated']
                    }
                ],
                authorizations: null,
                installLink: null,
                installRecommended: false,
                grantsAtLeast: true
            }),
            app({
                catalogName: 'Jetstream_Auth',
                label: 'Jetstream Auth',
                way: 'loginWithSalesforce',
                install: 'cannotDetermine',
                permittedUsers: 'unknown',
                grants: [],
                grantsReadable: false,
                grantsUnreadableReason: 'SetupEntityAccess is not readable',
                installRecommended: false,
                authorizations: {
                    users: 1,
                    tokens: 1,
                    lastUsed: null,
                    appInstalled: false,
                    usedButNotInstalled: false,
                    atLeast: true,
                    sample: []
                }
            })
        ],
        ways: [
            {
                way: 'web',
                label: 'Web app',
                catalogName: 'Jetstream_Web',
                verdict: 'blocked',
                summary: 'Not installed.',
                reasons: [{ question: 'Is Jetstream installed?', answer: 'no', detail: 'No matching connected app.' }]
            },
            {
                way: 'inOrgPackage',
                label: 'In-org package',
                catalogName: null,
                verdict: 'cannotDetermine',
                summary: 'Unknown.',
                reasons: []
            }
        ],
        findings: [
            finding({ severity: 'pass', ruleId: 'org.read', title: 'Snapshot read in full' }),
            finding({
                severity: 'warning',
                ruleId: 'bypass.profile',
                title: 'Approve Uninstalled held through a profile',
                catalogName: null,
                evidence: [],
                remediation: []
            }),
            finding({})
        ],
        bypassPermissions: [
            {
                permission: 'canApproveUninstalledApps',
                label: 'Approve Uninstalled Connected Apps',
                determinable: true,
                holders: [
                    {
                        kind: 'Profile',
                        name: 'System Administrator',
                        label: 'System Administrator',
                        activeAssignees: 3,
                        expiringAssignees: 0,
                        isStandardSystemAdministrator: true,
                        sessionBased: false,
                        sampleUsers: [{ userId: '005A', name: 'Dana', username: 'dana@acme.com', expirationDate: null }]
                    },
                    {
                        kind: 'PermissionSet',
                        name: 'Testers',
                        label: '-Testers',
                        activeAssignees: 1,
                        expiringAssignees: 1,
                        isStandardSystemAdministrator: false,
                        sessionBased: true,
                        sampleUsers: []
                    }
                ],
                totalActiveAssignees: 4,
                advice: 'Limit it to test users.'
            },
            {
                permission: 'useAnyApiClient',
                label: 'Use Any API Client',
                determinable: false,
                holders: [],
                totalActiveAssignees: 0,
                advice: 'Not provisioned.'
            }
        ],
        sandboxRefresh: {
            isSandbox: false,
            summary: 'Install in production first.',
            checklist: ['Install Jetstream', 'Refresh sandboxes']
        },
        readerGaps: [{ permission: 'PermissionsCustomizeApplication', label: 'Customize Application', unlocks: 'all users\u2019 tokens' }],
        ...overrides
    };
}

const USER: UserReport = {
    userId: '005C',
    name: 'Priya Raman',
    username: 'priya@acme.com',
    ways: [
        {
            way: 'web',
            label: 'Web app',
            canConnect: 'no',
            chain: [{ question: 'Is Jetstream installed?', answer: 'no', detail: 'Not installed.' }],
            unblockAction: 'Install Jetstream'
        }
    ],
    findings: [finding({ ruleId: 'user.no-api', title: 'Priya lacks API Enabled', severity: 'warning' })]
};

/** Minimal RFC 4180 parser for the tests: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            } else if (ch === '"') quoted = false;
            else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') {
            row.push(field);
            field = '';
        } else if (ch === '\r' && text[i + 1] === '\n') {
            row.push(field);
            rows.push(row);
            row = [];
            field = '';
            i++;
        } else field += ch;
    }
    expect(field).toBe('');
    expect(row).toEqual([]);
    return rows;
}

function records(text: string): Record<string, string>[] {
    const [header, ...rows] = parseCsv(text);
    return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

describe('csvField', () => {
    it('quotes commas, quotes and line breaks (RFC 4180)', () => {
        expect(csvField('a,b')).toBe('"a,b"');
        expect(csvField('say "hi"')).toBe('"say ""hi"""');
        expect(csvField('two\nlines')).toBe('"two\nlines"');
        expect(csvField('plain')).toBe('plain');
        expect(csvField(null)).toBe('');
        expect(csvField(12)).toBe('12');
        expect(csvField(false)).toBe('false');
    });

    it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a formula-like cell %j', (value) => {
        expect(csvField(value).replace(/^"/, '')).toMatch(/^'/);
    });

    it('neutralises and quotes at once', () => {
        expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    });
});

describe('toCsv', () => {
    it('ends every record with CRLF', () => {
        expect(toCsv(['a', 'b'], [['1', null]])).toBe('a,b\r\n1,\r\n');
    });
});

describe('reportToCsv', () => {
    it('exports findings, most severe first, with remediation links made absolute', () => {
        const rows = records(reportToCsv(report(), 'findings'));
        expect(rows.map((row) => row.severity)).toEqual(['error', 'warning', 'pass']);
        expect(rows[0]).toMatchObject({
            ruleId: 'app.not-installed',
            app: 'Jetstream',
            catalogName: 'Jetstream_Web',
            effectiveDate: '2025-09-01'
        });
        expect(rows[0]?.remediation?.split('\n')).toEqual([
            'Install Jetstream. https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF',
            'Then set Permitted Users. https://acme.my.salesforce.com/lightning/setup/ConnectedApplication/home',
            'Tell the team.'
        ]);
        expect(rows[1]?.app).toBe('');
    });

    it('exports apps with authorization counts and grants', () => {
        const rows = records(reportToCsv(report(), 'apps'));
        expect(rows).toHaveLength(3);
        expect(rows[0]).toMatchObject({
            catalogName: 'Jetstream_Web',
            install: 'notInstalled',
            authorizedUsers: '2',
            tokens: '3',
            usedButNotInstalled: 'true',
            installRecommended: 'true',
            grantsReadable: 'true',
            grantsAreLowerBound: 'false'
        });
        expect(rows[2]).toMatchObject({
            catalogName: 'Jetstream_Auth',
            install: 'cannotDetermine',
            grantsReadable: 'false',
            usedButNotInstalled: 'false',
            countsAreLowerBounds: 'true'
        });
        expect(rows[1]).toMatchObject({
            install: 'installed',
            authorizedUsers: '',
            installLink: '',
            grants: 'PermissionSet Jetstream_Users (12 active); PermissionSetGroup Dev_Tools (3 active)',
            grantsAreLowerBound: 'true',
            installRecommended: 'false',
            manageLink: 'https://acme.my.salesforce.com/lightning/setup/ConnectedApplication/home'
        });
    });

    it('exports bypass holders, with a row for a permission that cannot be determined', () => {
        const rows = records(reportToCsv(report(), 'holders'));
        expect(rows.map((row) => [row.permission, row.determinable, row.name])).toEqual([
            ['canApproveUninstalledApps', 'true', 'System Administrator'],
            ['canApproveUninstalledApps', 'true', 'Testers'],
            ['useAnyApiClient', 'false', '']
        ]);
        expect(rows[1]?.label).toBe("'-Testers");
    });

    it('exports the authorization sample with injection neutralised', () => {
        const rows = records(reportToCsv(report(), 'authorizations'));
        expect(rows).toHaveLength(2);
        expect(rows[1]).toMatchObject({
            name: '\'=HYPERLINK("http://evil")',
            username: "'+cmd@acme.com",
            useCount: '',
            appInstalled: 'false'
        });
    });

    it('exports a header row for every table even when empty', () => {
        const empty = report({ apps: [], findings: [], bypassPermissions: [] });
        for (const table of CSV_TABLES) {
            const rows = parseCsv(reportToCsv(empty, table));
            expect(rows).toHaveLength(1);
            expect(rows[0]?.length).toBeGreaterThan(3);
        }
    });
});

describe('sentences', () => {
    it('ends each part with one full stop and skips empty parts', () => {
        expect(sentences('Expires after 30 days.', 'Users reconnect', '', 'Why?')).toBe('Expires after 30 days. Users reconnect. Why?');
    });
});

describe('escapeMarkdown and absoluteUrl', () => {
    it('escapes markup characters and flattens newlines', () => {
        expect(escapeMarkdown('a|b *c* <script> [x](y) #1\nnext')).toBe('a\\|b \\*c\\* \\<script\\> \\[x\\](y) \\#1 next');
    });

    it('makes org-relative links absolute only when a base is known', () => {
        expect(absoluteUrl('/lightning/setup/X/home', 'https://acme.my.salesforce.com/')).toBe(
            'https://acme.my.salesforce.com/lightning/setup/X/home'
        );
        expect(absoluteUrl('/lightning/setup/X/home', null)).toBe('/lightning/setup/X/home');
        expect(absoluteUrl('https://help.salesforce.com', 'https://acme.my.salesforce.com')).toBe('https://help.salesforce.com');
        expect(absoluteUrl('//evil.test/x', 'https://acme.my.salesforce.com')).toBe('//evil.test/x');
    });
});

describe('reportToMarkdown', () => {
    const markdown = reportToMarkdown(report());

    it('heads the document with the org, status and counts', () => {
        expect(markdown).toMatch(/^# Jetstream readiness: Acme \\\| Corp\n/);
        expect(markdown).toContain('- Org: Acme \\| Corp (00D000000000001), Production');
        expect(markdown).toContain('- My Domain: <https://acme.my.salesforce.com>');
        expect(markdown).toContain('- Status: **Blocked**, score 40/100. No new user can connect.');
        expect(markdown).toContain('- Findings: 1 error, 1 warning, 0 info, 1 pass');
    });

    it('has the per-app table and the ways with their reasons', () => {
        expect(markdown).toContain(
            '| App | Installed | Permitted users | Who can make a new connection | Refresh tokens | Existing authorizations |'
        );
        expect(markdown).toContain('| Jetstream | Not installed | Not installed (no policy) |');
        expect(markdown).toContain('2 users, 3 tokens (used but not installed)');
        expect(markdown).toContain('| Jetstream Desktop | Installed | Admin approved users are pre-authorized |');
        expect(markdown).toContain('- Granted to (at least these: the list was cut): PermissionSet Jetstream Users: 12 active;');
        expect(markdown).toContain('PermissionSetGroup Dev Tools: 3 active, through Jetstream\\_Users (group status Outdated)');
        expect(markdown).toContain('- Granted to: cannot be determined (SetupEntityAccess is not readable)');
        expect(markdown).toContain('| Jetstream Auth | Cannot determine | Unknown |');
        expect(markdown).toContain('at least 1 user, 1 token |');
        expect(markdown).toContain(
            '- Next step: install it: [Install Jetstream](<https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF>)'
        );
        expect(markdown.match(/- Next step: install it/g)).toHaveLength(1);
        expect(markdown).toContain('| Web app | Blocked | Not installed. |');
        expect(markdown).toContain('- Is Jetstream installed? No. No matching connected app.');
    });

    it('lists findings most severe first with remediation links made absolute and a dated source', () => {
        const errorAt = markdown.indexOf('### Error: Jetstream is not installed');
        const warningAt = markdown.indexOf('### Warning: Approve Uninstalled held through a profile');
        expect(errorAt).toBeGreaterThan(0);
        expect(warningAt).toBeGreaterThan(errorAt);
        expect(markdown).toContain(
            '2. Then set Permitted Users. [Manage Connected Apps](<https://acme.my.salesforce.com/lightning/setup/ConnectedApplication/home>)'
        );
        expect(markdown).toContain(
            'Source: [Salesforce help 005132365](<https://help.salesforce.com/s/articleView?id=005132365&type=1>), effective 2025-09-01'
        );
        expect(markdown).toContain('### Checks that passed\n\n- Snapshot read in full (`org.read`)');
    });

    it('lists bypass holders, says when they cannot be determined, and renders the sandbox checklist', () => {
        expect(markdown).toContain(
            '| Profile | System Administrator | 3 | 0 | the standard System Administrator profile (identified as the standard profile with Modify All Data) | dana@acme.com |'
        );
        expect(markdown).toContain('| PermissionSet | -Testers | 1 | 1 | session-based | - |');
        expect(markdown).toContain('Holders cannot be determined.');
        expect(markdown).toContain(
            '## Sandbox refresh\n\nInstall in production first.\n\n- [ ] Install Jetstream\n- [ ] Refresh sandboxes'
        );
        expect(markdown).toContain('| PermissionsCustomizeApplication | Customize Application | all users’ tokens |');
    });

    it('uses an explicit base URL for Setup links and leaves them relative when none is known', () => {
        expect(reportToMarkdown(report(), null, { baseUrl: 'https://acme.lightning.force.com' })).toContain(
            '(<https://acme.lightning.force.com/lightning/setup/ConnectedApplication/home>)'
        );
        const unknownOrg = reportToMarkdown(report({ org: { id: null, name: null, isSandbox: null, myDomainUrl: null } }));
        expect(unknownOrg).toContain('(</lightning/setup/ConnectedApplication/home>)');
        expect(unknownOrg).toContain('# Jetstream readiness: unknown org');
        expect(unknownOrg).toContain('- Org: - (-), unknown org type');
        expect(unknownOrg).toContain('- My Domain: unknown');
    });

    it('appends the user check when a user report is given', () => {
        const withUser = reportToMarkdown(report(), USER);
        expect(withUser).toContain('## User check: Priya Raman (priya@acme.com)');
        expect(withUser).toContain('| Web app | No | Install Jetstream |');
        expect(withUser).toContain('#### Warning: Priya lacks API Enabled');
        expect(markdown).not.toContain('## User check');
    });

    it('says so when nothing needs attention and omits empty sections', () => {
        const clean = reportToMarkdown(
            report({
                findings: [],
                readerGaps: [],
                bypassPermissions: [
                    {
                        permission: 'canApproveUninstalledApps',
                        label: 'Approve Uninstalled Connected Apps',
                        determinable: true,
                        holders: [],
                        totalActiveAssignees: 0,
                        advice: 'ok'
                    }
                ]
            })
        );
        expect(clean).toContain('No errors, warnings or notes.');
        expect(clean).toContain('No profile, permission set or group holds it.');
        expect(clean).not.toContain('## What this read could not see');
        expect(clean).not.toContain('### Checks that passed');
    });
});
