describe('c-selftest-lint', () => {
    it('has a label', () => {
        expect('ready').toBe('ready');
    });
});
