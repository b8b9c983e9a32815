// The user check when the user's facts could not read External Client Apps (the grants section names
// ExternalClientApplication in missingFields and holds no grant of the in-org package's app): the in-org package
// card says "Cannot determine" and its grant step "Unknown", never "Cannot connect" / "No".
import { createElement } from 'lwc';
import searchUsers from '@salesforce/apex/JSR_ReadinessController.searchUsers';
import getUserFacts from '@salesforce/apex/JSR_ReadinessController.getUserFacts';
import type { OrgSnapshot, UserFacts } from 'c/jsrEngine';
import JsrUserCheck, { SEARCH_DEBOUNCE_MS } from '../jsrUserCheck';
import { withoutEcaGrants } from '../../jsrEngine/__tests__/engineTestKit';
import { flushPromises, loadSnapshot, loadUserFacts, queryDeep, resetDom, scenario, textOf } from 'test-kit';

jest.mock('@salesforce/apex/JSR_ReadinessController.searchUsers', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/JSR_ReadinessController.getUserFacts', () => ({ default: jest.fn() }), { virtual: true });

const mockSearchUsers = searchUsers as unknown as jest.Mock<Promise<string>, [{ searchTerm: string }]>;
const mockGetUserFacts = getUserFacts as unknown as jest.Mock<Promise<string>, [{ userId: string }]>;

type UserCheckElement = HTMLElement & { snapshot: OrgSnapshot | null };

const ID = 'prod-ready-least-privilege';
const ROBERT = scenario(ID).users.find((user) => user.search.name === 'Robert Thorn')!;

const factsWithoutEcaGrants = (): UserFacts => withoutEcaGrants(loadUserFacts(ROBERT));

async function checkRobert(facts: UserFacts): Promise<Element> {
    mockSearchUsers.mockResolvedValue(JSON.stringify([ROBERT.search]));
    mockGetUserFacts.mockResolvedValue(JSON.stringify(facts));
    const element = createElement('c-jsr-user-check', { is: JsrUserCheck }) as UserCheckElement;
    element.snapshot = loadSnapshot(ID);
    document.body.appendChild(element);
    const search = element.shadowRoot!.querySelector<HTMLElement & { value: string }>('lightning-input.search')!;
    search.value = 'robert';
    search.dispatchEvent(new CustomEvent('change', { detail: { value: 'robert' } }));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));
    await flushPromises();
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.result')!.click();
    await flushPromises();
    return element;
}

function inOrgPackageCard(element: Element): Element {
    return element.shadowRoot!.querySelector('.user-way[data-way="inOrgPackage"]')!;
}

// The accessibility check (axe) of a rendered report is slow on a loaded 2-core machine.
jest.setTimeout(120_000);

describe('c-jsr-user-check: External Client Apps unreadable in the user’s facts', () => {
    afterEach(() => {
        resetDom();
        jest.clearAllMocks();
    });

    it('control: facts that read the object and hold no grant show "Cannot connect" and "No"', async () => {
        const facts = factsWithoutEcaGrants();
        Object.assign(facts.grants, { status: 'ok', reason: null, missingFields: [] });
        const card = inOrgPackageCard(await checkRobert(facts));
        expect(textOf(card.querySelector('.slds-badge'))).toBe('Cannot connect');
        expect(textOf(Array.from(card.querySelectorAll('.chain li')).at(-1)!.querySelector('.answer'))).toBe('No');
    });

    it('shows "Cannot determine" for the in-org package, its grant step "Unknown" with why, and leaves the other ways', async () => {
        const element = await checkRobert(factsWithoutEcaGrants());
        const card = inOrgPackageCard(element);
        expect(textOf(card.querySelector('.slds-badge'))).toBe('Cannot determine');
        const grantStep = Array.from(card.querySelectorAll('.chain li')).find(
            (li) => textOf(li.querySelector('.question')) === 'Is Robert Thorn pre-authorized for Jetstream for Salesforce?'
        )!;
        expect(textOf(grantStep.querySelector('.answer'))).toBe('Unknown');
        expect(textOf(grantStep.querySelector('.detail'))).toContain('External Client Apps could not be read with this user’s facts');
        expect(textOf(queryDeep(card, 'a.unblock-link'))).toContain('Setup: External Client App Manager');
        expect(textOf(card)).not.toContain('Cannot connect');
        const others = Array.from(element.shadowRoot!.querySelectorAll('.user-way:not([data-way="inOrgPackage"]) .slds-badge')).map(textOf);
        expect(others).toEqual(['Can connect', 'Can connect', 'Can connect']);
        await expect(element).toBeAccessible();
    });
});
