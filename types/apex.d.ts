// Typed @salesforce/apex imports. Separate ambient file on purpose: a top-level import would turn it into a
// module and the declarations below would be silently ignored. The intersection with WireAdapterConstructor
// lets the same import be called imperatively and used with @wire.
declare module '@salesforce/apex/JSR_ReadinessController.getSnapshot' {
    import type { WireAdapterConstructor } from 'lwc';
    /** Returns the OrgSnapshot as a JSON string (JSON.serialize of JSR_ReadinessSnapshot). */
    const getSnapshot: (() => Promise<string>) & WireAdapterConstructor<Record<string, never>, { data?: string; error?: unknown }>;
    export default getSnapshot;
}
declare module '@salesforce/apex/JSR_ReadinessController.getActivity' {
    import type { WireAdapterConstructor } from 'lwc';
    /** Returns the ActivityFacts (frozen users, refused sign-ins, every app in use, failed sign-ins per day) as a JSON string. */
    const getActivity: (() => Promise<string>) & WireAdapterConstructor<Record<string, never>, { data?: string; error?: unknown }>;
    export default getActivity;
}
declare module '@salesforce/apex/JSR_ReadinessController.getUserFacts' {
    import type { WireAdapterConstructor } from 'lwc';
    type Params = { userId: string };
    /** Returns the UserFacts as a JSON string. */
    const getUserFacts: ((params: Params) => Promise<string>) & WireAdapterConstructor<Params, { data?: string; error?: unknown }>;
    export default getUserFacts;
}
declare module '@salesforce/apex/JSR_ReadinessController.searchUsers' {
    import type { WireAdapterConstructor } from 'lwc';
    type Params = { searchTerm: string };
    /** Returns UserSearchResult[] as a JSON string. */
    const searchUsers: ((params: Params) => Promise<string>) & WireAdapterConstructor<Params, { data?: string; error?: unknown }>;
    export default searchUsers;
}
