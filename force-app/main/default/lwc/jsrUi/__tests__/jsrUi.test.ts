import {
    answerDisplay,
    findingDisplay,
    firstFew,
    linkViews,
    usageText,
    assignableKindText,
    displayName,
    canConnectDisplay,
    errorMessage,
    formatCount,
    formatLabel,
    formatNumber,
    installDisplay,
    linkView,
    pageOf,
    pageRange,
    permittedUsersText,
    safeUrl,
    severityDisplay,
    verdictDisplay
} from '../jsrUi';

// Built from parts: the URL a hostile org value could carry, which must never become a link.
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

describe('jsrUi', () => {
    it('fills label placeholders by position and leaves unknown ones visible', () => {
        expect(formatLabel('{1} before {0}', 'a', 'b')).toBe('b before a');
        expect(formatLabel('{0} and {2}', 'x')).toBe('x and {2}');
    });

    it('formats numbers in the user locale and marks lower bounds', () => {
        expect(formatNumber(100000)).toBe('100,000');
        expect(formatCount(2500, true)).toBe('at least 2,500');
        expect(formatCount(7, false)).toBe('7');
    });

    function formatNumberIn(locale: string): typeof formatNumber {
        let format: typeof formatNumber = () => '';
        jest.isolateModules(() => {
            jest.doMock('@salesforce/i18n/locale', () => ({ __esModule: true, default: locale }), { virtual: true });
            ({ formatNumber: format } = jest.requireActual<typeof import('../jsrUi')>('../jsrUi'));
        });
        jest.dontMock('@salesforce/i18n/locale');
        return format;
    }

    it('formats numbers with the Salesforce locale of the user, the same way on every call', () => {
        const german = formatNumberIn('de-DE');
        expect(german(100000)).toBe('100.000');
        expect(german(2500)).toBe('2.500');
    });

    it('falls back to plain digits when the locale is not one Intl knows', () => {
        const unknown = formatNumberIn('not a locale!');
        expect(unknown(100000)).toBe('100000');
        expect(unknown(7)).toBe('7');
    });

    it('pages rows 25 at a time and clamps pages that do not exist', () => {
        const rows = Array.from({ length: 60 }, (_, i) => i + 1);
        expect(pageOf(rows, 1).rows).toHaveLength(25);
        expect(pageOf(rows, 3)).toMatchObject({ page: 3, pageCount: 3, first: 51, last: 60, total: 60 });
        expect(pageOf(rows, 3).rows[0]).toBe(51);
        expect(pageOf(rows, 9).page).toBe(3);
        expect(pageOf(rows, 0).page).toBe(1);
        expect(pageOf(rows, Number.NaN).page).toBe(1);
        expect(pageOf([], 1)).toMatchObject({ rows: [], first: 0, last: 0, pageCount: 1 });
        expect(pageRange(10, 2, 4)).toMatchObject({ first: 5, last: 8, pageCount: 3 });
    });

    it('gives every status a word, never only a colour', () => {
        expect(verdictDisplay('ready').text).toBe('Ready');
        expect(verdictDisplay('actionNeeded').text).toBe('Action needed');
        expect(verdictDisplay('blocked')).toEqual({ text: 'Blocked', badgeClass: 'slds-badge slds-theme_error' });
        expect(verdictDisplay('cannotDetermine').text).toBe('Cannot determine');
        // A way the org does not use, or that does not exist here, is neutral: never red.
        expect(verdictDisplay('notUsed')).toEqual({ text: 'Not used', badgeClass: 'slds-badge slds-badge_lightest' });
        expect(verdictDisplay('notApplicable')).toEqual({ text: 'Not applicable', badgeClass: 'slds-badge slds-badge_lightest' });
        expect(severityDisplay('error').text).toBe('Error');
        expect(severityDisplay('warning').text).toBe('Warning');
        expect(severityDisplay('info').text).toBe('Info');
        expect(severityDisplay('recommendation').text).toBe('Recommendation');
        expect(findingDisplay('error', false).badgeClass).toBe('slds-badge slds-badge_lightest');
        expect(findingDisplay('error', true).badgeClass).toBe('slds-badge slds-theme_error');
        expect(answerDisplay('yes').text).toBe('Yes');
        expect(answerDisplay('no').text).toBe('No');
        expect(answerDisplay('unknown').text).toBe('Unknown');
        expect(answerDisplay('notApplicable').text).toBe('Not applicable');
        expect(installDisplay('installed').text).toBe('Installed');
        expect(installDisplay('notInstalled').text).toBe('Not installed');
        expect(installDisplay('cannotDetermine').text).toBe('Cannot determine whether it is installed');
        expect(canConnectDisplay('yes').text).toBe('Can connect');
        expect(canConnectDisplay('no').text).toBe('Cannot connect');
        expect(canConnectDisplay('unknown').text).toBe('Cannot determine');
        expect(canConnectDisplay('notApplicable').text).toBe('Not applicable');
        expect(canConnectDisplay('no', 'notUsed')).toEqual({ text: 'Not used by this org', badgeClass: 'slds-badge slds-badge_lightest' });
        expect(usageText('inUse')).toBe('In use');
        expect(usageText('notApplicable')).toBe('Not applicable');
        expect(permittedUsersText('adminApproved')).toBe('Admin approved users are pre-authorized');
        expect(permittedUsersText('selfAuthorize')).toBe('All users may self-authorize');
        expect(permittedUsersText('notInstalled')).toBe('No policy: the app is not installed');
        expect(permittedUsersText('unknown')).toBe('Cannot determine');
        expect(assignableKindText('Profile')).toBe('Profile');
        expect(assignableKindText('PermissionSet')).toBe('Permission set');
        expect(assignableKindText('PermissionSetGroup')).toBe('Permission set group');
    });

    it('names an assignable by label and API name, once when they are the same', () => {
        expect(displayName('Jetstream Users', 'Jetstream_Users')).toBe('Jetstream Users (Jetstream_Users)');
        expect(displayName('System Administrator', 'System Administrator')).toBe('System Administrator');
    });

    it('links only https, http and org-relative URLs', () => {
        expect(safeUrl('https://acme.my.salesforce.com/x')).toBe('https://acme.my.salesforce.com/x');
        expect(safeUrl('/lightning/setup/ConnectedApplication/home')).toBe('/lightning/setup/ConnectedApplication/home');
        expect(safeUrl(SCRIPT_URL)).toBeNull();
        expect(safeUrl('//evil.example')).toBeNull();
        expect(safeUrl('')).toBeNull();
        expect(safeUrl(null)).toBeNull();
        expect(linkView({ label: 'Open', url: 'data:text/html,x', kind: 'doc' }, 'k')).toEqual({ key: 'k', label: 'Open', href: null });
        expect(linkView(null, 'k')).toBeNull();
    });

    it('extracts the message from Apex errors, Errors with a JSON path, and strings', () => {
        expect(errorMessage({ body: { message: 'Insufficient privileges' }, status: 500 })).toBe('Insufficient privileges');
        expect(errorMessage({ body: [{ message: 'first' }, { message: 'second' }] })).toBe('first second');
        expect(errorMessage({ statusText: 'Server Error' })).toBe('Server Error');
        expect(errorMessage({ message: 'plain object' })).toBe('plain object');
        expect(errorMessage('just text')).toBe('just text');
        expect(errorMessage(new Error('boom'))).toBe('boom');
        const withPath = Object.assign(new Error('Expected a string'), { path: '$.org.data.name' });
        expect(errorMessage(withPath)).toBe('Expected a string ($.org.data.name)');
        expect(errorMessage(undefined)).toBe('Unknown error (no message was returned).');
    });
});

describe('jsrUi helpers for folded lists and links', () => {
    it('shows the first few rows unless expanded, and says how many are hidden', () => {
        expect(firstFew([1, 2, 3, 4, 5, 6, 7], 5, false)).toEqual({ rows: [1, 2, 3, 4, 5], hidden: 2 });
        expect(firstFew([1, 2, 3, 4, 5, 6, 7], 5, true)).toEqual({ rows: [1, 2, 3, 4, 5, 6, 7], hidden: 0 });
        expect(firstFew([1, 2], 5, false)).toEqual({ rows: [1, 2], hidden: 0 });
    });

    it('keys every link and refuses unsafe URLs', () => {
        expect(
            linkViews(
                [
                    { label: 'A', url: '/lightning/setup/X/home', kind: 'setup' },
                    { label: 'B', url: SCRIPT_URL, kind: 'doc' }
                ],
                'k'
            )
        ).toEqual([
            { key: 'k-0', label: 'A', href: '/lightning/setup/X/home' },
            { key: 'k-1', label: 'B', href: null }
        ]);
    });
});
