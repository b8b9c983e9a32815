// The metadata check's rules on small made-up packages (SDR's conversion runs in npm run check:metadata): each bad
// input is reported with what is wrong.
import { expectedProblems, fileProblems, prefixProblems, referenceProblems } from '../check-metadata';

describe('fileProblems', () => {
    it('names a file a deploy would skip, a file that must not be deployed and a bundle without its compiled .js', () => {
        const converted = [
            'lwc/jsrTab/jsrTab.js',
            'lwc/jsrTab/jsrTab.ts',
            'lwc/jsrTab/__tests__/jsrTab.test.js',
            'lwc/jsrCard/jsrCard.html',
            'tsconfig.json'
        ];
        expect(fileProblems({ unclaimed: ['force-app/main/default/classes/JSR_A.cls'], converted })).toEqual([
            'force-app/main/default/classes/JSR_A.cls: not part of any component and not in .forceignore: a deploy would skip it silently',
            'lwc/jsrTab/jsrTab.ts: must not be deployed (add it to .forceignore)',
            'lwc/jsrTab/__tests__/jsrTab.test.js: must not be deployed (add it to .forceignore)',
            'tsconfig.json: must not be deployed (add it to .forceignore)',
            'lwc/jsrCard: no jsrCard.js in the converted package: run npm run build'
        ]);
        expect(fileProblems({ unclaimed: [], converted: ['lwc/jsrTab/jsrTab.js', 'classes/JSR_A.cls'] })).toEqual([]);
    });
});

describe('expectedProblems', () => {
    const expected = { $comment: 'x', ApexClass: ['JSR_A', 'JSR_B'], CustomLabel: { namePattern: '^JSR_\\w+$' } };

    it('names a missing component, an unlisted one, an unlisted type and a label off the pattern', () => {
        expect(
            expectedProblems({ ApexClass: ['JSR_A', 'JSR_C'], CustomLabel: ['JSR_Ok', 'Other'], CustomTab: ['JSR_T'] }, expected)
        ).toEqual([
            'config/expected-components.json: ApexClass JSR_B is expected but not in the package',
            'config/expected-components.json: ApexClass JSR_C would be deployed but is not listed (add it if intended)',
            'config/expected-components.json: CustomLabel Other does not match ^JSR_\\w+$',
            'config/expected-components.json: CustomTab JSR_T would be deployed but is not listed (add it if intended)'
        ]);
        expect(expectedProblems({ ApexClass: ['JSR_A', 'JSR_B'], CustomLabel: ['JSR_Ok'] }, expected)).toEqual([]);
    });
});

describe('prefixProblems', () => {
    it('names every component without the package prefix, and a type with no prefix rule', () => {
        expect(
            prefixProblems({
                ApexClass: ['JSR_A', 'UserSelector'],
                LightningComponentBundle: ['jsrTab', 'readinessCard'],
                CustomLabels: ['CustomLabels'],
                CustomLabel: ['JR_Old'],
                StaticResource: ['logo']
            })
        ).toEqual([
            'ApexClass UserSelector does not start with the package prefix "JSR_"',
            'LightningComponentBundle readinessCard does not start with the package prefix "jsr"',
            'CustomLabel JR_Old does not start with the package prefix "JSR_"',
            'StaticResource logo: no prefix rule for StaticResource (add one to PREFIXES)'
        ]);
    });
});

describe('referenceProblems', () => {
    const manifest = {
        ApexClass: ['JSR_Controller'],
        CustomLabel: ['JSR_Title'],
        LightningComponentBundle: ['jsrTab', 'jsrCard'],
        CustomTab: ['JSR_Tab'],
        CustomApplication: ['JSR_App'],
        PermissionSet: ['JSR_Access']
    };
    const controller =
        'public with sharing class JSR_Controller {\n  @AuraEnabled(cacheable=true)\n  public static String read() { return System.Label.JSR_Title; }\n  public static String hidden() { return Label.JSR_Gone; }\n}';
    const sources = (tab: string): Map<string, string> =>
        new Map([
            ['classes/JSR_Controller.cls', controller],
            ['lwc/jsrTab/jsrTab.ts', tab]
        ]);
    const docs = (tabTarget: string, permissionSetClass: string): Map<string, unknown> =>
        new Map<string, unknown>([
            ['CustomTab:JSR_Tab', { lwcComponent: 'jsrTab' }],
            ['LightningComponentBundle:jsrTab', { isExposed: 'true', targets: { target: [tabTarget] } }],
            ['CustomApplication:JSR_App', { tabs: ['JSR_Tab', 'standard-home'], defaultLandingTab: 'JSR_Tab' }],
            [
                'PermissionSet:JSR_Access',
                {
                    classAccesses: { apexClass: permissionSetClass },
                    tabSettings: [{ tab: 'JSR_Tab' }],
                    applicationVisibilities: { application: 'JSR_App' }
                }
            ]
        ]);
    const goodTab = "import read from '@salesforce/apex/JSR_Controller.read';\nimport title from '@salesforce/label/c.JSR_Title';";

    it('passes when everything named exists', () => {
        expect(referenceProblems(manifest, sources(goodTab), docs('lightning__Tab', 'JSR_Controller'))).toEqual([]);
    });

    it('names a missing class, a method that is not @AuraEnabled, an unexposed tab component and a missing class of a permission set', () => {
        const tab = "import a from '@salesforce/apex/JSR_Controller.hidden';\nimport b from '@salesforce/apex/JSR_Gone.read';";
        expect(referenceProblems(manifest, sources(tab), docs('lightning__AppPage', 'JSR_Old'))).toEqual([
            'lwc/jsrTab/jsrTab.ts: JSR_Controller.hidden is not an @AuraEnabled static method',
            'lwc/jsrTab/jsrTab.ts: Apex class JSR_Gone is not in the package',
            'tab JSR_Tab: component jsrTab must be isExposed with target lightning__Tab',
            'permission set JSR_Access: ApexClass JSR_Old is not in the package'
        ]);
    });
});
