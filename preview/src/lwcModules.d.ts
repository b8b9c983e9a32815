// The tab's root component, resolved by the LWC module resolver at bundle time (preview/rollup.config.mjs maps
// namespace c to force-app/main/default/lwc). Declared here because the components' tsconfig has no path for it.
declare module 'c/jsrReadinessTab' {
    import type { LightningElement } from 'lwc';
    const JsrReadinessTab: typeof LightningElement;
    export default JsrReadinessTab;
}
