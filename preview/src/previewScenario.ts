// The scenario manifest the preview build writes to preview/dist/scenarios.json: samples/scenarios.json
// with file paths turned into URLs under the dist folder, plus the generated large scenario when built.
import type { UserSearchResult } from '../../force-app/main/default/lwc/jsrEngine/snapshot';

export interface PreviewUser {
    search: UserSearchResult;
    /** URL of the UserFacts JSON, relative to the page. */
    factsUrl: string;
}

export interface PreviewScenario {
    id: string;
    title: string;
    description: string;
    /** URL of the OrgSnapshot JSON, relative to the page. */
    snapshotUrl: string;
    users: PreviewUser[];
    /** true for scenarios generated at build time (not committed), e.g. the 100k-user org. */
    generated: boolean;
}

export interface PreviewManifest {
    scenarios: PreviewScenario[];
}
