import { parseApex } from '../apexParse';
import { findFeatureGatedReferences } from '../apexFeatureGated';

const findings = (body: string): string[] => {
    const parsed = parseApex(`public class S {\n    void run(PermissionSet ps) {\n${body}\n    }\n}`, 'class');
    expect(parsed.syntaxErrors).toEqual([]);
    return findFeatureGatedReferences(parsed).map((f) => `${f.line - 2}:${f.column} ${f.message.split(',')[0]}`);
};

describe('findFeatureGatedReferences', () => {
    it('reports a feature-gated field in static SOQL and in a field reference, in any case', () => {
        expect(
            findings(
                'List<PermissionSet> a = [SELECT Id FROM PermissionSet WHERE PermissionsCanApproveUninstalledApps = true];\nBoolean b = ps.permissionsuseanyapiclient;'
            )
        ).toEqual(['1:61 static reference to PermissionsCanApproveUninstalledApps', '2:16 static reference to PermissionsUseAnyApiClient']);
    });

    it('reports an object that not every org has used as a type or in FROM', () => {
        expect(findings('List<ExternalClientApplication> apps = [SELECT Id FROM ExtlClntAppOauthPlcyCnfg];')).toEqual([
            '1:6 static reference to ExternalClientApplication',
            '1:56 static reference to ExtlClntAppOauthPlcyCnfg'
        ]);
    });

    it('allows the names inside strings (describe checks and dynamic SOQL)', () => {
        expect(
            findings(
                "String f = 'PermissionsUseAnyApiClient';\nList<SObject> r = Database.query('SELECT Id FROM ExternalClientApplication WHERE PermissionsCanApproveUninstalledApps = true');\nObject v = ps.get('PermissionsCanApproveUninstalledApps');"
            )
        ).toEqual([]);
    });
});
