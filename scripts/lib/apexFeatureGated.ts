// Finds static references (an identifier in Apex code or in inline SOQL/SOSL) to fields and objects that not
// every org has. Apex naming a field or object the org lacks does not compile there, so the package would
// fail to install; such names must only appear in strings (describe check + dynamic SOQL, see JSR_SchemaProbe.cls).
import { ApexParseTreeWalker, ApexParserBaseListener, type ApexTerminalNode } from '@apexdevtools/apex-parser';
import type { ParsedApex } from './apexParse';

export interface FeatureGatedName {
    name: string;
    why: string;
}

export const FEATURE_GATED_NAMES: readonly FeatureGatedName[] = [
    {
        name: 'PermissionsCanApproveUninstalledApps',
        why: 'absent from the PermissionSet/Profile describe in some orgs (salesforce-facts.md §2 caveats)'
    },
    {
        name: 'PermissionsUseAnyApiClient',
        why: 'exists only where Support provisioned API Access Control (salesforce-facts.md §2; unknown to apex-ls sobject-types 65)'
    },
    { name: 'ExternalClientApplication', why: 'not in every org (project design, JSR_SchemaProbe.cls)' },
    { name: 'ExtlClntAppOauthPlcyCnfg', why: 'not in every org (project design, JSR_SchemaProbe.cls)' }
];

export interface FeatureGatedFinding {
    line: number;
    column: number;
    message: string;
}

class FeatureGatedListener extends ApexParserBaseListener {
    readonly findings: FeatureGatedFinding[] = [];
    private readonly byLowerName = new Map(FEATURE_GATED_NAMES.map((n) => [n.name.toLowerCase(), n]));

    // Identifiers are single tokens in Apex and in inline SOQL alike; a string literal is one token, so
    // 'PermissionsUseAnyApiClient' inside quotes (dynamic SOQL) never matches.
    visitTerminal = (node: ApexTerminalNode): void => {
        const gated = this.byLowerName.get(node.getText().toLowerCase());
        if (!gated) return;
        this.findings.push({
            line: node.symbol.line,
            column: node.symbol.column + 1,
            message: `static reference to ${gated.name}, which is ${gated.why}; check the describe and use it only inside dynamic SOQL strings`
        });
    };
}

export function findFeatureGatedReferences(parsed: ParsedApex): FeatureGatedFinding[] {
    const listener = new FeatureGatedListener();
    ApexParseTreeWalker.DEFAULT.walk(listener, parsed.tree);
    return listener.findings;
}
