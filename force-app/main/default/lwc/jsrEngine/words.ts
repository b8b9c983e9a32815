// English wording shared by the rules, the way chains, the user check and the exports: counts, lists, kinds of
// assignable, permission and section labels, the refresh-token policy in Setup's words. No decision is made here.
import { IDLE_LIMIT_DAYS, periodDays, type BypassFacts, type RefreshPolicy, type SnapshotSectionName } from './facts';
import type { Answer, CanConnect, Severity, Usage, Verdict } from './report';
import type { Assignable } from './snapshot';

export function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "a, b and c". */
export function joinAnd(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "a, b and 3 more". */
/** Up to `max` names, then how many more of `total` (when the names are a sample of a larger count). */
export function listNames(names: readonly string[], max = 5, total = names.length): string {
    const shown = names.slice(0, max);
    const more = total - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

export function kindWord(kind: Assignable['kind']): string {
    return kind === 'Profile' ? 'profile' : kind === 'PermissionSet' ? 'permission set' : 'permission set group';
}

/** profile “Sales”, permission set “Jetstream Users”. */
export function assignableWords(a: Pick<Assignable, 'kind' | 'label'>): string {
    return `${kindWord(a.kind)} “${a.label}”`;
}

/** How the standard System Administrator profile is identified, in the words users see. */
export const STANDARD_SYS_ADMIN_HOW = 'identified as the standard profile with Modify All Data';
export const STANDARD_SYS_ADMIN_WORDS = `the standard System Administrator profile (${STANDARD_SYS_ADMIN_HOW})`;

export const SECTION_LABELS: Record<SnapshotSectionName, string> = {
    org: 'Organization details',
    runningUser: 'Your own permissions',
    catalog: 'Jetstream app catalog (Custom Metadata)',
    apps: 'Installed connected apps and external client apps',
    grants: 'Profiles, permission sets and groups granted each app',
    permissionHolders: 'Holders of API Enabled and the bypass permissions',
    authorizations: 'Existing Jetstream authorizations (OAuth tokens)',
    signIns: 'Recent Jetstream sign-ins (Login History)',
    frozenUsers: 'Frozen users (User Login)',
    signInRefusals: 'Sign-ins refused by IP ranges or login hours (Login History)'
};

/** Labels of the org permissions the snapshot names (UserPermissionAccess / PermissionSet field names). */
export const PERMISSION_LABELS: Record<string, string> = {
    PermissionsViewSetup: 'View Setup and Configuration',
    PermissionsCustomizeApplication: 'Customize Application',
    PermissionsManageUsers: 'Manage Users',
    PermissionsModifyAllData: 'Modify All Data',
    PermissionsManageRemoteAccess: 'Manage Connected Apps',
    PermissionsApiEnabled: 'API Enabled',
    PermissionsCanApproveUninstalledApps: 'Approve Uninstalled Connected Apps',
    PermissionsUseAnyApiClient: 'Use Any API Client',
    PermissionsMonitorLoginHistory: 'Monitor Login History'
};

export function permissionLabel(apiName: string): string {
    return PERMISSION_LABELS[apiName] ?? apiName.replace(/^Permissions/, '');
}

/** Why a bypass permission without holders is not "nobody": the reader's list was capped. */
export function cappedWithoutHolderWords(b: BypassFacts): string {
    return `among the first ${b.holdersRead} profiles, permission sets and groups read (list capped)`;
}

/** "30 days", or "30" when the API does not expose the unit (connected apps; the caveat says so). */
function periodWords(period: number, unit: string | null): string {
    if (unit) return `${period} ${unit.toLowerCase().replace(/s$/, period === 1 ? '' : 's')}`;
    return String(period);
}

/** The refresh-token policy as Setup words it, and how often users reconnect under it. */
export interface RefreshWords {
    description: string;
    cadence: string;
    /** What is assumed in reading it (empty when nothing is). */
    caveats: string[];
}

const UNIT_CAVEAT =
    'The API does not expose the unit of a connected app’s refresh token period (hours, days or months): check it on the app’s page.';
const ENCODING_CAVEAT =
    'Read from RefreshTokenValidityPeriod: an empty value is read as “valid until revoked” and 0 as “expire immediately” (no document states this encoding).';

export function refreshWords(policy: RefreshPolicy): RefreshWords {
    const caveats = policy.encodingAssumed ? [ENCODING_CAVEAT] : [];
    const p = policy.period ?? 0;
    const d = policy.period === null ? null : periodDays(p, policy.unit);
    if (policy.period !== null && policy.unit === null && (policy.kind === 'lifetime' || policy.kind === 'inactivity'))
        caveats.push(UNIT_CAVEAT);
    const amount = periodWords(p, policy.unit);
    const unitless = policy.unit === null ? ' (unit not shown by the API)' : '';
    switch (policy.kind) {
        case 'notInstalled':
            return {
                description: 'Not installed: the publisher’s default policy applies to existing tokens.',
                cadence: `Existing connections stop after ${IDLE_LIMIT_DAYS} days without use; reconnecting then needs the app installed.`,
                caveats
            };
        case 'unknown':
            return {
                description: 'Cannot determine: the refresh token policy could not be read.',
                cadence: `Cannot determine; at the latest users reconnect after ${IDLE_LIMIT_DAYS} days without use.`,
                caveats
            };
        case 'untilRevoked':
            return {
                description: 'Refresh token is valid until revoked',
                cadence: `Users reconnect after ${IDLE_LIMIT_DAYS} days without using it (the idle limit Jetstream set on its apps applies under “valid until revoked”).`,
                caveats
            };
        case 'immediate':
            return {
                description: 'Expire refresh token immediately',
                cadence: 'Users reconnect every time: Jetstream cannot stay connected between sessions.',
                caveats
            };
        case 'inactivity':
            return {
                description: `Expire refresh token if not used for ${amount}${unitless}`,
                cadence:
                    d !== null && d > IDLE_LIMIT_DAYS
                        ? `Users reconnect after ${IDLE_LIMIT_DAYS} days without use (the idle limit is shorter than the ${amount} policy).`
                        : d !== null
                          ? `Users reconnect after ${amount} without use.`
                          : `Users reconnect after ${amount}${unitless} without use, at the latest after ${IDLE_LIMIT_DAYS} days without use.`,
                caveats
            };
        default:
            return {
                description: `Expire refresh token after ${amount}${unitless}`,
                cadence:
                    d !== null && d <= IDLE_LIMIT_DAYS
                        ? `Users reconnect every ${amount}, even when they use Jetstream daily.`
                        : `Users reconnect every ${amount}${unitless} even when they use Jetstream daily, and after ${IDLE_LIMIT_DAYS} days without use.`,
                caveats
            };
    }
}

export const VERDICT_LABELS: Record<Verdict, string> = {
    ready: 'Ready',
    actionNeeded: 'Action needed',
    blocked: 'Blocked',
    cannotDetermine: 'Cannot determine',
    notApplicable: 'Not applicable',
    notUsed: 'Not used'
};

export const SEVERITY_LABELS: Record<Severity, string> = {
    error: 'Error',
    warning: 'Warning',
    recommendation: 'Recommendation',
    info: 'Info'
};

export const ANSWER_LABELS: Record<Answer, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown', notApplicable: 'Not applicable' };

export const CAN_CONNECT_LABELS: Record<CanConnect, string> = {
    yes: 'Can connect',
    no: 'Cannot connect',
    unknown: 'Cannot determine',
    notApplicable: 'Not applicable'
};

export const USAGE_LABELS: Record<Usage, string> = {
    expected: 'Expected',
    inUse: 'In use',
    notUsed: 'Not used',
    notApplicable: 'Not applicable'
};
