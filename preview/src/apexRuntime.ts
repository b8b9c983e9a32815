// The preview's stand-in for JSR_ReadinessController: each @salesforce/apex/JSR_ReadinessController.* import becomes
// apexMethod(name), answered from the selected sample scenario. Like the real @AuraEnabled methods, every
// answer is a JSON string (Apex JSON.serialize of the DTO) that the component parses, and every failure is
// the object shape Lightning gives an imperative Apex rejection ({ status, body: { message } }).
// Nothing here decides a verdict: the components and the engine run unchanged on these answers.
import { activityOf, withoutActivity } from 'c/jsrEngine';
import type { OrgSnapshot, UserSearchResult } from '../../force-app/main/default/lwc/jsrEngine/snapshot';
import type { PreviewScenario } from './previewScenario';

type ApexParams = Record<string, unknown> | undefined;
type WireCallback = (value: { data?: string; error?: ApexError }) => void;

/** What Lightning Data Service hands an imperative Apex caller on failure (a FetchResponse-like object). */
export interface ApexError {
    status: number;
    statusText: string;
    ok: false;
    body: { message: string; exceptionType: string; isUserDefinedException: boolean; stackTrace: string };
}

// JSR_UserSearch.cls: MIN_TERM_LENGTH, MAX_TERM_LENGTH, MAX_RESULTS.
export const SEARCH_MIN_TERM_LENGTH = 2;
export const SEARCH_MAX_TERM_LENGTH = 80;
export const SEARCH_MAX_RESULTS = 25;

let currentScenario: PreviewScenario | null = null;

/** Chooses the scenario every later Apex call is answered from (called by the page before mounting the tab). */
export function selectScenario(scenario: PreviewScenario): void {
    currentScenario = scenario;
}

function apexError(message: string, exceptionType = 'System.AuraHandledException'): ApexError {
    return {
        status: 500,
        statusText: 'Server Error',
        ok: false,
        body: { message, exceptionType, isUserDefinedException: exceptionType === 'System.AuraHandledException', stackTrace: '' }
    };
}

function scenarioOrThrow(): PreviewScenario {
    if (!currentScenario) throw apexError('Preview: no scenario selected');
    return currentScenario;
}

async function fetchText(url: string): Promise<string> {
    const response = await fetch(url);
    if (!response.ok) throw apexError(`Preview: fixture ${url} answered HTTP ${response.status}`, 'System.CalloutException');
    return response.text();
}

function stringParam(params: ApexParams, name: string): string {
    const value = params?.[name];
    return typeof value === 'string' ? value : '';
}

/** JSR_UserSearch.search over the scenario's users: SOQL `Name LIKE '%term%' OR Username LIKE '%term%' ORDER BY Name,
 * Username LIMIT 25` (LIKE is case-insensitive), then active users before inactive ones. */
export function searchScenarioUsers(scenario: PreviewScenario, searchTerm: string): UserSearchResult[] {
    const term = searchTerm.trim();
    if (term.length < SEARCH_MIN_TERM_LENGTH) {
        throw apexError(`Type at least ${SEARCH_MIN_TERM_LENGTH} characters of a name or username to search.`);
    }
    const needle = term.slice(0, SEARCH_MAX_TERM_LENGTH).toLowerCase();
    const rows = scenario.users
        .map((user) => user.search)
        .filter((user) => user.name.toLowerCase().includes(needle) || user.username.toLowerCase().includes(needle))
        .sort((a, b) => a.name.localeCompare(b.name) || a.username.localeCompare(b.username))
        .slice(0, SEARCH_MAX_RESULTS);
    return [...rows.filter((user) => user.isActive), ...rows.filter((user) => !user.isActive)];
}

/** The sample org as one JSON object (a sample holds both calls' sections, as the tab's download does). */
async function sampleOrg(): Promise<OrgSnapshot> {
    return JSON.parse(await fetchText(scenarioOrThrow().snapshotUrl)) as OrgSnapshot;
}

const handlers: Record<string, (params: ApexParams) => Promise<string>> = {
    // Like the org: getSnapshot leaves the activity sections "not read", getActivity answers them.
    'JSR_ReadinessController.getSnapshot': async () => JSON.stringify(withoutActivity(await sampleOrg())),
    'JSR_ReadinessController.getActivity': async () => JSON.stringify(activityOf(await sampleOrg())),
    'JSR_ReadinessController.searchUsers': (params) => {
        const rows = searchScenarioUsers(scenarioOrThrow(), stringParam(params, 'searchTerm'));
        return Promise.resolve(JSON.stringify(rows));
    },
    'JSR_ReadinessController.getUserFacts': (params) => {
        const userId = stringParam(params, 'userId');
        const user = scenarioOrThrow().users.find((candidate) => candidate.search.userId === userId);
        if (!userId) return Promise.reject(apexError('Choose a user first: userId is required.'));
        if (!user) return Promise.reject(apexError(`No user with Id ${userId} is visible to you.`));
        return fetchText(user.factsUrl);
    }
};

export type ApexMethod = ((params?: ApexParams) => Promise<string>) & {
    adapter: new (callback: WireCallback) => { connect(): void; disconnect(): void; update(config: ApexParams): void };
};

/** An imperative Apex function that also works with @wire (the LWC engine uses its `adapter`). */
export function apexMethod(name: string): ApexMethod {
    const handler = handlers[name];
    if (!handler) throw new Error(`Preview: no fixture handler for Apex method ${name}`);
    const call = async (params?: ApexParams): Promise<string> => {
        try {
            return await handler(params);
        } catch (error) {
            // Rejections are always the Apex error shape, never a bare TypeError from fetch.
            throw isApexError(error) ? error : apexError(error instanceof Error ? error.message : String(error));
        }
    };
    class ApexWireAdapter {
        private connected = false;
        constructor(private readonly callback: WireCallback) {}
        connect(): void {
            this.connected = true;
        }
        disconnect(): void {
            this.connected = false;
        }
        update(config: ApexParams): void {
            call(config).then(
                (data) => this.connected && this.callback({ data }),
                (error: ApexError) => this.connected && this.callback({ error })
            );
        }
    }
    return Object.assign(call, { adapter: ApexWireAdapter });
}

function isApexError(value: unknown): value is ApexError {
    return typeof value === 'object' && value !== null && 'body' in value && 'status' in value;
}
