// LoginHistory status "Restricted Time": the user's profile restricts Login Hours and the sign-in came outside them.
// That is a profile setting of its own, not an IP restriction: the sign-in finding, the OAuth error decoder and the
// user check say so and point to Setup > Profiles > <profile> > Login Hours.
import { decodeOAuthError } from '../oauthErrors';
import { RULES } from '../rules';
import type { OrgSnapshot, SignInOutcome } from '../snapshot';
import { SOURCES } from '../sources';
import { DESKTOP, WEB, clone, findingsOf, firedFor, loadSnapshot, reportOf, userReportOf } from './engineTestKit';

const SCENARIO = 'prod-ready-least-privilege';

function signIn(application: string, status: string, attempts = 3): SignInOutcome {
    return {
        application,
        status,
        userId: '005000000000RTAAA1',
        userName: 'Robert Thorn',
        attempts,
        lastAttempt: '2026-11-27T22:40:00.000Z'
    };
}

function withSignIns(...rows: SignInOutcome[]): OrgSnapshot {
    const s = clone(loadSnapshot(SCENARIO));
    s.signIns.data = [...(s.signIns.data ?? []), ...rows];
    return s;
}

describe('LoginHistory "Restricted Time" in the org report', () => {
    it('is explained by the Login Hours rule, not by the IP check', () => {
        const report = reportOf(withSignIns(signIn('Jetstream Desktop', 'Restricted Time')));
        const [failures] = findingsOf(report, 'signin.failures');
        expect(failures?.howWeKnow.evidence).toEqual(['Robert Thorn: 3 attempts “Restricted Time”, last 2026-11-27.']);
        expect(failures?.items[0]?.detail).toBe('1 user, 3 failed attempts; likely cause: outside the Login Hours of their profile.');
        expect(failures?.items[0]?.detail).not.toContain('IP restriction');
    });

    it('control: "Restricted IP" stays with the IP check', () => {
        const [failures] = findingsOf(reportOf(withSignIns(signIn('Jetstream Desktop', 'Restricted IP'))), 'signin.failures');
        expect(failures?.items[0]?.detail).toContain('likely cause: an IP restriction');
    });

    it('fires its own finding with the profile Login Hours step and the Salesforce source', () => {
        const report = reportOf(withSignIns(signIn('Jetstream Desktop', 'Restricted Time'), signIn('Jetstream', 'Restricted Time', 1)));
        expect(firedFor(report, 'signin.outside-login-hours')).toEqual([DESKTOP, WEB]);
        const [desktop] = findingsOf(report, 'signin.outside-login-hours');
        expect(desktop?.severity).toBe('info');
        expect(desktop?.title).toBe('2 users refused sign-in to Jetstream and Jetstream Desktop outside Login Hours');
        expect(desktop?.howWeKnow.evidence).toContain('Robert Thorn: 3 attempts “Restricted Time”, last 2026-11-27.');
        expect(desktop?.explanation).toContain('Login Hours');
        expect(desktop?.explanation).toContain('not an IP range');
        expect(desktop?.remediation[0]).toEqual({
            text: 'Setup > Profiles > <the profile of each user listed> > Login Hours: widen the hours, or click Clear all times to allow logging in at any time.',
            link: { label: 'Setup: Profiles', url: '/lightning/setup/EnhancedProfiles/home', kind: 'setup' }
        });
        expect(desktop?.remediation.map((step) => step.text).join(' ')).not.toMatch(/IP Relaxation|Login IP Ranges/);
        expect(desktop?.howWeKnow.source).toEqual(SOURCES.loginHours);
    });

    it('stays silent for other failures and for successful sign-ins', () => {
        const report = reportOf(
            withSignIns(
                signIn('Jetstream Desktop', 'Restricted IP'),
                signIn('Jetstream', 'Success'),
                signIn('Jetstream', 'Invalid Password')
            )
        );
        expect(firedFor(report, 'signin.outside-login-hours')).toEqual([]);
    });

    it('cites the Salesforce help page on profile Login Hours in the rule data', () => {
        const rule = RULES.find((r) => r.id === 'signin.outside-login-hours');
        expect(rule?.source.url).toContain('users_profiles_epui_login_hours_edit');
        expect(rule?.remediationSummary).toContain('Setup > Profiles > <profile> > Login Hours');
    });
});

describe('the OAuth error decoder on "Restricted Time"', () => {
    it('decodes the Login History status to Login Hours with the profile step', () => {
        const decoded = decodeOAuthError('Restricted Time', loadSnapshot(SCENARIO));
        expect(decoded.id).toBe('oauth.login-hours');
        expect(decoded.matched).toBe(true);
        expect(decoded.cause).toContain('Login Hours');
        expect(decoded.fix[0]).toEqual({
            text: 'Setup > Profiles > <the user’s profile> > Login Hours: widen the hours, or click Clear all times to allow logging in at any time.',
            link: { label: 'Setup: Profiles', url: '/lightning/setup/EnhancedProfiles/home', kind: 'setup' }
        });
        expect(decoded.fix.map((step) => step.text).join(' ')).toContain('not an IP range');
        // The status text is documented (Object Reference, LOGIN_STATUS values: LOGIN_ERROR_RESTRICTED_TIME, "Restricted time").
        expect(decoded.source?.url).toContain('sforce_api_objects_eventlogfile_login_status');
    });

    it('control: "Restricted IP" is not decoded as Login Hours', () => {
        expect(decodeOAuthError('Restricted IP').id).not.toBe('oauth.login-hours');
    });
});

describe('the user check on "Restricted Time"', () => {
    it('names the user’s profile in the Login Hours step', () => {
        const report = userReportOf(SCENARIO, 'robert', (facts) => {
            facts.signIns.data = [...(facts.signIns.data ?? []), signIn('Jetstream Desktop', 'Restricted Time', 2)];
        });
        const [finding] = findingsOf(report, 'user.signin-failures');
        expect(finding?.items[0]?.catalogName).toBe(DESKTOP);
        expect(finding?.items[0]?.detail).toBe('“Restricted Time”: signed in outside the Login Hours of their profile “Standard User”.');
        expect(finding?.howWeKnow.caveats[0]).toContain('LOGIN_STATUS values');
        expect(finding?.remediation[0]).toEqual({
            text: 'Setup > Profiles > Standard User > Login Hours: widen the hours, or click Clear all times to allow logging in at any time.',
            link: { label: 'Setup: Profiles', url: '/lightning/setup/EnhancedProfiles/home', kind: 'setup' }
        });
    });

    it('control: other failures keep the Login History step only', () => {
        const report = userReportOf(SCENARIO, 'robert', (facts) => {
            facts.signIns.data = [...(facts.signIns.data ?? []), signIn('Jetstream Desktop', 'Restricted IP', 2)];
        });
        const [finding] = findingsOf(report, 'user.signin-failures');
        expect(finding?.remediation.map((step) => step.text)).toEqual(['Open Login History.']);
    });
});
