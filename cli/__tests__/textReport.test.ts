import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodedErrorToText, reportToText } from '../textReport';
import { REPO_ROOT } from '../schemaValidation';
import { decodeOAuthError, evaluateSnapshot, evaluateUser } from '../../force-app/main/default/lwc/jsrEngine/jsrEngine';
import type { OrgSnapshot, UserFacts } from '../../force-app/main/default/lwc/jsrEngine/snapshot';
import type { ReadinessReport } from '../../force-app/main/default/lwc/jsrEngine/report';

const NOW = { now: new Date('2026-11-29T00:00:00.000Z') };

function load<T>(path: string): T {
    return JSON.parse(readFileSync(join(REPO_ROOT, 'samples', path), 'utf8')) as T;
}

function reportOf(id: string): ReadinessReport {
    return evaluateSnapshot(load<OrgSnapshot>(`snapshots/${id}.json`), NOW);
}

describe('reportToText', () => {
    it('prints the org line, the status and one line per way', () => {
        const report = reportOf('sandbox-not-installed');
        const text = reportToText(report, null);
        expect(text).toMatch(/^Jetstream readiness: .+ \(00D\w+, sandbox\)\n/);
        expect(text).toContain(`Status: `);
        for (const way of report.ways) expect(text).toContain(`  ${way.label}`);
        expect(text).toMatch(/Sandbox refresh: /);
        expect(text.endsWith('\n')).toBe(true);
    });

    it('lists findings most severe first, each with its rows, with absolute Setup links and no rule ids', () => {
        const report = reportOf('prod-admin-approved-no-grants');
        const text = reportToText(report, null, 'https://base.lightning.force.com');
        const order = ['ERROR', 'WARNING', 'RECOMMENDATION', 'INFO'];
        const severities = [...text.matchAll(/^ {2}(ERROR|WARNING|RECOMMENDATION|INFO) /gm)].map((m) => m[1] ?? '');
        expect(severities).toEqual([...severities].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
        expect(text).toMatch(/-> https:\/\/base\.lightning\.force\.com\/lightning\/setup\//);
        expect(text).toContain('    - Jetstream: Nobody is pre-authorized: every connection fails.');
        expect(text).not.toMatch(/\((?:app|signin|bypass)\.[a-z-]+\)/);
    });

    it('says when nothing needs attention, when the org is unknown and when holders cannot be determined', () => {
        const report = reportOf('prod-approve-field-missing');
        const text = reportToText(
            {
                ...report,
                findings: [],
                org: { id: null, name: null, isSandbox: null, myDomainUrl: null },
                apps: report.apps.map((a) => ({ ...a, authorizations: null }))
            },
            null
        );
        expect(text).toMatch(/^Jetstream readiness: unknown org \(id unknown, org type unknown\)\nSnapshot captured [^\n]+\n/);
        expect(text).toContain('Findings\n  None.');
        expect(text).toContain('authorizations unknown');
        // Review DEF-9: the advice says why, never "(field absent)" for holders that could not be read.
        expect(text).toContain('Approve Uninstalled Connected Apps: The permission is not in this org’s describe');
        expect(text).not.toContain('(field absent)');
    });

    it('marks apps used but not installed and the install as the next step', () => {
        const report = reportOf('prod-tokens-uninstalled-apps');
        const text = reportToText(report, null);
        const used = report.apps.filter((app) => app.authorizations?.usedButNotInstalled);
        expect(used.length).toBeGreaterThan(0);
        for (const app of used) expect(text).toMatch(new RegExp(`  ${app.label}: [^\n]*\(app not installed\)`));
        expect(text).toMatch(/Install it: https:/);
        expect(text).toMatch(/^ {2}1\. Install the Jetstream apps\n {4}10 users will lose their connection/m);
    });

    it('reports what the reader could not see', () => {
        const report = reportOf('prod-reader-lacks-customize-application');
        expect(report.readerGaps.length).toBeGreaterThan(0);
        expect(reportToText(report, null)).toContain(`Not read without ${report.readerGaps[0]?.label ?? ''}`);
    });

    it('appends the user check with the chain and the unblock action', () => {
        const snapshot = load<OrgSnapshot>('snapshots/prod-nothing-installed.json');
        const facts = load<UserFacts>('users/prod-nothing-installed--priya-raman.json');
        const user = evaluateUser(snapshot, facts, NOW);
        const text = reportToText(evaluateSnapshot(snapshot, NOW), user);
        expect(text).toContain(`User check: ${user.name} (${user.username})`);
        const blocked = user.ways.find((way) => way.unblockAction !== null);
        if (blocked) expect(text).toContain(`to unblock: ${blocked.unblockAction ?? ''}`);
        expect(text).toContain(user.ways[0]?.chain[0]?.question ?? '');
    });
});

describe('reportToText: frozen users and refused sign-ins', () => {
    it('names the frozen users who connect Jetstream, with the link to unfreeze them, and the refusals by profile', () => {
        const text = reportToText(reportOf('prod-frozen-and-ip-refused'), null);
        expect(text).toContain('Frozen users: 2 users who connect Jetstream are frozen');
        expect(text).toMatch(
            / {2}- Rick Deckard \(rick\.deckard@tyrell\.com, Standard User\): signed in to Jetstream Desktop 14 times in the last 30 days -> https:\/\/tyrell\.my\.salesforce\.com\/lightning\/setup\/ManageUsers\//
        );
        expect(text).toContain(
            '  - Jetstream, profile Contractors: 2 user(s), 6 attempt(s) “Restricted IP”, “Failed: IP Address Not Allowed”'
        );
    });
});

describe('decodedErrorToText', () => {
    it('prints a recognised error with cause, fix and source', () => {
        const text = decodedErrorToText(decodeOAuthError('OAUTH_APP_BLOCKED'), 'https://acme.lightning.force.com');
        expect(text).toMatch(/^Recognised: oauth\.app-blocked\nYou saw: OAUTH_APP_BLOCKED\n\nCause: /);
        expect(text).toContain('-> https://acme.lightning.force.com/lightning/setup/ConnectedAppsUsage/home');
        expect(text).toMatch(/\nSource: .+, effective \d{4}-\d{2}-\d{2} <https:/);
    });

    it('prints an unknown or empty input without a source', () => {
        const text = decodedErrorToText(decodeOAuthError(''), null);
        expect(text).toMatch(/^Not recognised \(unknown error\)\nYou saw: \(nothing\)/);
        expect(text).not.toContain('Source:');
    });
});
