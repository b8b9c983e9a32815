import { createElement } from 'lwc';
import searchUsers from '@salesforce/apex/JSR_ReadinessController.searchUsers';
import getUserFacts from '@salesforce/apex/JSR_ReadinessController.getUserFacts';
import type { OrgSnapshot, UserReport } from 'c/jsrEngine';
import JsrUserCheck, { SEARCH_DEBOUNCE_MS } from '../jsrUserCheck';
import { flushPromises, loadSnapshot, loadUserReport, queryAllDeep, queryDeep, resetDom, scenario, textOf, userFactsJson } from 'test-kit';

jest.mock('@salesforce/apex/JSR_ReadinessController.searchUsers', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/JSR_ReadinessController.getUserFacts', () => ({ default: jest.fn() }), { virtual: true });

const mockSearchUsers = searchUsers as unknown as jest.Mock<Promise<string>, [{ searchTerm: string }]>;
const mockGetUserFacts = getUserFacts as unknown as jest.Mock<Promise<string>, [{ userId: string }]>;

type UserCheckElement = HTMLElement & { snapshot: OrgSnapshot | null };

const ID = 'prod-admin-approved-no-grants';
const USERS = scenario(ID).users;
const CAN_CONNECT_TEXT = { yes: 'Can connect', no: 'Cannot connect', unknown: 'Cannot determine', notApplicable: 'Not applicable' };

/** The badge the user check shows for a way: a way the org does not use is neutral, whatever the user's answer. */
function badgeText(way: UserReport['ways'][number]): string {
    return way.usage === 'notUsed' && way.canConnect !== 'notApplicable' ? 'Not used by this org' : CAN_CONNECT_TEXT[way.canConnect];
}
const ANSWER_TEXT = { yes: 'Yes', no: 'No', unknown: 'Unknown', notApplicable: 'Not applicable' };

function render(snapshot: OrgSnapshot | null = loadSnapshot(ID)): UserCheckElement {
    const element = createElement('c-jsr-user-check', { is: JsrUserCheck }) as UserCheckElement;
    element.snapshot = snapshot;
    document.body.appendChild(element);
    return element;
}

/** lightning-input (a stub in sfdx-lwc-jest) fires change with the value on every keystroke and on its own clear. */
function type(element: UserCheckElement, value: string): void {
    const input = element.shadowRoot!.querySelector<HTMLElement & { value: string }>('lightning-input.search')!;
    input.value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

async function waitForSearch(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));
    await flushPromises();
}

async function searchAndPick(element: UserCheckElement, index: number): Promise<void> {
    mockSearchUsers.mockResolvedValue(JSON.stringify(USERS.map((user) => user.search)));
    mockGetUserFacts.mockResolvedValue(userFactsJson(USERS[index]!));
    type(element, 'ac');
    await waitForSearch();
    element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.result')[index]!.click();
    await flushPromises();
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-user-check', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('labels the search and asks for at least 2 characters before searching', async () => {
        const element = render();
        const input = element.shadowRoot!.querySelector<HTMLElement & { label: string; type: string }>('lightning-input.search')!;
        expect(input.label).toBe('Search users by name or username');
        expect(input.type).toBe('search');
        type(element, 'a');
        await waitForSearch();
        expect(textOf(element.shadowRoot!.querySelector('.too-short'))).toBe('Type at least 2 characters to search.');
        expect(mockSearchUsers).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('clearing the field (its own clear button) empties the results', async () => {
        mockSearchUsers.mockResolvedValue(JSON.stringify(USERS.map((user) => user.search)));
        const element = render();
        type(element, 'ac');
        await waitForSearch();
        expect(element.shadowRoot!.querySelectorAll('button.result')).toHaveLength(USERS.length);
        type(element, '');
        await flushPromises();
        expect(element.shadowRoot!.querySelectorAll('button.result')).toHaveLength(0);
        expect(element.shadowRoot!.querySelector('.too-short, .searching, .no-results')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('a search still waiting for its pause is dropped when the field is cleared', async () => {
        jest.useFakeTimers();
        mockSearchUsers.mockResolvedValue('[]');
        const element = render();
        type(element, 'pete');
        await flushPromises();
        type(element, '');
        jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
        await flushPromises();
        expect(mockSearchUsers).not.toHaveBeenCalled();
        expect(element.shadowRoot!.querySelector('.searching')).toBeNull();
    });

    it('searches once per pause in typing, with the last term', async () => {
        jest.useFakeTimers();
        mockSearchUsers.mockResolvedValue('[]');
        const element = render();
        type(element, 'pe');
        jest.advanceTimersByTime(100);
        type(element, 'pet');
        jest.advanceTimersByTime(100);
        type(element, 'pete');
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.searching'))).toBe('Searching…');
        jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
        await flushPromises();
        expect(mockSearchUsers).toHaveBeenCalledTimes(1);
        expect(mockSearchUsers).toHaveBeenCalledWith({ searchTerm: 'pete' });
        expect(textOf(element.shadowRoot!.querySelector('.no-results'))).toBe('No user matches.');
    });

    it('lists matching users with username, profile and an inactive marker, as keyboard-usable buttons', async () => {
        const results = USERS.map((user, index) => ({ ...user.search, isActive: index !== 1 }));
        mockSearchUsers.mockResolvedValue(JSON.stringify(results));
        const element = render();
        type(element, 'ac');
        await waitForSearch();
        const buttons = Array.from(element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.result'));
        expect(buttons).toHaveLength(results.length);
        expect(buttons[0]!.tagName).toBe('BUTTON');
        const first = results[0]!;
        expect(textOf(buttons[0])).toBe(`${first.name} — ${first.username}${first.profileName ? ` · ${first.profileName}` : ''}`);
        expect(textOf(buttons[1])).toMatch(/ \(Inactive\)$/);
        expect(textOf(buttons[0])).not.toContain('Inactive');
        await expect(element).toBeAccessible();
    });

    it("shows the picked user's verdict per way, the chain of facts and the one unblocking action", async () => {
        const element = render();
        const reports: UserReport[] = [];
        element.addEventListener('userreport', (event) => reports.push((event as CustomEvent<UserReport>).detail));
        await searchAndPick(element, 0);
        expect(mockGetUserFacts).toHaveBeenCalledWith({ userId: USERS[0]!.search.userId });
        const expected = loadUserReport(ID, USERS[0]!);
        const root = element.shadowRoot!;
        expect(textOf(root.querySelector('.user-result'))).toBe(`Result for ${expected.name} (${expected.username}) (opens in a new tab)`);
        expect(root.querySelector('.user-result a')?.getAttribute('href')).toBe(expected.link?.url);
        const ways = Array.from(root.querySelectorAll<HTMLElement>('.user-way'));
        expect(ways.map((way) => way.dataset.way)).toEqual(expected.ways.map((way) => way.way));
        expected.ways.forEach((way, index) => {
            const card = ways[index]!;
            expect(textOf(card.querySelector('h4'))).toBe(way.label);
            expect(textOf(card.querySelector('.slds-badge'))).toBe(badgeText(way));
            const steps = Array.from(card.querySelectorAll('.chain li'));
            expect(steps).toHaveLength(way.chain.length);
            way.chain.forEach((step, i) => {
                expect(textOf(steps[i]!.querySelector('.question'))).toBe(step.question);
                expect(textOf(steps[i]!.querySelector('.answer'))).toBe(ANSWER_TEXT[step.answer]);
            });
            const shownAction = way.usage === 'notUsed' ? null : way.unblockAction;
            expect(textOf(card.querySelector('.unblock'))).toBe(shownAction ? `To unblock: ${shownAction}` : '');
            expect(queryDeep(card, 'a.unblock-link')?.getAttribute('href') ?? null).toBe(
                shownAction ? (way.unblockLinks[0]?.url ?? null) : null
            );
        });
        expect(expected.ways.some((way) => way.unblockAction)).toBe(true);
        expect(reports).toHaveLength(1);
        expect(reports[0]!.userId).toBe(expected.userId);
        // The chain is the explanation: no second list of the same facts as findings.
        expect(queryAllDeep(element, '.finding')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it.each(USERS.map((user, index) => [user.search.name, index] as const))(
        'evaluates %s exactly as the engine does',
        async (_name, index) => {
            const element = render();
            await searchAndPick(element, index);
            const expected = loadUserReport(ID, USERS[index]!);
            const verdicts = Array.from(element.shadowRoot!.querySelectorAll('.user-way')).map((card) =>
                textOf(card.querySelector('.slds-badge'))
            );
            expect(verdicts).toEqual(expected.ways.map(badgeText));
        }
    );

    it('says "Cannot determine" for a way whose facts the org does not expose', async () => {
        const id = 'prod-approve-field-missing';
        const user = scenario(id).users[0]!;
        const expected = loadUserReport(id, user);
        const unknown = expected.ways.filter((way) => way.canConnect === 'unknown').map((way) => way.way);
        expect(unknown.length).toBeGreaterThan(0);
        mockSearchUsers.mockResolvedValue(JSON.stringify([user.search]));
        mockGetUserFacts.mockResolvedValue(userFactsJson(user));
        const element = render(loadSnapshot(id));
        type(element, user.search.name);
        await waitForSearch();
        element.shadowRoot!.querySelector<HTMLButtonElement>('button.result')!.click();
        await flushPromises();
        for (const way of unknown) {
            const card = element.shadowRoot!.querySelector(`.user-way[data-way="${way}"]`)!;
            expect(textOf(card.querySelector('.slds-badge'))).toBe('Cannot determine');
            expect(Array.from(card.querySelectorAll('.answer')).map(textOf)).toContain('Unknown');
        }
        await expect(element).toBeAccessible();
    });

    it('shows the search failure the server returned', async () => {
        mockSearchUsers.mockRejectedValue({ body: { message: 'You do not have access to the Apex class named: JSR_ReadinessController' } });
        const element = render();
        type(element, 'pe');
        await waitForSearch();
        const failure = element.shadowRoot!.querySelector('.search-error')!;
        expect(failure.getAttribute('role')).toBe('alert');
        expect(textOf(failure.querySelector('.slds-text-heading_small'))).toBe('The user search failed');
        expect(textOf(failure.querySelector('.slds-text-font_monospace'))).toBe(
            'You do not have access to the Apex class named: JSR_ReadinessController'
        );
        await expect(element).toBeAccessible();
    });

    it("shows a failure to read the user's facts, and an unreadable answer, inside the section", async () => {
        const element = render();
        mockSearchUsers.mockResolvedValue(JSON.stringify(USERS.map((user) => user.search)));
        mockGetUserFacts.mockRejectedValueOnce({ body: { message: 'Insufficient privileges' } });
        type(element, 'ac');
        await waitForSearch();
        element.shadowRoot!.querySelector<HTMLButtonElement>('button.result')!.click();
        await flushPromises();
        const failure = element.shadowRoot!.querySelector('.facts-error')!;
        expect(textOf(failure.querySelector('.slds-text-heading_small'))).toBe("This user's access could not be read");
        expect(textOf(failure.querySelector('.slds-text-font_monospace'))).toBe('Insufficient privileges');

        mockGetUserFacts.mockResolvedValueOnce('{"schemaVersion": 99}');
        element.shadowRoot!.querySelector<HTMLButtonElement>('button.result')!.click();
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.facts-error'))).toContain("This user's access could not be read");
        expect(element.shadowRoot!.querySelector('.user-result')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows that it is reading the user while the facts load', async () => {
        const element = render();
        mockSearchUsers.mockResolvedValue(JSON.stringify(USERS.map((user) => user.search)));
        mockGetUserFacts.mockReturnValue(new Promise<string>(() => undefined));
        type(element, 'ac');
        await waitForSearch();
        element.shadowRoot!.querySelector<HTMLButtonElement>('button.result')!.click();
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.facts-loading'))).toBe("Reading this user's assignments…");
        await expect(element).toBeAccessible();
    });

    it('clears a result computed on older org data when the org is read again', async () => {
        const element = render();
        await searchAndPick(element, 0);
        expect(element.shadowRoot!.querySelector('.user-result')).not.toBeNull();
        element.snapshot = loadSnapshot(ID);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.user-result')).toBeNull();
    });

    it('needs the org data before a user can be checked', async () => {
        const element = render(null);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('.needs-snapshot'))).toBe(
            'Checking a user needs the org data: refresh the page once the org can be read.'
        );
        expect(element.shadowRoot!.querySelector('lightning-input.search')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a search answer the engine rejects as an error naming the bad value, not as results', async () => {
        const rows = USERS.map((user) => ({ ...user.search }));
        (rows[1] as unknown as Record<string, unknown>).isActive = 'yes';
        mockSearchUsers.mockResolvedValue(JSON.stringify(rows));
        const element = render();
        type(element, 'pe');
        await waitForSearch();
        expect(element.shadowRoot!.querySelectorAll('button.result')).toHaveLength(0);
        const failure = element.shadowRoot!.querySelector('.search-error')!;
        expect(textOf(failure.querySelector('.slds-text-font_monospace'))).toBe(
            'A user search row has no isActive true/false (at $[1].isActive)'
        );
    });
});
