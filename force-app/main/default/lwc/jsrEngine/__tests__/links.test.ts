import { buildOrgFacts, daysSince, productionMyDomainUrl, refreshPolicyOf } from '../facts';
import {
    appPageLink,
    assignableLink,
    docLink,
    installLink,
    manageLink,
    SETUP_LINKS,
    setupLink,
    usageSettingLink,
    userLink
} from '../links';
import type { AppInstall } from '../snapshot';
import { refreshWords } from '../words';
import { clone, loadSnapshot } from './engineTestKit';

const ids = { label: 'Jetstream', installAppId: '0Ci4S000000CaUB', installAppOrgId: '00D4S000000pHDF' };

describe('links', () => {
    it('builds the manual install link from My Domain and the catalog ids', () => {
        expect(installLink('https://acme.my.salesforce.com/', ids)).toEqual({
            label: 'Install Jetstream',
            url: 'https://acme.my.salesforce.com/identity/app/AppInstallApprovalPage.apexp?app_id=0Ci4S000000CaUB&app_org_id=00D4S000000pHDF',
            kind: 'install'
        });
        expect(installLink(null, ids)).toBeNull();
        expect(installLink('https://acme.my.salesforce.com', { ...ids, installAppId: null })).toBeNull();
        expect(installLink('https://acme.my.salesforce.com', { ...ids, installAppOrgId: null })).toBeNull();
    });

    it('marks the Setup paths no public source confirms as unverified', () => {
        const unverified = Object.entries(SETUP_LINKS)
            .filter(([, page]) => !page.pathVerified)
            .map(([id]) => id)
            .sort();
        expect(unverified).toEqual([
            'apiAccessControl',
            'customMetadata',
            'externalClientApps',
            'identityVerification',
            'oauthUsage',
            'permissionSetGroups'
        ]);
        expect(SETUP_LINKS.oauthUsage.path).toBe('/lightning/setup/ConnectedAppsUsage/home');
        for (const page of Object.values(SETUP_LINKS)) expect(page.path).toMatch(/^\/lightning\/setup\/[A-Za-z]+\/home$/);
    });

    it('setup, doc and manage links', () => {
        expect(setupLink('profiles')).toEqual({ label: 'Setup: Profiles', url: '/lightning/setup/EnhancedProfiles/home', kind: 'setup' });
        expect(setupLink('permissionSets', 'Open')).toEqual({ label: 'Open', url: '/lightning/setup/PermSets/home', kind: 'setup' });
        expect(docLink('Help', 'https://help.salesforce.com')).toEqual({ label: 'Help', url: 'https://help.salesforce.com', kind: 'doc' });
        expect(manageLink({ kind: 'ConnectedApp', label: 'Jetstream' }).url).toBe('/lightning/setup/ConnectedApplication/home');
    });

    it('derives the production My Domain of an enhanced sandbox domain, else null', () => {
        expect(productionMyDomainUrl('https://acme--uat.sandbox.my.salesforce.com')).toBe('https://acme.my.salesforce.com');
        expect(productionMyDomainUrl('https://my-co--dev2.sandbox.my.salesforce.com/')).toBe('https://my-co.my.salesforce.com');
        expect(productionMyDomainUrl('https://acme.my.salesforce.com')).toBeNull();
        expect(productionMyDomainUrl(null)).toBeNull();
    });
});

function connectedApp(metric: boolean | null, period: number | null): AppInstall {
    return {
        catalogName: 'Jetstream_Web',
        installed: true,
        objectType: 'ConnectedApplication',
        id: '0H4',
        name: 'Jetstream',
        createdDate: null,
        lastModifiedDate: null,
        optionsAllowAdminApprovedUsersOnly: false,
        optionsRefreshTokenValidityMetric: metric,
        refreshTokenValidityPeriod: period,
        optionsHasSessionLevelPolicy: false,
        ecaPolicy: null
    };
}

function eca(type: string | null, period: number | null, unit: string | null): AppInstall {
    return {
        ...connectedApp(null, null),
        objectType: 'ExternalClientApplication',
        ecaPolicy: {
            permittedUsersPolicyType: 'AllSelfAuthorized',
            ipRelaxationPolicyType: null,
            refreshTokenPolicyType: type,
            refreshTokenValidityPeriod: period,
            refreshTokenValidityUnit: unit,
            requiredSessionLevel: null
        }
    };
}

describe('refresh token policy', () => {
    it.each<[string, AppInstall, string, string]>([
        ['CA, no metric', connectedApp(null, null), 'unknown', 'Cannot determine'],
        [
            'CA, inactivity 7',
            connectedApp(true, 7),
            'inactivity',
            'after 7 (unit not shown by the API) without use, at the latest after 30 days'
        ],
        ['CA, inactivity without a period', connectedApp(true, null), 'unknown', 'Cannot determine'],
        ['CA, until revoked', connectedApp(false, null), 'untilRevoked', 'after 30 days without using it'],
        ['CA, immediate', connectedApp(false, 0), 'immediate', 'reconnect every time'],
        ['CA, lifetime 90', connectedApp(false, 90), 'lifetime', 'every 90 (unit not shown by the API)'],
        ['ECA, infinite', eca('Infinite', null, null), 'untilRevoked', 'after 30 days without using it'],
        ['ECA, zero', eca('Zero', null, null), 'immediate', 'every time'],
        [
            'ECA, 12 hours lifetime',
            eca('SpecificLifetime', 12, 'Hours'),
            'lifetime',
            'Users reconnect every 12 hours, even when they use Jetstream daily.'
        ],
        [
            'ECA, 3 months lifetime',
            eca('SpecificLifetime', 3, 'Months'),
            'lifetime',
            'every 3 months even when they use Jetstream daily, and after 30 days without use'
        ],
        ['ECA, 1 day inactivity', eca('SpecificInactivity', 1, 'Days'), 'inactivity', 'Users reconnect after 1 day without use.'],
        [
            'ECA, 90 days inactivity',
            eca('SpecificInactivity', 90, 'Days'),
            'inactivity',
            'after 30 days without use (the idle limit is shorter than the 90 days policy)'
        ],
        ['ECA, lifetime without period', eca('SpecificLifetime', null, 'Days'), 'unknown', 'Cannot determine'],
        ['ECA, inactivity without period', eca('SpecificInactivity', null, 'Days'), 'unknown', 'Cannot determine'],
        ['ECA, unknown type', eca('Sometimes', null, null), 'unknown', 'Cannot determine'],
        ['ECA, no type', eca(null, null, null), 'unknown', 'Cannot determine'],
        ['ECA, odd unit', eca('SpecificLifetime', 5, 'Fortnights'), 'lifetime', 'every 5 fortnights']
    ])('%s', (_label, install, kind, cadence) => {
        const policy = refreshPolicyOf(install, 'installed');
        expect(policy.kind).toBe(kind);
        const words = refreshWords(policy);
        expect(words.cadence).toContain(cadence);
        expect(words.description.length).toBeGreaterThan(5);
        // A connected app's period has no unit in the API: said once, under "How we know", not in the text.
        expect(words.cadence).not.toMatch(/unverified/);
    });

    it('not installed and unknown install state', () => {
        expect(refreshPolicyOf(null, 'notInstalled').kind).toBe('notInstalled');
        expect(refreshPolicyOf(null, 'cannotDetermine').kind).toBe('unknown');
    });
});

describe('facts', () => {
    it('reads ECA permitted users and session level; unknown values stay unknown', () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        const app = s.apps.data?.find((a) => a.catalogName === 'Jetstream_In_Org_Package');
        if (!app?.ecaPolicy) throw new Error('fixture ECA');
        app.ecaPolicy.permittedUsersPolicyType = 'AllSelfAuthorized';
        app.ecaPolicy.requiredSessionLevel = 'HIGH_ASSURANCE';
        let facts = buildOrgFacts(s, new Date(s.capturedAt));
        expect(facts.appByCatalogName.get('Jetstream_In_Org_Package')?.permittedUsers).toBe('selfAuthorize');
        expect(facts.appByCatalogName.get('Jetstream_In_Org_Package')?.highAssurance).toBe(true);
        app.ecaPolicy.permittedUsersPolicyType = 'Something';
        app.ecaPolicy.requiredSessionLevel = null;
        facts = buildOrgFacts(s, new Date(s.capturedAt));
        expect(facts.appByCatalogName.get('Jetstream_In_Org_Package')?.permittedUsers).toBe('unknown');
        expect(facts.appByCatalogName.get('Jetstream_In_Org_Package')?.highAssurance).toBeNull();
    });

    it('matches tokens by app name case-insensitively, else by the installed app id, and counts the rest as unmatched', () => {
        const s = clone(loadSnapshot('prod-ready-least-privilege'));
        const web = s.apps.data?.find((a) => a.catalogName === 'Jetstream_Web');
        const base = s.authorizations.data?.[0];
        if (!web?.id || !base) throw new Error('fixture');
        const oneUse = (userId: string) => ({ uses: [{ userId, lastUse: base.uses[0]?.lastUse ?? null }], sample: [] });
        s.authorizations.data?.push({ ...base, appName: 'JETSTREAM', ...oneUse('u2') });
        s.authorizations.data?.push({ ...base, appName: 'Renamed Jetstream', applicationId: web.id.slice(0, 15), ...oneUse('u3') });
        s.authorizations.data?.push({ ...base, appName: 'Workbench', applicationId: null, ...oneUse('u4') });
        const facts = buildOrgFacts(s, new Date(s.capturedAt));
        expect(facts.appByCatalogName.get('Jetstream_Web')?.tokenUserIds.size).toBe(3);
        expect(facts.unmatchedTokens).toBe(1);
    });

    it('daysSince handles missing and invalid dates', () => {
        const now = new Date('2026-11-28T00:00:00Z');
        expect(daysSince('2026-11-01T00:00:00Z', now)).toBe(27);
        expect(daysSince(null, now)).toBeNull();
        expect(daysSince('yesterday', now)).toBeNull();
    });
});

describe('deep links to the thing itself', () => {
    it('links a connected app by its Id to its Manage page, else to the list', () => {
        const entry = { kind: 'ConnectedApp' as const, label: 'Jetstream' };
        expect(appPageLink(entry, { id: '0H44x00000eXE7dCAG' }).url).toBe(
            '/lightning/setup/ConnectedApplication/page?address=%2Fapp%2Fmgmt%2Fforceconnectedapps%2FforceAppDetail.apexp%3FconnectedAppId%3D0H44x00000eXE7dCAG'
        );
        expect(appPageLink(entry, null).url).toBe('/lightning/setup/ConnectedApplication/home');
        expect(appPageLink(entry, { id: ['javascript', 'alert(1)'].join(':') }).url).toBe('/lightning/setup/ConnectedApplication/home');
        expect(appPageLink({ kind: 'ExternalClientApp', label: 'Jetstream for Salesforce' }, { id: '0xI4x00000eXE7dCAG' }).url).toBe(
            '/lightning/setup/ManageExternalClientApplication/home'
        );
    });

    it('links a permission set to its assignments, a profile and a group to their pages', () => {
        const base = { label: 'X', permissionSetId: '0PS4x00000eXE7dCAG', parentId: null };
        expect(assignableLink({ ...base, kind: 'PermissionSet' }).url).toBe(
            '/lightning/setup/PermSets/0PS4x00000eXE7dCAG/PermissionSetAssignment/home'
        );
        expect(assignableLink({ ...base, kind: 'Profile', parentId: '00e4x00000eXE7dCAG' }).url).toBe(
            '/lightning/setup/EnhancedProfiles/page?address=%2F00e4x00000eXE7dCAG'
        );
        expect(assignableLink({ ...base, kind: 'PermissionSetGroup', parentId: '0PG4x00000eXE7dCAG' }).url).toBe(
            '/lightning/setup/PermSetGroups/page?address=%2F0PG4x00000eXE7dCAG'
        );
        expect(assignableLink({ ...base, kind: 'Profile' }).url).toBe('/lightning/setup/EnhancedProfiles/home');
    });

    it('links a user to their Setup page and the usage setting to its record or to Custom Metadata Types', () => {
        expect(userLink('0054x00000eXE7dCAG', 'Ann').url).toBe(
            '/lightning/setup/ManageUsers/page?address=%2F0054x00000eXE7dCAG%3Fnoredirect%3D1%26isUserEntityOverride%3D1'
        );
        expect(userLink(null, 'Ann').url).toBe('/lightning/setup/ManageUsers/home');
        expect(usageSettingLink('m014x00000eXE7dCAG').url).toBe('/lightning/setup/CustomMetadata/page?address=%2Fm014x00000eXE7dCAG');
        expect(usageSettingLink(null).url).toBe('/lightning/setup/CustomMetadata/home');
    });
});
