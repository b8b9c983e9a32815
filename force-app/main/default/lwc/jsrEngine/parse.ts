// JSON -> OrgSnapshot / UserFacts with the checks the engine relies on: valid JSON, a known schemaVersion, every
// section present with a valid status and a data shape the rules can walk, and the contract's value constraints and
// unique keys (contractFields.ts, generated from the schema): what cannot come from an org is rejected here, in the
// tab as in the CLI, never read as a finding. Full structural validation against schema/org-snapshot.schema.json is
// the CLI's job (ajv); this runs in the browser too, so it stays small.
import { contractProblems } from './contractChecks';
import { CONTRACT_FIELDS } from './contractFields';
import {
    SNAPSHOT_SCHEMA_VERSION,
    type ActivityFacts,
    type OrgSnapshot,
    type Section,
    type UserFacts,
    type UserSearchResult
} from './snapshot';

/** Thrown for input the engine cannot read. `path` is a JSON path such as "$.permissionHolders.data.holders". */
export class SnapshotError extends Error {
    readonly path: string;

    constructor(message: string, path: string) {
        super(`${message} (at ${path})`);
        this.name = 'SnapshotError';
        this.path = path;
    }
}

type JsonObject = Record<string, unknown>;
type DataShape = 'object' | 'array';

const SNAPSHOT_SECTIONS: Record<string, DataShape> = {
    org: 'object',
    runningUser: 'object',
    catalog: 'array',
    apps: 'array',
    grants: 'array',
    permissionHolders: 'object',
    authorizations: 'array',
    signIns: 'array',
    frozenUsers: 'object',
    signInRefusals: 'array',
    appsInUse: 'array',
    signInDays: 'object'
};

const USER_SECTIONS: Record<string, DataShape> = {
    user: 'object',
    assignments: 'array',
    grants: 'array',
    authorizations: 'array',
    signIns: 'array',
    userLogin: 'object'
};

const STATUSES = new Set(['ok', 'partial', 'unavailable']);

function isObject(value: unknown): value is JsonObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJsonValue(json: string, what: string): unknown {
    try {
        return JSON.parse(json) as unknown;
    } catch (e) {
        throw new SnapshotError(`The ${what} is not valid JSON: ${(e as Error).message}`, '$');
    }
}

function parseJson(json: string, what: string): JsonObject {
    const value = parseJsonValue(json, what);
    if (!isObject(value)) throw new SnapshotError(`The ${what} must be a JSON object`, '$');
    return value;
}

function checkHeader(root: JsonObject, what: string): void {
    if (!('schemaVersion' in root)) throw new SnapshotError(`The ${what} has no schemaVersion`, '$.schemaVersion');
    if (root.schemaVersion !== SNAPSHOT_SCHEMA_VERSION) {
        throw new SnapshotError(
            `Unknown ${what} schemaVersion ${JSON.stringify(root.schemaVersion)}; this engine reads version ${SNAPSHOT_SCHEMA_VERSION}`,
            '$.schemaVersion'
        );
    }
    if (typeof root.capturedAt !== 'string') throw new SnapshotError(`The ${what} has no capturedAt date`, '$.capturedAt');
    if (!isObject(root.reader)) throw new SnapshotError(`The ${what} has no reader section`, '$.reader');
}

function checkSection(root: JsonObject, name: string, shape: DataShape, what: string): void {
    const path = `$.${name}`;
    const section = root[name];
    if (section === undefined) throw new SnapshotError(`The ${what} is missing the "${name}" section`, path);
    if (!isObject(section)) throw new SnapshotError(`The "${name}" section must be an object`, path);
    if (typeof section.status !== 'string' || !STATUSES.has(section.status)) {
        throw new SnapshotError(
            `The "${name}" section has status ${JSON.stringify(section.status)}; expected ok, partial or unavailable`,
            `${path}.status`
        );
    }
    for (const list of ['missingPermissions', 'missingFields']) {
        if (!Array.isArray(section[list])) throw new SnapshotError(`The "${name}" section has no ${list} list`, `${path}.${list}`);
    }
    const data = section.data;
    if (section.status === 'unavailable') {
        if (data !== null && data !== undefined)
            throw new SnapshotError(`The "${name}" section is unavailable but carries data`, `${path}.data`);
        return;
    }
    const shapeOk = shape === 'array' ? Array.isArray(data) : isObject(data);
    if (!shapeOk)
        throw new SnapshotError(
            `The "${name}" section is ${section.status} but its data is not ${shape === 'array' ? 'a list' : 'an object'}`,
            `${path}.data`
        );
    if (name === 'permissionHolders' && isObject(data)) {
        if (!isObject(data.fieldsAvailable))
            throw new SnapshotError('permissionHolders has no fieldsAvailable', `${path}.data.fieldsAvailable`);
        for (const list of ['holders', 'sampleUsers']) {
            if (!Array.isArray(data[list])) throw new SnapshotError(`permissionHolders has no ${list} list`, `${path}.data.${list}`);
        }
        if (!isObject(data.apiEnabled) || !Array.isArray(data.apiEnabled.largest))
            throw new SnapshotError('permissionHolders has no apiEnabled counts', `${path}.data.apiEnabled`);
    }
    if (name === 'frozenUsers' && isObject(data)) {
        for (const list of ['users', 'signIns']) {
            if (!Array.isArray(data[list])) throw new SnapshotError(`frozenUsers has no ${list} list`, `${path}.data.${list}`);
        }
    }
    if (name === 'userLogin' && isObject(data) && typeof data.isFrozen !== 'boolean') {
        throw new SnapshotError('userLogin has no isFrozen true/false', `${path}.data.isFrozen`);
    }
    if (name === 'catalog' && Array.isArray(data)) {
        // The usage of each app decides what counts (report schema 2): a catalog read by an older reader has none.
        data.forEach((entry: unknown, index) => {
            if (!isObject(entry) || !isObject(entry.usage))
                throw new SnapshotError(
                    'A catalog entry has no usage (packageDefault, adminChoice, adminRecordId): read the org with this version of the package',
                    `${path}.data[${index}].usage`
                );
        });
    }
    if (name === 'signInDays' && isObject(data)) {
        for (const list of ['windows', 'applications', 'statuses', 'failures']) {
            if (!Array.isArray(data[list])) throw new SnapshotError(`signInDays has no ${list} list`, `${path}.data.${list}`);
        }
    }
    if (name === 'runningUser' && isObject(data) && !Array.isArray(data.permissions)) {
        throw new SnapshotError('runningUser has no permissions list', `${path}.data.permissions`);
    }
}

/** Throws for the first value the contract rejects (a negative count, an invalid date, a repeated row...). */
function checkContract(root: unknown, kind: 'OrgSnapshot' | 'UserFacts' | 'UserSearchResult' | 'ActivityFacts', what: string): void {
    const [first, ...more] = contractProblems(CONTRACT_FIELDS, kind, root);
    if (first) {
        const others = more.length > 0 ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})` : '';
        throw new SnapshotError(`The ${what} has a value that ${first.message}${others}`, first.path);
    }
}

/** Parses the JSON string Apex returns (or a fixture file) into an OrgSnapshot; throws SnapshotError. */
export function parseSnapshot(json: string): OrgSnapshot {
    const root = parseJson(json, 'snapshot');
    checkHeader(root, 'snapshot');
    for (const [name, shape] of Object.entries(SNAPSHOT_SECTIONS)) checkSection(root, name, shape, 'snapshot');
    checkContract(root, 'OrgSnapshot', 'snapshot');
    return root as unknown as OrgSnapshot;
}

/** The sections the activity call (JSR_ReadinessController.getActivity) reads; getSnapshot reports them as not read. */
export const ACTIVITY_SECTIONS = ['frozenUsers', 'signInRefusals', 'appsInUse', 'signInDays'] as const;
type ActivitySectionName = (typeof ACTIVITY_SECTIONS)[number];

/** The reason getSnapshot gives for the activity sections (JSR_ActivityReader.NOT_READ). */
export const ACTIVITY_NOT_READ = 'Read by the activity call (JSR_ReadinessController.getActivity), not by getSnapshot.';

/** Parses JSR_ReadinessController.getActivity's JSON into ActivityFacts; throws SnapshotError. */
export function parseActivity(json: string): ActivityFacts {
    const root = parseJson(json, 'activity answer');
    checkHeader(root, 'activity answer');
    for (const name of ACTIVITY_SECTIONS) checkSection(root, name, SNAPSHOT_SECTIONS[name] as DataShape, 'activity answer');
    checkContract(root, 'ActivityFacts', 'activity answer');
    return root as unknown as ActivityFacts;
}

/** What the activity call answered: its JSON, or the error it failed with. */
export type ActivityAnswer = { json: string } | { error: string };

function unreadSection(reason: string): Section<never> {
    return { status: 'unavailable', reason, missingPermissions: [], missingFields: [], truncated: false, data: null };
}

/** Every activity section unavailable for one reason. */
function activityUnread(snapshot: OrgSnapshot, reason: string): OrgSnapshot {
    return { ...snapshot, ...Object.fromEntries(ACTIVITY_SECTIONS.map((name) => [name, unreadSection(reason)])) };
}

/** The snapshot with the activity call's sections in place of getSnapshot's "not read" ones. When the call failed or
 * answered something unreadable, those sections are unavailable with the reason, and the rest of the report stands: a
 * section fails alone. */
export function withActivity(snapshot: OrgSnapshot, answer: ActivityAnswer): OrgSnapshot {
    if ('error' in answer)
        return activityUnread(snapshot, `Frozen users, refused sign-ins and the apps in use could not be read: ${answer.error}`);
    try {
        const activity = parseActivity(answer.json);
        return { ...snapshot, ...Object.fromEntries(ACTIVITY_SECTIONS.map((name) => [name, activity[name]])) };
    } catch (e) {
        return activityUnread(
            snapshot,
            `The answer about frozen users, refused sign-ins and the apps in use could not be read: ${(e as Error).message}`
        );
    }
}

/** What getActivity answers for an org whose snapshot holds the activity sections: how the preview and the tests
 * answer it from a sample org (or a saved check). */
export function activityOf(snapshot: OrgSnapshot): ActivityFacts {
    const sections = Object.fromEntries(ACTIVITY_SECTIONS.map((name) => [name, snapshot[name]])) as Pick<OrgSnapshot, ActivitySectionName>;
    return { schemaVersion: snapshot.schemaVersion, capturedAt: snapshot.capturedAt, reader: snapshot.reader, ...sections };
}

/** getSnapshot's answer for a full snapshot: the activity sections "not read". */
export function withoutActivity(snapshot: OrgSnapshot): OrgSnapshot {
    return activityUnread(snapshot, ACTIVITY_NOT_READ);
}

/** Parses JSR_ReadinessController.getUserFacts' JSON into UserFacts; throws SnapshotError. */
export function parseUserFacts(json: string): UserFacts {
    const root = parseJson(json, 'user facts');
    checkHeader(root, 'user facts');
    for (const [name, shape] of Object.entries(USER_SECTIONS)) checkSection(root, name, shape, 'user facts');
    checkContract(root, 'UserFacts', 'user facts');
    return root as unknown as UserFacts;
}

/** Parses JSR_ReadinessController.searchUsers' JSON into UserSearchResult[]; throws SnapshotError at the first bad value. */
export function parseUserSearchResults(json: string): UserSearchResult[] {
    const rows = parseJsonValue(json, 'user search result');
    if (!Array.isArray(rows)) throw new SnapshotError('The user search result must be a JSON list', '$');
    rows.forEach((row: unknown, index) => {
        const path = `$[${index}]`;
        if (!isObject(row)) throw new SnapshotError('A user search row must be an object', path);
        for (const key of ['userId', 'name', 'username'] as const) {
            if (typeof row[key] !== 'string') throw new SnapshotError(`A user search row has no ${key} text`, `${path}.${key}`);
        }
        if (typeof row.isActive !== 'boolean') throw new SnapshotError('A user search row has no isActive true/false', `${path}.isActive`);
        // Present and null when the user has no profile the reader can see (JSON.serialize keeps nulls).
        if (row.profileName !== null && typeof row.profileName !== 'string')
            throw new SnapshotError('A user search row has a profileName that is neither text nor null', `${path}.profileName`);
        const [problem] = contractProblems(CONTRACT_FIELDS, 'UserSearchResult', row);
        if (problem) throw new SnapshotError(`A user search row ${problem.message}`, `${path}${problem.path.slice(1)}`);
    });
    return rows as UserSearchResult[];
}
