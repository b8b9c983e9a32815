// Rules about the read itself: parts of the org the check could not read, or read only partly. Everything that
// depends on them says "cannot determine" or "at least", never "no".
import { SECTION_ORDER, type SnapshotSectionName } from './facts';
import { setupLink } from './links';
import type { RemediationStep } from './report';
import { orgMatch, rule, textStep, type RuleContext, type RuleMatch } from './ruleKit';
import type { Section } from './snapshot';
import { SOURCES } from './sources';
import { permissionLabel, plural, SECTION_LABELS } from './words';

export function sectionGapEvidence(section: Section<unknown>): string[] {
    const lines: string[] = [];
    if (section.reason) lines.push(section.reason);
    for (const p of section.missingPermissions) lines.push(`Missing permission: ${permissionLabel(p)} (${p}).`);
    for (const f of section.missingFields) lines.push(`Not in this org’s describe: ${f}.`);
    if (section.truncated) lines.push('The reader’s row cap was reached: counts are lower bounds (“at least”).');
    return lines;
}

export function sectionGapSteps(sections: readonly Section<unknown>[]): RemediationStep[] {
    const permissions = [...new Set(sections.flatMap((s) => s.missingPermissions))];
    const steps: RemediationStep[] = permissions.map((p) => ({
        text: `Give the person running the check ${permissionLabel(p)} (for example through a permission set), then run it again.`,
        link: setupLink('permissionSets')
    }));
    for (const f of new Set(sections.flatMap((s) => s.missingFields)))
        steps.push(textStep(`${f} cannot be read in this org: check the matching setting by hand in Setup.`));
    if (steps.length === 0) steps.push(textStep('Run the check again; if the part stays unreadable, check the reason given.'));
    return steps;
}

function sectionMatches(ctx: RuleContext, status: Section<unknown>['status']): RuleMatch[] {
    return SECTION_ORDER.filter((name) => ctx.org.snapshot[name].status === status).map((name) => {
        const section = ctx.org.snapshot[name];
        return orgMatch(
            SECTION_LABELS[name],
            section.reason ?? (status === 'unavailable' ? 'Not read.' : 'Read only partly.'),
            sectionGapEvidence(section),
            {
                params: { section: name }
            }
        );
    });
}

function sectionsOf(ctx: RuleContext, matches: readonly RuleMatch[]): Section<unknown>[] {
    return matches.map((m) => ctx.org.snapshot[m.params.section as SnapshotSectionName]);
}

export const SECTION_UNAVAILABLE = rule('org', {
    id: 'reader.section-unavailable',
    title: 'A part of the org could not be read',
    severity: 'info',
    plan: { kind: 'complete', action: 'complete-check' },
    source: SOURCES.objectReference,
    description:
        'Fires for every snapshot section the reader could not read (missing permission, failed query). Verdicts that depend on it say “cannot determine”, never pass and never “no”.',
    remediationSummary: 'Give the person running the check the named permission and run it again, or check the setting by hand.',
    evaluate: (ctx) => sectionMatches(ctx, 'unavailable'),
    headline: (matches) => {
        if (matches.length !== 1) return `${plural(matches.length, 'part')} of the org could not be read`;
        return `Not read: ${SECTION_LABELS[matches[0]?.params.section as SnapshotSectionName]}`;
    },
    explain: () => 'Every answer that depends on these parts says “cannot determine” instead of passing or saying “no”.',
    remediation: (matches, ctx) => sectionGapSteps(sectionsOf(ctx, matches))
});

export const SECTION_PARTIAL = rule('org', {
    id: 'reader.section-partial',
    title: 'A part of the org was read only partly',
    severity: 'info',
    plan: { kind: 'complete', action: 'complete-check' },
    source: SOURCES.objectReference,
    description:
        'Fires for every section read partly: a row cap was reached, an optional field is absent or the reader saw only its own rows. Counts built from it are lower bounds; a missing entry is not proof of absence.',
    remediationSummary: 'Treat the counts as lower bounds; give the named permission for a full read.',
    evaluate: (ctx) => sectionMatches(ctx, 'partial'),
    headline: (matches) => {
        if (matches.length !== 1) return `${plural(matches.length, 'part')} of the org were read only partly`;
        return `Read only partly: ${SECTION_LABELS[matches[0]?.params.section as SnapshotSectionName]}`;
    },
    explain: () => 'Numbers built from these parts are lower bounds (“at least”), and a missing entry is not proof of absence.',
    remediation: (matches, ctx) => sectionGapSteps(sectionsOf(ctx, matches))
});

export const READER_RULES = [SECTION_UNAVAILABLE, SECTION_PARTIAL];
