declare module '@salesforce/sfdx-lwc-jest' {
    export function createApexTestWireAdapter(fn: unknown): unknown;
    export function createLdsTestWireAdapter(fn: unknown): unknown;
}
