// Custom Labels (force-app/main/default/labels/CustomLabels.labels-meta.xml) resolve to strings.
declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}
