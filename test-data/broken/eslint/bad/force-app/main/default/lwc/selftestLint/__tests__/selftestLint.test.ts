describe('c-selftest-lint', () => {
    it.only('has a label', () => {
        expect('ready').toBe('ready');
    });
});
