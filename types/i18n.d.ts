// @salesforce/i18n scoped imports used by the tab (the user's locale); typed here because
// @salesforce/lightning-types does not declare them.
declare module '@salesforce/i18n/locale' {
    const locale: string;
    export default locale;
}
