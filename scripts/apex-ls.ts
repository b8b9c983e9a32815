#!/usr/bin/env -S npx tsx
// Gate `apex-ls`: semantic check of all Apex with apex-ls 6.0.2 (CheckForIssues) from the PMD-engine jars:
// unknown types, methods and fields (standard objects from its sobject-types 65.0 jar, custom objects and
// custom metadata types from force-app/**/objects), type errors, missing -meta.xml.
//
// apex-ls does not check field names inside SOQL (toolchain.md §6 B). So every field path of every static query
// is also written into a generated probe class (scripts/lib/soqlFieldProbe.ts) that apex-ls checks in a temp
// workspace next to the project's own package directories (symlinked, never modified); its findings are reported
// at the query. Dynamic SOQL (strings) is not checked.
//
//   node --import tsx scripts/apex-ls.ts             the project (the folder with sfdx-project.json = cwd)
//   node --import tsx scripts/apex-ls.ts WORKSPACE   another sfdx project folder
//
// A finding apex-ls gets wrong about a real platform field can be accepted in config/apex-ls-allow.json with
// the exact message, a reason and a source; unused or unexplained entries fail the gate.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { apexKindOf, findApexFiles, parseApex } from './lib/apexParse';
import { apexLsProblems, parseApexLsJson, validateAllowList, type ApexLsAllowEntry, type ApexLsFile } from './lib/apexLsReport';
import { formatProblem, type GateProblem } from './lib/pmdReport';
import { buildProbe, probeFinding, scanSoqlFields, type SoqlFieldRef, type SoqlProbe } from './lib/soqlFieldProbe';
import { runJava } from './java';

const PROBE_DIR = 'zzz-soql-probe';
const APEX_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>65.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

interface SfdxProject {
    packageDirectories: { path: string }[];
    namespace?: string;
    sourceApiVersion?: string;
}

/** Field references of the static SOQL in the package directories (only files with `[SELECT` are parsed). */
async function soqlFieldRefs(
    workspace: string,
    project: SfdxProject
): Promise<{ refs: SoqlFieldRef[]; queries: number; unresolved: GateProblem[] }> {
    const refs: SoqlFieldRef[] = [];
    const unresolved: GateProblem[] = [];
    let queries = 0;
    for (const dir of project.packageDirectories) {
        for (const file of await findApexFiles(join(workspace, dir.path))) {
            const source = await readFile(file, 'utf8');
            if (!/\[\s*select\b/i.test(source)) continue;
            const parsed = parseApex(source, apexKindOf(file) ?? 'class');
            if (parsed.syntaxErrors.length) continue; // reported by the apex-check gate
            const scan = scanSoqlFields(file, parsed);
            refs.push(...scan.refs);
            queries += scan.queries;
            for (const u of scan.unresolved)
                unresolved.push({
                    file,
                    line: u.line,
                    column: u.column,
                    rule: 'apex-ls/soql-not-checked',
                    message: `cannot tell which object ${u.text} belongs to`
                });
        }
    }
    return { refs, queries, unresolved };
}

/** A temp workspace: the project's package directories symlinked, plus the probe class as one more package directory. */
async function probeWorkspace(workspace: string, project: SfdxProject, probe: SoqlProbe): Promise<string> {
    const temp = await mkdtemp(join(tmpdir(), 'apex-ls-gate-'));
    const tops = new Set(project.packageDirectories.map((d) => d.path.split(/[\\/]/)[0]!));
    for (const top of tops) await symlink(join(workspace, top), join(temp, top), 'dir');
    await copyFile(join(workspace, '.forceignore'), join(temp, '.forceignore')).catch(() => undefined);
    await writeFile(
        join(temp, 'sfdx-project.json'),
        JSON.stringify({
            packageDirectories: [...project.packageDirectories.map((d) => ({ path: d.path })), { path: PROBE_DIR }],
            namespace: project.namespace ?? '',
            sourceApiVersion: project.sourceApiVersion
        })
    );
    await mkdir(join(temp, PROBE_DIR, 'classes'), { recursive: true });
    await writeFile(join(temp, PROBE_DIR, 'classes', `${probe.className}.cls`), probe.source);
    await writeFile(join(temp, PROBE_DIR, 'classes', `${probe.className}.cls-meta.xml`), APEX_META);
    return temp;
}

async function main(): Promise<number> {
    const started = Date.now();
    const workspace = resolve(process.argv[2] ?? '.');
    // Without sfdx-project.json apex-ls finds no package directories, checks nothing and reports success.
    if (!(await readFile(join(workspace, 'sfdx-project.json'), 'utf8').catch(() => null))) {
        console.error(`${join(workspace, 'sfdx-project.json')}:1 apex-ls/no-project apex-ls needs an sfdx project folder`);
        return 1;
    }
    const project = JSON.parse(await readFile(join(workspace, 'sfdx-project.json'), 'utf8')) as SfdxProject;
    const soql = await soqlFieldRefs(workspace, project);
    const probe = buildProbe(soql.refs);
    const temp = await probeWorkspace(workspace, project, probe);
    const allowFile = join(workspace, 'config/apex-ls-allow.json');
    const allowList = (JSON.parse(await readFile(allowFile, 'utf8').catch(() => '{"allow":[]}')) as { allow: ApexLsAllowEntry[] }).allow;
    const allowListErrors = validateAllowList(allowList);

    // -n: no cache (~/.apexlink_cache), so every run sees the files as they are; -d warnings: errors and
    // warnings but not "unused" (which misreports DTO fields that only JSON.serialize reads).
    const result = await runJava('io.github.apexdevtools.apexls.CheckForIssues', [
        '-w',
        temp,
        '-d',
        'warnings',
        '-n',
        '-f',
        'json'
    ]).finally(() => rm(temp, { recursive: true, force: true }));
    // Exit 0 = no issues, 4 = issues found; anything else means apex-ls itself failed.
    if (result.code !== 0 && result.code !== 4) {
        console.error(`apex-ls: CheckForIssues exited ${result.code}\n${result.stdout}${result.stderr}`);
        return 2;
    }
    // Findings in the probe class move to their query; paths under the temp workspace go back to the project.
    const probeFile = join(temp, PROBE_DIR, 'classes', `${probe.className}.cls`);
    const files: ApexLsFile[] = [];
    const unmapped: GateProblem[] = [];
    for (const file of parseApexLsJson(result.stdout)) {
        if (file.path === probeFile) {
            for (const message of file.messages) {
                const finding = probeFinding(probe, message.start.line, message.message);
                if (finding)
                    files.push({
                        path: finding.file,
                        messages: [
                            {
                                ...message,
                                start: { line: finding.line, offset: finding.column - 1 },
                                category: finding.rule,
                                message: finding.message
                            }
                        ]
                    });
                else unmapped.push({ file: probeFile, line: message.start.line, rule: 'apex-ls/soql-probe', message: message.message });
            }
        } else {
            files.push({ ...file, path: file.path.startsWith(temp + sep) ? join(workspace, relative(temp, file.path)) : file.path });
        }
    }
    const { problems, allowed, staleEntries } = apexLsProblems(files, allowList);
    problems.push(...soql.unresolved, ...unmapped);
    for (const problem of problems) console.error(formatProblem(problem, process.cwd()));
    for (const message of allowListErrors) console.error(message);
    for (const entry of staleEntries)
        console.error(
            `config/apex-ls-allow.json apex-ls/stale-allow-entry no finding matches "${entry.message}" any more; remove the entry`
        );
    if (result.code === 4 && problems.length === 0 && allowed === 0) {
        console.error(`apex-ls: CheckForIssues reported issues that the gate could not read:\n${result.stdout}`);
        return 1;
    }
    const failures = problems.length + allowListErrors.length + staleEntries.length;
    const summary = `apex-ls: ${failures} problem(s); ${soql.refs.length} field(s) of ${soql.queries} static SOQL quer${soql.queries === 1 ? 'y' : 'ies'} checked${allowed ? `; ${allowed} accepted by config/apex-ls-allow.json` : ''} (${Date.now() - started} ms)`;
    if (failures) console.error(summary);
    else console.log(summary);
    return failures ? 1 : 0;
}

main().then(
    (code) => process.exit(code),
    (err: unknown) => {
        console.error(err instanceof Error ? err.message : String(err));
        process.exit(2);
    }
);
