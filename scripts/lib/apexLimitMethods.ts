// The one table of static Apex methods that consume a SOQL, SOSL or DML governor limit, shared by the
// limits-in-loops check (apexLimitsInLoops.ts) and the per-entry-point budget (soqlBudget.ts) so they cannot drift.
// Apex Developer Guide, "Execution Governors and Limits": Database.setSavepoint, Database.rollback and
// EventBus.publish count against the DML statement limit; Database.getQueryLocator and getCursor count as queries.

export type LimitKind = 'soql' | 'sosl' | 'dml';

/** By class, then method, both lower case (Apex names are case-insensitive). */
export const LIMITED_METHODS: Readonly<Record<string, Readonly<Record<string, LimitKind>>>> = {
    database: {
        query: 'soql',
        querywithbinds: 'soql',
        countquery: 'soql',
        countquerywithbinds: 'soql',
        getquerylocator: 'soql',
        getquerylocatorwithbinds: 'soql',
        getcursor: 'soql',
        getcursorwithbinds: 'soql',
        insert: 'dml',
        insertasync: 'dml',
        insertimmediate: 'dml',
        update: 'dml',
        updateasync: 'dml',
        updateimmediate: 'dml',
        upsert: 'dml',
        delete: 'dml',
        deleteasync: 'dml',
        deleteimmediate: 'dml',
        undelete: 'dml',
        merge: 'dml',
        emptyrecyclebin: 'dml',
        convertlead: 'dml',
        setsavepoint: 'dml',
        rollback: 'dml'
    },
    search: { query: 'sosl', find: 'sosl' },
    eventbus: { publish: 'dml' }
};

/**
 * The limit a call `receiver.method(...)` consumes, or null. receiver is the source text before the dot:
 * `Database` and `System.Database` alike, in any case. Own keys only, so `Database.toString()` is not a limit.
 */
export function limitedMethodKind(receiver: string, method: string): LimitKind | null {
    const className = receiver.toLowerCase().replace(/^system\./, '');
    const methods = Object.hasOwn(LIMITED_METHODS, className) ? LIMITED_METHODS[className] : undefined;
    const methodName = method.toLowerCase();
    return methods !== undefined && Object.hasOwn(methods, methodName) ? (methods[methodName] ?? null) : null;
}
