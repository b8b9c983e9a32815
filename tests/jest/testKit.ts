// Test-only access to the committed sample orgs (samples/) for the tab's component tests: the Apex mocks return the
// fixture JSON exactly as JSR_ReadinessController would (a JSON string), and reports come from the real engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateSnapshot, evaluateUser, parseSnapshot, parseUserFacts } from 'c/jsrEngine';
import type { OrgSnapshot, ReadinessReport, UserFacts, UserReport, UserSearchResult } from 'c/jsrEngine';

export const FIXTURES_DIR = join(__dirname, '../../samples');

export interface ScenarioUser {
    search: UserSearchResult;
    facts: string;
}

export interface Scenario {
    id: string;
    title: string;
    description: string;
    snapshot: string;
    users: ScenarioUser[];
}

export const SCENARIOS = JSON.parse(readFileSync(join(FIXTURES_DIR, 'scenarios.json'), 'utf8')) as Scenario[];

export function scenario(id: string): Scenario {
    const found = SCENARIOS.find((entry) => entry.id === id);
    if (!found) throw new Error(`No fixture scenario ${id}`);
    return found;
}

/** What JSR_ReadinessController.getSnapshot returns for the scenario: the snapshot as a JSON string. */
export function snapshotJson(id: string): string {
    return readFileSync(join(FIXTURES_DIR, scenario(id).snapshot), 'utf8');
}

export function loadSnapshot(id: string): OrgSnapshot {
    return parseSnapshot(snapshotJson(id));
}

/** The engine's report on the scenario, evaluated as of the moment the snapshot was captured (stable over time). */
export function loadReport(id: string, snapshot: OrgSnapshot = loadSnapshot(id)): ReadinessReport {
    return evaluateSnapshot(snapshot, { now: new Date(snapshot.capturedAt) });
}

/** What JSR_ReadinessController.getUserFacts returns for a scenario user. */
export function userFactsJson(user: ScenarioUser): string {
    return readFileSync(join(FIXTURES_DIR, user.facts), 'utf8');
}

export function loadUserFacts(user: ScenarioUser): UserFacts {
    return parseUserFacts(userFactsJson(user));
}

export function loadUserReport(id: string, user: ScenarioUser): UserReport {
    const snapshot = loadSnapshot(id);
    return evaluateUser(snapshot, loadUserFacts(user), { now: new Date(snapshot.capturedAt) });
}

/** A deep copy to derive a variant of a fixture (e.g. a section the reader could not read). */
export function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

/** Removes every element the test added to the document. */
export function resetDom(): void {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}

/** Lets pending promise callbacks and the re-render they cause run. */
export async function flushPromises(): Promise<void> {
    for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** The text of an element with runs of whitespace collapsed (templates add line breaks around interpolations). */
export function textOf(element: Element | null | undefined): string {
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element matching the selector in the element's shadow tree and in the shadow trees of its descendants. */
export function queryAllDeep(root: Element | ShadowRoot, selector: string): HTMLElement[] {
    const found: HTMLElement[] = [];
    const visit = (node: Element | ShadowRoot): void => {
        const scope = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
        for (const element of Array.from(scope.querySelectorAll<HTMLElement>('*'))) {
            if (element.matches(selector)) found.push(element);
            if (element.shadowRoot) visit(element);
        }
    };
    visit(root);
    return found;
}

export function queryDeep(root: Element | ShadowRoot, selector: string): HTMLElement | null {
    return queryAllDeep(root, selector)[0] ?? null;
}
