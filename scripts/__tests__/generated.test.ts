import { drift } from '../generated';

describe('drift of a generated file', () => {
    const current = '# Catalog\n\nline 3\nline 4\n';

    it.each([
        ['a changed line', current.replace('line 4', 'line four'), /^docs\/x\.md is out of date \(first difference at line 4\)$/],
        ['extra lines at the end', `${current}extra`, /first difference at line 5/],
        ['a missing file', null, /^docs\/x\.md is missing$/]
    ])('names %s', (_what, committed, message) => {
        expect(drift('docs/x.md', committed, current)).toMatch(message);
    });

    it('is null when the file is current', () => {
        expect(drift('docs/x.md', current, current)).toBeNull();
    });
});
